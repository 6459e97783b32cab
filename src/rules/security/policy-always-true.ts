import type { Tree } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

const isTrue = (expr: Tree | undefined) =>
  expr?.A_Const?.boolval?.boolval === true || expr?.A_Const?.boolval === true || JSON.stringify(expr ?? null) === '{"A_Const":{"boolval":{"boolval":true}}}';

export default rule(
  {
    id: 'policy-always-true',
    category: 'security',
    severity: 'warning',
    summary: 'An RLS policy whose USING or WITH CHECK is simply true for writes.',
    rationale: 'A write policy with USING (true) or WITH CHECK (true) lets every role it applies to change every row: row level security in name only.',
    safeAlternative: 'Restrict the policy: USING (owner_id = (select auth.uid())), or limit it TO a trusted role.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE notes (id bigint PRIMARY KEY, owner text);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;',
      bad: 'CREATE POLICY anyone_updates ON notes FOR UPDATE USING (true);',
      good: 'CREATE POLICY owner_updates ON notes FOR UPDATE USING (owner = current_user);',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'CreatePolicyStmt')
      .filter((s) => s.node.cmd_name !== 'select' && (isTrue(s.node.qual) || isTrue(s.node.with_check)))
      .map((s) => ({
        at: s,
        object: ctx.qualify(s.node.table),
        message: `Policy ${s.node.policy_name} lets ${s.node.cmd_name === 'all' ? 'every command' : String(s.node.cmd_name).toUpperCase()} through on every row (true): it protects nothing.`,
      })),
);
