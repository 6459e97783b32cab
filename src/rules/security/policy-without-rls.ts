import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'policy-without-rls',
    category: 'security',
    severity: 'error',
    summary: 'A policy on a table whose row level security is off.',
    rationale: 'Policies do nothing until RLS is enabled: the table is fully readable and writable while the migration suggests it is protected.',
    safeAlternative: 'ALTER TABLE ... ENABLE ROW LEVEL SECURITY alongside the policy.',
    needs: 'review',
    example: {
      setup: 'CREATE TABLE notes (id bigint PRIMARY KEY, owner text);',
      bad: 'CREATE POLICY own_notes ON notes USING (owner = current_user);',
      good: 'ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own_notes ON notes USING (owner = current_user);',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'CreatePolicyStmt')
      .filter((s) => {
        const table = ctx.catalog?.after.tables[ctx.qualify(s.node.table)];
        return table !== undefined && !table.rowSecurity;
      })
      .map((s) => ({
        at: s,
        object: ctx.qualify(s.node.table),
        message: `Policy ${s.node.policy_name} on ${ctx.qualify(s.node.table)} has no effect: row level security is off on that table.`,
      })),
);
