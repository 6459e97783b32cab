import { basename, dirname, naturalCompare } from '../text.js';
import type { Layout } from '../types.js';
import { leadingVersion, migration, nameAfterVersion } from './common.js';

const FILE = /^\d{4}_.+\.sql$/;

/**
 * Drizzle Kit: <nnnn>_<name>.sql beside meta/_journal.json, in journal order (file order without
 * one); statements are split at `--> statement-breakpoint` (a comment to PostgreSQL) and the
 * migrator runs them in a transaction.
 */
export const drizzle: Layout = {
  id: 'drizzle',
  label: 'Drizzle Kit',
  optOut: null,
  identity: {
    by: 'version',
    records: "Drizzle's migrator records applied migrations by their journal timestamp, not their file name",
    renamed: 'a journal entry newer than the last applied one is applied again',
    keptVersion: {
      impact: 'harmless',
      consequence: 'it is the same, already applied migration as long as its journal entry keeps its timestamp; only its file name changed',
    },
  },
  marker: /^--> statement-breakpoint/m,
  claim(files, tree) {
    const sets = new Map<string, typeof files>();
    for (const journal of tree.filter((f) => /(^|\/)meta\/_journal\.json$/.test(f.path))) {
      const root = dirname(dirname(journal.path));
      const owned = files.filter((f) => dirname(f.path) === root && FILE.test(basename(f.path)));
      if (owned.length) sets.set(root, [journal, ...owned]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const journal = files.find((f) => f.path.endsWith('meta/_journal.json'));
    const sql = files.filter((f) => f.path.endsWith('.sql'));
    let order = sql.sort((a, b) => naturalCompare(a.path, b.path));
    if (journal) {
      const text = await ctx.text(journal);
      try {
        const entries = (JSON.parse(text ?? '') as { entries?: { idx: number; tag: string }[] }).entries ?? [];
        const byTag = new Map(sql.map((f) => [basename(f.path).replace(/\.sql$/, ''), f]));
        const ordered = [...entries].sort((a, b) => a.idx - b.idx).flatMap((e) => byTag.get(e.tag) ?? []);
        for (const f of sql) if (!ordered.includes(f)) ctx.note(`${f.path} is not in ${journal.path}; Drizzle will not apply it.`);
        order = ordered;
      } catch {
        ctx.note(`${journal.path} is not valid JSON; migrations are ordered by file name instead.`);
      }
    }
    const out = [];
    for (const f of order) {
      const up = await ctx.text(f);
      if (up !== undefined)
        out.push(migration('drizzle', root, f, { version: leadingVersion(f.path), name: nameAfterVersion(f.path), up, transaction: 'wrapped' }));
    }
    return out;
  },
};
