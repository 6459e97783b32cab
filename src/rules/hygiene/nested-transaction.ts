import { transactionEffect } from '../../parse/ast.js';
import { rule } from '../helpers.js';

export default rule(
  {
    id: 'nested-transaction',
    category: 'hygiene',
    severity: 'warning',
    summary: 'BEGIN inside an open transaction, or COMMIT/ROLLBACK with none open.',
    rationale:
      'PostgreSQL does not nest transactions: a second BEGIN only warns, and the first COMMIT ends the outer transaction early, so later statements run outside the atomic unit the author meant.',
    safeAlternative: 'One BEGIN and one COMMIT per migration; use SAVEPOINT for nested units.',
    needs: 'sql',
    example: { setup: '', bad: 'BEGIN;\nBEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nCOMMIT;', good: 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;' },
  },
  (ctx) =>
    ctx.migrations.flatMap((m) => {
      let open = m.transaction === 'wrapped';
      const hits = [];
      for (const s of m.statements.filter((x) => x.stmt.kind === 'TransactionStmt')) {
        const effect = transactionEffect(s.node);
        if (effect === 'opens') {
          if (open)
            hits.push({
              at: s,
              message: `BEGIN inside a transaction that is already open${m.transaction === 'wrapped' ? ' (the framework opens one)' : ''}: PostgreSQL does not nest, and the first COMMIT ends both.`,
            });
          open = true;
        } else if (effect === 'ends') {
          if (!open) hits.push({ at: s, message: `${s.node.kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK'} with no transaction open.` });
          open = false;
        }
      }
      return hits;
    }),
);
