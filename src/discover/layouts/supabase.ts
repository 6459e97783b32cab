import type { Layout } from '../types.js';
import { byFolder, numberedFiles } from './common.js';

/** Supabase CLI: supabase/migrations/<timestamp>_<name>.sql by version, each file in a transaction. */
export const supabase: Layout = {
  id: 'supabase',
  label: 'Supabase CLI',
  optOut: null,
  claim: (files) => byFolder(files, (name, path) => /(^|\/)supabase\/migrations\/[^/]+$/.test(path) && /^\d+_.*\.sql$/.test(name)),
  build: (root, files, ctx) => numberedFiles('supabase', root, files, ctx, 'wrapped'),
};
