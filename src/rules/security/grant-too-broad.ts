import type { Tree } from '../../parse/ast.js';
import { isKind, rule, statementsOf } from '../helpers.js';

/** What ALL PRIVILEGES adds beyond the usual reads and writes, by object kind. */
const ALL_MEANS: Record<string, string> = {
  OBJECT_TABLE: 'TRUNCATE (which ignores row level security and DELETE triggers), REFERENCES and TRIGGER as well as reads and writes',
  OBJECT_SCHEMA: 'CREATE as well as USAGE: the grantee may create objects in the schema',
  OBJECT_SEQUENCE: 'UPDATE as well as USAGE and SELECT: the grantee may setval() the sequence',
  OBJECT_DATABASE: 'CREATE (new schemas) and TEMPORARY as well as CONNECT',
};

const roleName = (g: Tree) => (g.RoleSpec?.roletype === 'ROLESPEC_PUBLIC' ? 'PUBLIC' : String(g.RoleSpec?.rolename ?? 'a role'));

export default rule(
  {
    id: 'grant-too-broad',
    category: 'security',
    severity: 'warning',
    summary: 'GRANT ALL PRIVILEGES, WITH GRANT OPTION, or default privileges granted to PUBLIC.',
    rationale:
      "ALL on a table includes TRUNCATE, which empties it regardless of row level security, and TRIGGER; on a schema it includes CREATE. WITH GRANT OPTION lets the grantee hand the privileges on to roles no migration names. ALTER DEFAULT PRIVILEGES ... TO PUBLIC grants every object created later to every role. PostgreSQL's GRANT and ALTER DEFAULT PRIVILEGES pages list what each privilege allows.",
    safeAlternative:
      'Name the privileges the role needs (GRANT SELECT, INSERT, UPDATE ON ... TO app_writer), without WITH GRANT OPTION, and default privileges to a specific role.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE notes (id bigint PRIMARY KEY, body text);',
      bad: 'CREATE ROLE notes_app;\nGRANT ALL ON notes TO notes_app WITH GRANT OPTION;',
      good: 'CREATE ROLE notes_app;\nGRANT SELECT, INSERT, UPDATE ON notes TO notes_app;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'GrantStmt', 'AlterDefaultPrivilegesStmt').flatMap((s) => {
      const grant = (isKind(s, 'AlterDefaultPrivilegesStmt') ? s.node.action : s.node) as Tree | undefined;
      if (!grant?.is_grant) return [];
      const grantees = ((grant.grantees ?? []) as Tree[]).map(roleName);
      const reasons: string[] = [];
      const kind = String(grant.objtype);
      // On a function, a type or a language ALL is the one privilege there is.
      const all = ALL_MEANS[kind];
      if (!grant.privileges?.length && all) reasons.push(`ALL PRIVILEGES means ${all}`);
      if (grant.grant_option) reasons.push(`WITH GRANT OPTION lets ${grantees.join(', ')} grant them on to any role`);
      if (s.stmt.kind === 'AlterDefaultPrivilegesStmt' && grantees.includes('PUBLIC'))
        reasons.push('every object created later is granted to every role (PUBLIC)');
      return reasons.length
        ? [
            {
              at: s,
              message: `Grants more than a role needs: ${reasons.join('; ')}. Name the privileges ${grantees.join(', ')} need${grantees.length === 1 && grantees[0] !== 'PUBLIC' ? 's' : ''}.`,
            },
          ]
        : [];
    }),
);
