import { rule, statementFor, touchedTables } from '../helpers.js';

const EXPOSED = new Set(['public']);

export default rule(
  {
    id: 'table-without-rls',
    category: 'security',
    severity: 'warning',
    summary: 'A new table in an exposed schema without row level security, where the project uses RLS elsewhere.',
    rationale:
      'When other tables in the schema rely on RLS (Supabase, PostgREST, multi-tenant apps), a new table without it is readable and writable by every role that has privileges on it: usually everyone the API serves.',
    safeAlternative: 'ALTER TABLE ... ENABLE ROW LEVEL SECURITY and add policies in the same migration.',
    needs: 'review',
    example: {
      setup: 'CREATE TABLE profiles (id bigint PRIMARY KEY, owner text);\nALTER TABLE profiles ENABLE ROW LEVEL SECURITY;',
      bad: 'CREATE TABLE notes (id bigint PRIMARY KEY, owner text, body text);',
      good: 'CREATE TABLE notes (id bigint PRIMARY KEY, owner text, body text);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own_notes ON notes USING (owner = current_user);',
    },
  },
  (ctx) => {
    const before = Object.values(ctx.catalog?.before.tables ?? {});
    if (!before.some((t) => t.rowSecurity)) return [];
    return touchedTables(ctx)
      .filter((t) => !ctx.existedBefore(t.qualifiedName) && EXPOSED.has(t.schema) && !t.rowSecurity && !t.partitionOf)
      .flatMap((t) => {
        const at = statementFor(ctx, t.qualifiedName);
        const rls = before.filter((b) => b.rowSecurity).length;
        return at
          ? [
              {
                at,
                object: t.qualifiedName,
                message: `${t.qualifiedName} has row level security off, while ${rls} existing table${rls === 1 ? '' : 's'} rely on it: every role with privileges sees all its rows. Enable RLS and add policies.`,
              },
            ]
          : [];
      });
  },
);
