import type { Layout } from '../types.js';
import { buildSectioned } from './sectioned.js';

/** dbmate: `-- migrate:up` / `-- migrate:down` sections, in a transaction unless `transaction:false`. */
export const dbmate: Layout = {
  id: 'dbmate',
  label: 'dbmate',
  optOut: '`transaction:false` on the `-- migrate:up` line',
  identity: {
    by: 'version',
    records: 'dbmate records applied migrations by the version before the first underscore',
    renamed: 'version {to} is new to it, so it applies the migration again',
    keptVersion: { impact: 'harmless', consequence: 'it is the same, already applied migration and does not run again; only its file name changed' },
  },
  marker: /^--\s*migrate:up\b/im,
  build: (root, files, ctx) =>
    buildSectioned(
      {
        framework: 'dbmate',
        marker: /^--\s*migrate:(up|down)\b.*$/gim,
        order: 'name',
        transaction: (_text, upMarker) => (/transaction:\s*false/i.test(upMarker) ? { mode: 'none', directive: 'transaction:false' } : { mode: 'wrapped' }),
      },
      root,
      files,
      ctx,
    ),
};
