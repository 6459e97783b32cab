import { option } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'reindex-non-concurrently',
    category: 'locking',
    severity: 'warning',
    summary: 'REINDEX without CONCURRENTLY.',
    rationale: 'REINDEX locks out writes to the table (and reads that would use the index) for the whole rebuild.',
    safeAlternative: 'REINDEX ... CONCURRENTLY (PostgreSQL 12+), outside a transaction.',
    needs: 'sql',
    lock: 'ShareLock',
    example: {
      setup: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
      bad: 'REINDEX TABLE orders;',
      good: 'REINDEX TABLE CONCURRENTLY orders;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'ReindexStmt')
      .filter((s) => !option(s.node.params, 'concurrently'))
      .map((s) => ({
        at: s,
        message: 'REINDEX without CONCURRENTLY blocks writes to the table while it rebuilds. Use REINDEX ... CONCURRENTLY outside a transaction.',
      })),
);
