import type { Tree } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

const BROAD = new Set(['anon', 'authenticated', 'public']);

export default rule(
  {
    id: 'grant-to-public',
    category: 'security',
    severity: 'warning',
    summary: 'GRANT to PUBLIC (every role) or to a broad API role (anon, authenticated).',
    rationale:
      'PUBLIC includes every role that exists now or later; anon and authenticated are everyone the API serves. Least privilege means granting to the role that needs it.',
    safeAlternative: 'GRANT to a specific role (app_reader, invite_service); rely on RLS where the API roles must have access.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE notes (id bigint PRIMARY KEY);\nCREATE ROLE app_reader;',
      bad: 'GRANT SELECT ON notes TO PUBLIC;',
      good: 'GRANT SELECT ON notes TO app_reader;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'GrantStmt')
      .filter((s) => s.node.is_grant)
      .flatMap((s) => {
        const broad = ((s.node.grantees ?? []) as Tree[])
          .map((g) => (g.RoleSpec?.roletype === 'ROLESPEC_PUBLIC' ? 'PUBLIC' : g.RoleSpec?.rolename))
          .filter((r) => r && BROAD.has(String(r).toLowerCase()));
        return broad.length
          ? [
              {
                at: s,
                message: `Grants to ${broad.join(', ')}: ${broad.includes('PUBLIC') ? 'every role, present and future,' : 'every API user'} gets these privileges. Grant to the role that needs them.`,
              },
            ]
          : [];
      }),
);
