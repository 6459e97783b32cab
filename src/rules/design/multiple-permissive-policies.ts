import { rule, statementFor, touchedTables } from '../helpers.js';

export default rule(
  {
    id: 'multiple-permissive-policies',
    category: 'design',
    severity: 'info',
    summary: 'Several permissive RLS policies for the same command and role on one table.',
    rationale:
      'Permissive policies are ORed: PostgreSQL evaluates every one of them for every row, so each extra policy adds cost to every query, and the combined rule is hard to reason about.',
    safeAlternative: 'Merge them into one policy whose USING expression ORs the conditions.',
    needs: 'review',
    example: {
      setup: 'CREATE TABLE docs (id bigint PRIMARY KEY, owner text, public boolean);\nALTER TABLE docs ENABLE ROW LEVEL SECURITY;',
      bad: 'CREATE POLICY own ON docs FOR SELECT USING (owner = current_user);\nCREATE POLICY shared ON docs FOR SELECT USING (public);',
      good: 'CREATE POLICY readable ON docs FOR SELECT USING (owner = current_user OR public);',
    },
  },
  (ctx) =>
    touchedTables(ctx).flatMap((t) => {
      const policies = Object.entries(ctx.catalog?.after.objects.policy ?? {}).filter(
        ([name, p]) => name.startsWith(`${t.qualifiedName} policy `) && p.properties.permissive === 'PERMISSIVE',
      );
      const groups = new Map<string, string[]>();
      for (const [name, p] of policies) {
        for (const role of (p.properties.roles as string[]) ?? ['public']) {
          const key = `${p.properties.command} TO ${role}`;
          groups.set(key, [...(groups.get(key) ?? []), name.split(' policy ')[1] as string]);
        }
      }
      const at = statementFor(ctx, t.qualifiedName);
      return [...groups.entries()]
        .filter(([, names]) => names.length > 1 && at)
        .map(([key, names]) => ({
          at: at!,
          object: t.qualifiedName,
          message: `${names.length} permissive policies (${names.join(', ')}) for ${key} on ${t.qualifiedName}: each is evaluated for every row. Merge them.`,
        }));
    }),
);
