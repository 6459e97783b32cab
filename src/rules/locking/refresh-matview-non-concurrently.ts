import { rule, statementsOf, targetTable } from '../helpers.js';

export default rule(
  {
    id: 'refresh-matview-non-concurrently',
    category: 'locking',
    severity: 'warning',
    summary: 'REFRESH MATERIALIZED VIEW without CONCURRENTLY on an existing view.',
    rationale: 'A plain refresh takes ACCESS EXCLUSIVE on the view: every query reading it waits until the refresh completes.',
    safeAlternative: 'REFRESH MATERIALIZED VIEW CONCURRENTLY (needs a unique index on the view), or refresh outside the migration.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup:
        'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\nCREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) AS total, 1 AS id FROM orders;\nCREATE UNIQUE INDEX ON order_totals (id);',
      bad: 'REFRESH MATERIALIZED VIEW order_totals;',
      good: 'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'RefreshMatViewStmt')
      .filter((s) => !s.node.concurrent && !s.node.skipData)
      .map((s) => ({
        at: s,
        object: targetTable(ctx, s),
        message: `REFRESH MATERIALIZED VIEW ${targetTable(ctx, s)} without CONCURRENTLY blocks every read of the view until it completes.`,
      })),
);
