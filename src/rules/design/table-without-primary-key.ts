import { findAll } from '../../parse/ast.js';
import { rule, statementsOf, targetTable } from '../helpers.js';

export default rule(
  {
    id: 'table-without-primary-key',
    category: 'design',
    severity: 'warning',
    summary: 'A new table without a primary key.',
    rationale:
      'Rows cannot be addressed reliably, logical replication cannot replicate its UPDATEs and DELETEs (no replica identity), and duplicates creep in.',
    safeAlternative: 'Give it a primary key (bigint identity, or a natural key).',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE page_views (path text, viewed_at timestamptz);',
      good: 'CREATE TABLE page_views (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, path text, viewed_at timestamptz);',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'CreateStmt')
      .filter((s) => !s.node.partbound && !s.node.inhRelations?.length)
      .filter((s) => {
        const table = targetTable(ctx, s);
        if (ctx.catalog) return ctx.catalog.after.tables[table] ? !ctx.catalog.after.tables[table]?.constraints.some((c) => c.type === 'primary key') : false;
        // Read from the tree: a string constant that spells CONSTR_PRIMARY is no primary key.
        const primary = (tree: unknown) => findAll(tree, 'Constraint').some((c) => c.contype === 'CONSTR_PRIMARY');
        return !primary(s.node.tableElts) && !statementsOf(ctx, 'AlterTableStmt').some((o) => ctx.qualify(o.node.relation) === table && primary(o.node.cmds));
      })
      .map((s) => ({
        at: s,
        object: targetTable(ctx, s),
        message: `${targetTable(ctx, s)} has no primary key: rows cannot be addressed reliably and logical replication cannot replicate its UPDATEs and DELETEs.`,
      })),
);
