import { LAYOUTS } from '../../discover/layouts/index.js';
import { rule } from '../helpers.js';

export default rule(
  {
    id: 'explicit-transaction-in-wrapped-migration',
    category: 'hygiene',
    severity: 'warning',
    summary: 'BEGIN/COMMIT written in a migration that the framework already runs in a transaction.',
    rationale:
      "The file's COMMIT ends the framework's transaction early: statements after it run outside any transaction, and the framework's own bookkeeping (the row that records the migration as applied) is no longer atomic with the change.",
    safeAlternative:
      "Remove BEGIN/COMMIT from the file; use the framework's opt-out (e.g. `-- +goose NO TRANSACTION`) if the file must manage transactions itself.",
    needs: 'sql',
    example: { setup: '', bad: '-- +goose Up\nBEGIN;\nCREATE TABLE a (id int);\nCOMMIT;', good: '-- +goose Up\nCREATE TABLE a (id int);' },
  },
  (ctx) =>
    ctx.migrations
      .filter((m) => m.transaction === 'wrapped')
      .flatMap((m) => {
        const first = m.statements.find((s) => s.stmt.kind === 'TransactionStmt');
        return first
          ? [
              {
                at: first,
                message: `${LAYOUTS[m.framework].label} already runs this migration in a transaction: this ${String(first.node.kind).replace('TRANS_STMT_', '')} ends or nests it, and what follows is no longer atomic.`,
              },
            ]
          : [];
      }),
);
