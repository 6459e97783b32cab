import { dirname } from '../text.js';
import type { Layout, Migration } from '../types.js';
import { migration } from './common.js';

/** Change names in a sqitch.plan, in deploy order (pragmas, tags, comments and blank lines skipped). */
export function planChanges(plan: string): string[] {
  const changes: string[] = [];
  for (const raw of plan.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('%') || line.startsWith('#') || line.startsWith('@')) continue;
    const name = line.split(/\s+/)[0] as string;
    changes.push(name);
  }
  return changes;
}

/**
 * sqitch: the order is sqitch.plan's; deploy/<change>.sql is the up SQL, revert/<change>.sql the
 * down. Sqitch adds no transaction: scripts write their own BEGIN/COMMIT.
 */
export const sqitch: Layout = {
  id: 'sqitch',
  label: 'Sqitch',
  optOut: null,
  identity: {
    by: 'name',
    records: 'sqitch identifies a change by its name in sqitch.plan',
    renamed: 'a renamed change is a new change to it, deployed again',
  },
  claim(files, tree) {
    const sets = new Map<string, typeof files>();
    for (const plan of tree.filter((f) => /(^|\/)sqitch\.plan$/.test(f.path))) {
      const root = dirname(plan.path);
      const prefix = root === '.' ? '' : `${root}/`;
      const owned = files.filter((f) => /^(deploy|revert|verify)\/.+\.sql$/.test(f.path.slice(prefix.length)) && f.path.startsWith(prefix));
      sets.set(root, [plan, ...owned]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const prefix = root === '.' ? '' : `${root}/`;
    const plan = files.find((f) => f.path === `${prefix}sqitch.plan`);
    const planText = plan ? await ctx.text(plan) : undefined;
    if (planText === undefined) return [];
    const out: Migration[] = [];
    const seen = new Set<string>();
    for (const change of planChanges(planText)) {
      if (seen.has(change)) {
        ctx.note(`${prefix}sqitch.plan reworks "${change}"; only its first deploy script is replayed.`);
        continue;
      }
      seen.add(change);
      const deploy = files.find((f) => f.path === `${prefix}deploy/${change}.sql`);
      if (!deploy) {
        ctx.note(`${prefix}sqitch.plan lists "${change}" but ${prefix}deploy/${change}.sql does not exist.`);
        continue;
      }
      const up = await ctx.text(deploy);
      if (up === undefined) continue;
      const revert = files.find((f) => f.path === `${prefix}revert/${change}.sql`);
      const down = revert ? await ctx.text(revert) : undefined;
      out.push(
        migration('sqitch', root, deploy, {
          version: change,
          name: change,
          up,
          transaction: 'none',
          ...(revert && down !== undefined ? { down: { path: revert.path, sql: down } } : {}),
        }),
      );
    }
    return out;
  },
};
