import type { Layout } from '../types.js';
import { buildSectioned } from './sectioned.js';

const NO_TRANSACTION = /^--\s*\+goose\s+NO\s+TRANSACTION\b/im;

/** goose SQL: `-- +goose Up` / `-- +goose Down` sections, in a transaction unless `-- +goose NO TRANSACTION`. */
export const goose: Layout = {
  id: 'goose',
  label: 'goose',
  optOut: '`-- +goose NO TRANSACTION` at the top of the file',
  identity: {
    by: 'version',
    records: 'goose records applied migrations by version',
    renamed: 'version {to} is new to it, so it applies the migration again (or refuses to migrate, "missing migrations", when it sorts before applied ones)',
    keptVersion: { impact: 'harmless', consequence: 'it is the same, already applied migration and does not run again; only its file name changed' },
  },
  marker: /^--\s*\+goose\s+up\b/im,
  build: (root, files, ctx) =>
    buildSectioned(
      {
        framework: 'goose',
        marker: /^--\s*\+goose\s+(up|down)\b.*$/gim,
        order: 'version',
        transaction: (text) => (NO_TRANSACTION.test(text) ? { mode: 'none', directive: '-- +goose NO TRANSACTION' } : { mode: 'wrapped' }),
      },
      root,
      files,
      ctx,
    ),
};
