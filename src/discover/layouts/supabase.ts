import { naturalCompare } from '../text.js';
import type { Layout } from '../types.js';
import { byFolder, leadingVersion, migration, nameAfterVersion } from './common.js';

/** Supabase CLI: supabase/migrations/<timestamp>_<name>.sql by version, each file in a transaction. */
export const supabase: Layout = {
  id: 'supabase',
  label: 'Supabase CLI',
  optOut: null,
  claim: (files) => byFolder(files, (name, path) => /(^|\/)supabase\/migrations\/[^/]+$/.test(path) && /^\d+_.*\.sql$/.test(name)),
  async build(root, files, ctx) {
    const out = [];
    for (const f of [...files].sort((a, b) => naturalCompare(a.path, b.path))) {
      const up = await ctx.text(f);
      if (up !== undefined) out.push(migration('supabase', root, f, { version: leadingVersion(f.path), name: nameAfterVersion(f.path), up, transaction: 'wrapped' }));
    }
    return out;
  },
};
