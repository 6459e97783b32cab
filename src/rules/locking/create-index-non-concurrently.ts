import { LAYOUTS } from '../../discover/layouts/index.js';
import { replaceInStatement } from '../fixes.js';
import { measuredLock, tookHere, rowsIn, rule, statementsOf, targetTable } from '../helpers.js';
import type { MigrationContext } from '../types.js';

/** How to build the index concurrently with this migration's runner. */
function concurrently(m: MigrationContext): string {
  const layout = LAYOUTS[m.framework];
  if (m.transaction === 'wrapped' && layout.optOut === null) {
    return `${layout.label} runs every migration in a transaction, where CONCURRENTLY is refused: build the index with CREATE INDEX CONCURRENTLY outside the migrations before this one runs, and make this statement CREATE INDEX IF NOT EXISTS so it finds the index built.`;
  }
  return `Use CREATE INDEX CONCURRENTLY in a migration of its own${layout.optOut ? `, opted out of the transaction with ${layout.optOut}` : ''}.`;
}

export default rule(
  {
    id: 'create-index-non-concurrently',
    category: 'locking',
    severity: 'error',
    summary: 'CREATE INDEX without CONCURRENTLY on a table that already holds data.',
    rationale:
      'A plain CREATE INDEX takes a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits until the index is written, which on a large table is minutes of write downtime.',
    safeAlternative:
      'CREATE INDEX CONCURRENTLY, in a migration of its own that runs outside a transaction. A table created in the same change needs no CONCURRENTLY.',
    needs: 'sql',
    lock: 'ShareLock',
    example: {
      setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);',
      bad: 'CREATE INDEX orders_customer_id_idx ON orders (customer_id);',
      good: 'CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'IndexStmt')
      .filter((s) => !s.node.concurrent && ctx.existedBefore(targetTable(ctx, s)))
      .map((s) => {
        const table = targetTable(ctx, s);
        const lock = measuredLock(s, table);
        // One-click only where the result runs as is: alone in a migration run without a wrapping transaction.
        const alone = s.migration.statements.length === 1 && s.migration.transaction !== 'wrapped';
        return {
          at: s,
          object: table,
          ...(alone ? { fix: replaceInStatement(s, /\bCREATE\s+(UNIQUE\s+)?INDEX\b/i, 'CREATE $1INDEX CONCURRENTLY') } : {}),
          message: `CREATE INDEX without CONCURRENTLY on ${table}, which already exists: it ${lock ? `held ${lock}` : 'takes a SHARE lock'}${rowsIn(ctx, table)} and blocks writes until the index is built.${tookHere(s)} ${concurrently(s.migration)}`,
        };
      }),
);
