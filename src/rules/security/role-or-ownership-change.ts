import type { Tree } from '../../parse/ast.js';
import { isKind, rule, statementsOf } from '../helpers.js';

// Role attributes that reach past one database, by their option name in the parse tree (so
// NOSUPERUSER, or a role called superuser_fan, is not one).
const POWERS = new Map([
  ['superuser', 'SUPERUSER'],
  ['createrole', 'CREATEROLE'],
  ['bypassrls', 'BYPASSRLS'],
  ['isreplication', 'REPLICATION'],
  ['createdb', 'CREATEDB'],
]);

export default rule(
  {
    id: 'role-or-ownership-change',
    category: 'security',
    severity: 'warning',
    summary: 'A migration that creates or alters roles, or changes object ownership.',
    rationale:
      'Roles are cluster-wide and outlive the database; privileges like SUPERUSER, CREATEROLE or BYPASSRLS, and changes of owner, change who can do what everywhere. They belong to whoever runs the database, reviewed as such.',
    safeAlternative: 'Manage roles outside schema migrations (infrastructure as code); if a migration must, grant the narrowest attributes.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);',
      bad: 'CREATE ROLE reporting LOGIN BYPASSRLS;',
      good: '-- the role is created where roles are managed (the infrastructure repository); here it gets what it needs\nGRANT SELECT ON accounts TO reporting;',
    },
  },
  (ctx) =>
    [
      ...statementsOf(ctx, 'CreateRoleStmt', 'AlterRoleStmt', 'AlterOwnerStmt', 'GrantRoleStmt'),
      ...statementsOf(ctx, 'AlterTableStmt').filter((s) => ((s.node.cmds ?? []) as Tree[]).some((c) => c.AlterTableCmd?.subtype === 'AT_ChangeOwner')),
    ].map((s) => {
      const what =
        s.stmt.kind === 'AlterOwnerStmt' || s.stmt.kind === 'AlterTableStmt'
          ? 'changes an owner'
          : s.stmt.kind === 'GrantRoleStmt'
            ? 'grants role membership'
            : s.stmt.kind === 'CreateRoleStmt'
              ? `creates role ${isKind(s, 'CreateRoleStmt') ? s.node.role : ''}`
              : 'alters a role';
      const granted = ((('options' in s.node ? s.node.options : undefined) ?? []) as Tree[])
        .map((o) => o.DefElem)
        .find((d) => d?.arg?.Boolean?.boolval === true && POWERS.has(d.defname));
      const powerful = granted ? POWERS.get(granted.defname) : undefined;
      return {
        at: s,
        message: `This migration ${what}${powerful ? ` with ${powerful}` : ''}: roles are cluster-wide; review it with whoever runs the database.`,
      };
    }),
);
