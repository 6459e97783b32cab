import { alterExisting, rule } from '../helpers.js';

export default rule(
  {
    id: 'multiple-alter-table',
    category: 'locking',
    severity: 'info',
    summary: 'Several ALTER TABLE statements on one existing table in one migration.',
    rationale:
      'Each ALTER TABLE queues for ACCESS EXCLUSIVE again (and may scan or rewrite again); one ALTER TABLE with several comma-separated actions takes the lock once and does at most one pass.',
    safeAlternative: 'Combine the actions: ALTER TABLE t ADD COLUMN a int, ADD COLUMN b text;',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
      bad: 'ALTER TABLE accounts ADD COLUMN a int;\nALTER TABLE accounts ADD COLUMN b text;',
      good: 'ALTER TABLE accounts ADD COLUMN a int, ADD COLUMN b text;',
    },
  },
  (ctx) => {
    const groups = new Map<string, ReturnType<typeof alterExisting>>();
    for (const a of alterExisting(ctx)) {
      const key = `${a.s.migration.key}\0${a.table}`;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    return [...groups.values()]
      .filter((alters) => alters.length > 1)
      .map((alters) => {
        const second = alters[1] as (typeof alters)[number];
        return {
          at: second.s,
          object: second.table,
          message: `${alters.length} ALTER TABLE statements on ${second.table} in this migration: combine them into one so the lock is taken (and any scan done) once.`,
        };
      });
  },
);
