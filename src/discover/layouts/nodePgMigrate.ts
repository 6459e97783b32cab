import type { Layout } from '../types.js';
import { buildSectioned } from './sectioned.js';

/** node-pg-migrate SQL files: `-- Up Migration` / `-- Down Migration` sections, each migration in a transaction. */
export const nodePgMigrate: Layout = {
  id: 'node-pg-migrate',
  label: 'node-pg-migrate',
  optOut: 'running node-pg-migrate with `--no-single-transaction` and `--no-lock` for this migration, or a migration of its own',
  identity: {
    by: 'name',
    records: 'node-pg-migrate records applied migrations by file name',
    renamed:
      'it sees a new migration before applied ones and stops ("Not run migration … is preceding already run migration …"), or with `--no-check-order` applies it again',
  },
  engine: 'PostgreSQL',
  marker: /^--\s*up migration\b/im,
  build: (root, files, ctx) =>
    buildSectioned(
      { framework: 'node-pg-migrate', marker: /^--\s*(up|down) migration\b.*$/gim, order: 'name', transaction: () => ({ mode: 'wrapped' }) },
      root,
      files,
      ctx,
    ),
};
