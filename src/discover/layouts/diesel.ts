import { basename, byteCompare, dirname } from '../text.js';
import type { Layout } from '../types.js';
import { buildFolders, claimFolders } from './upDownFolders.js';

// Diesel's version is the folder name up to the first `_`, dashes removed (migrations_internals).
const FOLDER = /^\d[\d-]*(_|$)/;

/**
 * Diesel: `<dir>/<version>_<name>/up.sql` + `down.sql` (dir is `migrations`, or diesel.toml's
 * `[migrations_directory] dir`: the shape is recognised wherever it lives), ordered by the version
 * as a string. Each up.sql runs in a transaction unless the folder's `metadata.toml` opts out;
 * without one Diesel sends the file as one batch (one implicit transaction in PostgreSQL).
 */
export const diesel: Layout = {
  id: 'diesel',
  label: 'Diesel',
  optOut: "`run_in_transaction = false` in the migration folder's `metadata.toml`",
  // diesel_migrations' migration harness creates it so before running any migration.
  bookkeeping:
    'CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)',
  identity: {
    by: 'version',
    records: 'Diesel records applied migrations by version only (`__diesel_schema_migrations`), with no checksum',
    renamed: 'Diesel runs every version it has not recorded, so version {to} runs again; the old version stays recorded and is never checked',
    keptVersion: { impact: 'harmless', consequence: 'it is not applied again; only its folder name changed' },
  },
  claim: (files) => claimFolders(files, (folder) => (FOLDER.test(basename(folder)) ? dirname(folder) : undefined)),
  build: (root, files, ctx) =>
    buildFolders(
      {
        framework: 'diesel',
        label: 'Diesel',
        version: (folder) => (FOLDER.test(folder) ? (folder.split('_')[0] as string).replaceAll('-', '') : undefined),
        compare: byteCompare,
        async transaction(folder, ctx) {
          const file = ctx.tree.find((f) => f.path === `${folder}/metadata.toml`);
          const toml = file ? await ctx.text(file) : undefined;
          if (toml === undefined) return { mode: 'wrapped' };
          const value = /^[ \t]*run_in_transaction[ \t]*=[ \t]*(true|false)[ \t]*(#.*)?$/m.exec(toml)?.[1];
          if (value === 'true') return { mode: 'wrapped' };
          // The field is `#[serde(default)] bool`: a metadata.toml that omits it means false.
          return { mode: 'implicit', directive: value ? 'run_in_transaction = false' : 'metadata.toml without run_in_transaction (false)' };
        },
      },
      root,
      files,
      ctx,
    ),
};
