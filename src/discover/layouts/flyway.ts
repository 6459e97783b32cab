import { basename, compareVersions, naturalCompare } from '../text.js';
import type { Layout, Migration } from '../types.js';
import { byFolder, migration } from './common.js';

const VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;

/**
 * Flyway: V<version>__<desc>.sql by version (1.9 before 1.10), then R__<desc>.sql by description;
 * U<version>__ is the undo of that version. Flyway runs a migration in a transaction unless it
 * holds statements that refuse one, and honours executeInTransaction=false in <file>.sql.conf.
 */
export const flyway: Layout = {
  id: 'flyway',
  label: 'Flyway',
  optOut: 'a `<migration>.sql.conf` file beside it with `executeInTransaction=false`, or a migration of its own for the statement',
  identity: {
    by: 'version',
    records: 'Flyway records applied migrations by version, with their description and checksum',
    renamed: 'Flyway fails validation ("Detected applied migration not resolved locally") because the applied version is gone, and sees version {to} as new',
    keptVersion: {
      impact: 'breaks',
      consequence:
        'Flyway fails validation ("Migration description mismatch for migration version …") and stops migrating until `flyway repair` realigns the description',
    },
  },
  claim: (files) => byFolder(files, (name) => VERSIONED.test(name) || REPEATABLE.test(name)),
  async build(root, files, ctx) {
    const versioned: Migration[] = [];
    const repeatable: Migration[] = [];
    const undo = new Map<string, { path: string; sql: string }>();
    for (const f of files) {
      const up = await ctx.text(f);
      if (up === undefined) continue;
      const name = basename(f.path);
      const conf = ctx.tree.find((t) => t.path === `${f.path}.conf`);
      const confText = conf ? await ctx.text(conf) : undefined;
      // Line by line: `^\s*` under the m flag would rescan runs of blank lines from each of them.
      const optedOut = confText !== undefined && confText.split('\n').some((l) => /^\s*executeInTransaction\s*=\s*false\s*$/.test(l));
      const extra = optedOut ? { directive: 'executeInTransaction=false' } : {};
      const v = VERSIONED.exec(name);
      if (v) {
        const [, kind, version, desc] = v as unknown as [string, string, string, string];
        if (kind === 'U') undo.set(version, { path: f.path, sql: up });
        else versioned.push(migration('flyway', root, f, { version, name: desc, up, transaction: optedOut ? 'none' : 'auto', ...extra }));
        continue;
      }
      const desc = (REPEATABLE.exec(name) as RegExpExecArray)[1] as string;
      repeatable.push(migration('flyway', root, f, { version: 'R', name: desc, up, transaction: optedOut ? 'none' : 'auto', repeatable: true, ...extra }));
    }
    for (const m of versioned) {
      const down = [...undo.entries()].find(([v]) => compareVersions(v, m.version) === 0)?.[1];
      if (down) m.down = down;
    }
    versioned.sort((a, b) => compareVersions(a.version, b.version) || naturalCompare(a.path, b.path));
    repeatable.sort((a, b) => naturalCompare(a.name, b.name));
    return [...versioned, ...repeatable];
  },
};
