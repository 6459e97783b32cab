import { rule, statementsOf, targetTable } from '../helpers.js';

export default rule(
  {
    id: 'wide-index',
    category: 'design',
    severity: 'info',
    summary: 'A non-unique index on more than three columns.',
    rationale:
      'Wide indexes are large and costly to maintain, and only queries that filter on their leading columns use them; the trailing columns rarely pay their way.',
    safeAlternative: 'Index the columns queries filter on (usually one to three); put columns needed only for index-only scans in INCLUDE (...).',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, a int, b int, c int, d int);',
      bad: 'CREATE INDEX orders_abcd_idx ON orders (a, b, c, d);',
      good: 'CREATE INDEX orders_ab_idx ON orders (a, b) INCLUDE (c, d);',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'IndexStmt')
      .filter((s) => !s.node.unique && (s.node.indexParams ?? []).length > 3)
      .map((s) => ({
        at: s,
        object: targetTable(ctx, s),
        message: `Index on ${(s.node.indexParams ?? []).length} columns: only queries on its leading columns use it. Keep the filtered columns, move the rest to INCLUDE.`,
      })),
);
