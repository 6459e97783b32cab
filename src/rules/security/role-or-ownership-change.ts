import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'role-or-ownership-change',
    category: 'security',
    severity: 'warning',
    summary: 'A migration that creates or alters roles, or changes object ownership.',
    rationale: 'Roles are cluster-wide and outlive the database; privileges like SUPERUSER, CREATEROLE or BYPASSRLS, and changes of owner, change who can do what everywhere. They belong to whoever runs the database, reviewed as such.',
    safeAlternative: 'Manage roles outside schema migrations (infrastructure as code); if a migration must, grant the narrowest attributes.',
    needs: 'sql',
    example: { setup: '', bad: 'CREATE ROLE reporting LOGIN BYPASSRLS;', good: '-- create the role in the infrastructure repository; grant it SELECT on what it needs here' },
  },
  (ctx) =>
    [
      ...statementsOf(ctx, 'CreateRoleStmt', 'AlterRoleStmt', 'AlterOwnerStmt', 'GrantRoleStmt'),
      ...statementsOf(ctx, 'AlterTableStmt').filter((s) => ((s.node.cmds ?? []) as any[]).some((c) => c.AlterTableCmd?.subtype === 'AT_ChangeOwner')),
    ].map((s) => {
      const what = s.stmt.kind === 'AlterOwnerStmt' || s.stmt.kind === 'AlterTableStmt' ? 'changes an owner' : s.stmt.kind === 'GrantRoleStmt' ? 'grants role membership' : s.stmt.kind === 'CreateRoleStmt' ? `creates role ${s.node.role}` : 'alters a role';
      const powerful = /SUPERUSER|CREATEROLE|BYPASSRLS|REPLICATION|CREATEDB/i.exec(s.stmt.sql)?.[0];
      return { at: s, message: `This migration ${what}${powerful ? ` with ${powerful.toUpperCase()}` : ''}: roles are cluster-wide; review it with whoever runs the database.` };
    }),
);
