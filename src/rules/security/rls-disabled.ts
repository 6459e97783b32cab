import { alterExisting, rule } from '../helpers.js';

export default rule(
  {
    id: 'rls-disabled',
    category: 'security',
    severity: 'warning',
    summary: 'DISABLE ROW LEVEL SECURITY or NO FORCE ROW LEVEL SECURITY on an existing table.',
    rationale:
      "With row level security off, the table's policies stop applying (they stay in the catalog, which hides the change): every role with privileges on the table reads and writes every row. NO FORCE exempts the table's owner again, which matters when the application connects as the owner.",
    safeAlternative:
      'Keep RLS on and change the policies: add a permissive policy for the role that needs wider access (CREATE POLICY ... TO that_role USING (true)), or use a BYPASSRLS role for maintenance jobs.',
    needs: 'sql',
    example: {
      setup:
        'CREATE TABLE notes (id bigint PRIMARY KEY, owner text NOT NULL);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own_notes ON notes USING (owner = current_user);',
      bad: 'ALTER TABLE notes DISABLE ROW LEVEL SECURITY;',
      good: 'CREATE ROLE notes_auditor;\nCREATE POLICY auditors_read ON notes FOR SELECT TO notes_auditor USING (true);',
    },
  },
  (ctx) =>
    alterExisting(ctx).flatMap(({ s, table, cmds }) => {
      const off = cmds.some((c) => c.subtype === 'AT_DisableRowSecurity');
      const unforced = cmds.some((c) => c.subtype === 'AT_NoForceRowSecurity');
      if (!off && !unforced) return [];
      const policies = Object.keys(ctx.catalog?.before.objects.policy ?? {}).filter((p) => p.startsWith(`${table} policy `)).length;
      const which = ctx.catalog ? `its ${policies} polic${policies === 1 ? 'y' : 'ies'}` : 'its policies';
      const stop = ctx.catalog && policies === 1 ? 'stops' : 'stop';
      return [
        {
          at: s,
          object: table,
          message: off
            ? `Turns row level security off on ${table}: ${which} ${stop} applying, and every role with privileges on it reads and writes every row. Change the policies instead.`
            : `NO FORCE ROW LEVEL SECURITY on ${table}: its owner bypasses ${which} again, so an application that connects as the owner sees every row.`,
        },
      ];
    }),
);
