import type { Layout } from '../types.js';
import { buildSectioned } from './sectioned.js';

/** node-pg-migrate SQL files: `-- Up Migration` / `-- Down Migration` sections, each migration in a transaction. */
export const nodePgMigrate: Layout = {
  id: 'node-pg-migrate',
  label: 'node-pg-migrate',
  optOut: 'running node-pg-migrate with `--no-single-transaction` and `--no-lock` for this migration, or a migration of its own',
  marker: /^--\s*up migration\b/im,
  build: (root, files, ctx) =>
    buildSectioned(
      { framework: 'node-pg-migrate', marker: /^--\s*(up|down) migration\b.*$/gim, order: 'name', transaction: () => ({ mode: 'wrapped' }) },
      root,
      files,
      ctx,
    ),
};
