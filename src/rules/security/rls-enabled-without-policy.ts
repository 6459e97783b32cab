import { rule, statementFor, touchedTables } from '../helpers.js';

export default rule(
  {
    id: 'rls-enabled-without-policy',
    category: 'security',
    severity: 'warning',
    summary: 'Row level security enabled on a table with no policy.',
    rationale:
      'With RLS on and no policy, every non-owner role sees no rows and cannot write: the feature is broken for them, often discovered only in production.',
    safeAlternative: 'Add the policies in the same migration that enables RLS.',
    needs: 'review',
    example: {
      setup: 'CREATE TABLE notes (id bigint PRIMARY KEY, owner text);',
      bad: 'ALTER TABLE notes ENABLE ROW LEVEL SECURITY;',
      good: 'ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own_notes ON notes USING (owner = current_user);',
    },
  },
  (ctx) =>
    touchedTables(ctx)
      .filter((t) => t.rowSecurity && !Object.keys(ctx.catalog?.after.objects.policy ?? {}).some((p) => p.startsWith(`${t.qualifiedName} policy `)))
      .flatMap((t) => {
        const at = statementFor(ctx, t.qualifiedName);
        return at
          ? [
              {
                at,
                object: t.qualifiedName,
                message: `${t.qualifiedName} has row level security on and no policy: roles other than its owner see no rows and cannot write.`,
              },
            ]
          : [];
      }),
);
