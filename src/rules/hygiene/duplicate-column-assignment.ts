import type { Tree } from '../../parse/ast.js';
import { isKind, rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'duplicate-column-assignment',
    category: 'hygiene',
    severity: 'error',
    summary: 'The same column assigned twice in one INSERT column list or UPDATE SET.',
    rationale:
      'PostgreSQL rejects it ("multiple assignments to same column"), or in generated SQL it hides a copy-paste error where one of the values was meant for another column.',
    safeAlternative: 'Assign each column once.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, plan text, seats int);',
      bad: "UPDATE accounts SET plan = 'pro', plan = 'team';",
      good: "UPDATE accounts SET plan = 'team', seats = 5;",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'UpdateStmt', 'InsertStmt').flatMap((s) => {
      const names = (((isKind(s, 'UpdateStmt') ? s.node.targetList : s.node.cols) ?? []) as Tree[]).map((t) => t.ResTarget?.name).filter(Boolean) as string[];
      const dup = names.find((n, i) => names.indexOf(n) !== i);
      return dup ? [{ at: s, message: `Column ${dup} is assigned more than once.` }] : [];
    }),
);
