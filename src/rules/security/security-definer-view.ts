import type { Tree } from '../../parse/ast.js';
import { findAll, nameOf } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'security-definer-view',
    category: 'security',
    severity: 'warning',
    summary: 'A view in an exposed schema without security_invoker, over tables that use row level security.',
    rationale:
      "A view runs with its owner's rights: querying it bypasses the RLS policies of the tables underneath (for a superuser or table owner, all rows).",
    safeAlternative: 'CREATE VIEW ... WITH (security_invoker = true) (PostgreSQL 15+).',
    needs: 'review',
    example: {
      setup: 'CREATE TABLE notes (id bigint PRIMARY KEY, owner text);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;',
      bad: 'CREATE VIEW my_notes AS SELECT * FROM notes;',
      good: 'CREATE VIEW my_notes WITH (security_invoker = true) AS SELECT * FROM notes;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'ViewStmt')
      .filter((s) => !((s.node.options ?? []) as Tree[]).some((o) => o.DefElem?.defname === 'security_invoker'))
      .filter((s) => (s.node.view?.schemaname ?? 'public') === 'public')
      // The tables it reads, with their schemas: private.notes is not public.notes.
      .filter((s) => findAll(s.node.query, 'RangeVar').some((r) => ctx.catalog?.after.tables[ctx.qualify(r)]?.rowSecurity))
      .map((s) => ({
        at: s,
        object: nameOf([{ String: { sval: s.node.view?.relname } }]),
        message: `View ${s.node.view?.relname} reads tables protected by row level security but runs with its owner's rights, bypassing their policies. Add WITH (security_invoker = true).`,
      })),
);
