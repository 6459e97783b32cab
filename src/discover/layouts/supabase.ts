import type { Layout } from '../types.js';
import { byFolder, numberedFiles } from './common.js';

/** Supabase CLI: supabase/migrations/<timestamp>_<name>.sql by version, each file in a transaction. */
export const supabase: Layout = {
  id: 'supabase',
  label: 'Supabase CLI',
  optOut: null,
  identity: {
    by: 'version',
    records: 'the Supabase CLI records applied migrations by the timestamp version of their file name',
    renamed: 'version {to} is new to it, so it applies the migration again',
    keptVersion: { impact: 'harmless', consequence: 'it is the same, already applied migration and does not run again; only its file name changed' },
  },
  engine: 'PostgreSQL',
  claim: (files) => byFolder(files, (name, path) => /(^|\/)supabase\/migrations\/[^/]+$/.test(path) && /^\d+_.*\.sql$/.test(name)),
  build: (root, files, ctx) => numberedFiles('supabase', root, files, ctx, 'wrapped'),
};
