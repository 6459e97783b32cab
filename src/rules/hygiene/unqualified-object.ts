import { rule } from '../helpers.js';

export default rule(
  {
    id: 'unqualified-object',
    category: 'hygiene',
    severity: 'info',
    summary: 'A table created or altered without an explicit schema.',
    rationale: "An unqualified name goes wherever the session's search_path points: the same migration can act on different schemas in different environments.",
    safeAlternative: 'Qualify names: public.accounts.',
    needs: 'sql',
    defaultOff: true,
    example: { setup: '', bad: 'CREATE TABLE accounts (id bigint PRIMARY KEY);', good: 'CREATE TABLE public.accounts (id bigint PRIMARY KEY);' },
  },
  (ctx) =>
    ctx.statements
      .filter((s) => ['CreateStmt', 'AlterTableStmt', 'IndexStmt'].includes(s.stmt.kind) && s.node.relation && !s.node.relation.schemaname)
      .map((s) => ({ at: s, object: s.node.relation.relname, message: `${s.node.relation.relname} has no schema: it lands wherever search_path points.` })),
);
