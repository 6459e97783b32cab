import { tookHere, rule, statementsOf, targetTable } from '../helpers.js';

export default rule(
  {
    id: 'unbatched-backfill',
    category: 'locking',
    severity: 'warning',
    summary: 'UPDATE or DELETE of a whole existing table in one statement.',
    rationale:
      'One statement that touches every row holds row locks on all of them until commit (blocking concurrent updates), bloats the table with dead tuples and produces WAL in one burst that replicas must replay.',
    safeAlternative: 'Backfill in batches of a few thousand rows by key range, each in its own transaction, outside the schema migration.',
    needs: 'sql',
    lock: 'RowExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, plan text);',
      bad: "UPDATE accounts SET plan = 'free';",
      good: "UPDATE accounts SET plan = 'free' WHERE id BETWEEN 1 AND 10000 AND plan IS NULL;\n-- repeat per batch, outside the migration",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'UpdateStmt', 'DeleteStmt')
      .filter((s) => !s.node.whereClause && ctx.existedBefore(targetTable(ctx, s)))
      .map((s) => {
        const table = targetTable(ctx, s);
        const rows = s.outcome?.rowCount;
        return {
          at: s,
          object: table,
          message: `${s.stmt.kind === 'UpdateStmt' ? 'UPDATE' : 'DELETE'} of every row of ${table} in one statement${rows !== null && rows !== undefined ? ` (${rows.toLocaleString('en-US')} rows here)` : ''}: row locks on all of them until commit, and one burst of WAL.${tookHere(s)} Backfill in batches outside the migration.`,
        };
      }),
);
