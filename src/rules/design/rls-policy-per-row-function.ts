import { calledFunctions } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

const PER_ROW = /^(auth\.(uid|jwt|role|email)|current_setting)$/;

export default rule(
  {
    id: 'rls-policy-per-row-function',
    category: 'design',
    severity: 'warning',
    summary: 'An RLS policy calls auth.uid(), current_setting() or similar directly, so it runs once per row.',
    rationale:
      'A function call in a policy expression is evaluated for every row scanned; wrapped in a scalar subquery, (select auth.uid()), it is evaluated once per query as an InitPlan.',
    safeAlternative: 'USING (user_id = (select auth.uid())).',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE docs (id bigint PRIMARY KEY, owner text);',
      bad: "CREATE POLICY own ON docs USING (owner = current_setting('app.user'));",
      good: "CREATE POLICY own ON docs USING (owner = (select current_setting('app.user')));",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'CreatePolicyStmt', 'AlterPolicyStmt').flatMap((s) => {
      const direct = [s.node.qual, s.node.with_check].flatMap((expr) => {
        // Calls inside a SubLink are evaluated once; only bare calls count.
        const bare = JSON.parse(JSON.stringify(expr ?? {}, (k, v) => (k === 'SubLink' ? undefined : v)));
        return calledFunctions(bare).filter((f) => PER_ROW.test(f));
      });
      return direct.length
        ? [
            {
              at: s,
              message: `The policy calls ${[...new Set(direct)].join(', ')}() for every row: wrap it as (select ${direct[0]}(...)) so it runs once per query.`,
            },
          ]
        : [];
    }),
);
