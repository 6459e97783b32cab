import { option } from '../../parse/ast.js';
import { tookHere, rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'vacuum-full-or-cluster',
    category: 'locking',
    severity: 'error',
    summary: 'VACUUM FULL or CLUSTER in a migration.',
    rationale:
      'Both rewrite the whole table under ACCESS EXCLUSIVE: no reads or writes until the copy is done, and they need free disk for a second copy of the table.',
    safeAlternative: 'Run pg_repack (or REPACK CONCURRENTLY on PostgreSQL 19+) as an operational task, not in a migration.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
      bad: 'VACUUM FULL orders;',
      good: '-- a plain VACUUM marks dead rows reusable without blocking reads or writes; pg_repack --table=orders, run outside the migration, gives the space back\nVACUUM (ANALYZE) orders;',
    },
  },
  (ctx) => [
    ...statementsOf(ctx, 'VacuumStmt')
      .filter((s) => option(s.node.options, 'full'))
      .map((s) => ({
        at: s,
        message: `VACUUM FULL rewrites the table under ACCESS EXCLUSIVE: no reads or writes until it finishes.${tookHere(s)} Use pg_repack outside the migration.`,
      })),
    ...statementsOf(ctx, 'ClusterStmt').map((s) => ({
      at: s,
      message: `CLUSTER rewrites the table under ACCESS EXCLUSIVE: no reads or writes until it finishes.${tookHere(s)} Use pg_repack outside the migration.`,
    })),
  ],
);
