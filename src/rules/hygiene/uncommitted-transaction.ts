import { transactionEffect } from '../../parse/ast.js';
import { rule } from '../helpers.js';

export default rule(
  {
    id: 'uncommitted-transaction',
    category: 'hygiene',
    severity: 'error',
    summary: 'A migration that opens a transaction and never commits it.',
    rationale:
      'Whatever the framework does at the end (commit, roll back, or leave the session idle in transaction holding its locks), it is not what the file says.',
    safeAlternative: 'End every BEGIN with COMMIT in the same file.',
    needs: 'sql',
    example: { setup: '', bad: 'BEGIN;\nCREATE TABLE a (id int);', good: 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;' },
  },
  (ctx) =>
    ctx.migrations.flatMap((m) => {
      let openedBy: (typeof m.statements)[number] | undefined;
      for (const s of m.statements.filter((x) => x.stmt.kind === 'TransactionStmt')) {
        const effect = transactionEffect(s.node);
        if (effect === 'opens') openedBy ??= s;
        else if (effect === 'ends') openedBy = undefined;
      }
      return openedBy ? [{ at: openedBy, message: 'This BEGIN is never committed in the file.' }] : [];
    }),
);
