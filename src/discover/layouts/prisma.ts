import { byteCompare, basename, dirname } from '../text.js';
import type { Layout } from '../types.js';
import { migration } from './common.js';

const PATH = /(^|\/)migrations\/[^/]+\/migration\.sql$/;

/** Prisma Migrate: migrations/<timestamp>_<name>/migration.sql, applied by folder name; each script is sent as one query. */
export const prisma: Layout = {
  id: 'prisma',
  label: 'Prisma Migrate',
  optOut: null,
  identity: {
    by: 'name',
    records: 'Prisma Migrate records applied migrations by folder name',
    renamed: '`prisma migrate deploy` sees a new migration and applies it again (failing on objects that exist), and says nothing of the old name',
  },
  claim(files) {
    const sets = new Map<string, typeof files>();
    for (const f of files) {
      if (!PATH.test(f.path)) continue;
      const root = dirname(dirname(f.path));
      sets.set(root, [...(sets.get(root) ?? []), f]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const out = [];
    for (const f of [...files].sort((a, b) => byteCompare(dirname(a.path), dirname(b.path)))) {
      const up = await ctx.text(f);
      if (up === undefined) continue;
      const folder = basename(dirname(f.path));
      out.push(migration('prisma', root, f, { version: folder, name: folder.replace(/^\d+_/, ''), up, transaction: 'implicit' }));
    }
    return out;
  },
};
