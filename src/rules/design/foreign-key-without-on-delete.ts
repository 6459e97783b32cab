import type { Tree } from '../../parse/ast.js';
import { findAll, saysKeywords, str } from '../../parse/ast.js';
import { isKind, placeOf, rule, statementsOf, targetTable, textBetween } from '../helpers.js';
import type { StatementContext } from '../types.js';

interface ForeignKey {
  constraint: Tree;
  columns: string[];
  /** Where it is reported: the column it is written on, or the table constraint. */
  location: number;
}

/** Foreign keys as written: on a column (REFERENCES) or on the table (FOREIGN KEY (...) REFERENCES). */
function foreignKeys(tree: unknown): ForeignKey[] {
  const onColumns = findAll(tree, 'ColumnDef').flatMap((col) =>
    ((col.constraints ?? []) as Tree[])
      .map((c) => c.Constraint)
      .filter((c) => c?.contype === 'CONSTR_FOREIGN')
      .map((c) => ({ constraint: c, columns: [col.colname as string], location: col.location as number })),
  );
  const inline = new Set(onColumns.map((k) => k.constraint));
  const onTable = findAll(tree, 'Constraint')
    .filter((c) => c.contype === 'CONSTR_FOREIGN' && !inline.has(c))
    .map((c) => ({ constraint: c, columns: ((c.fk_attrs ?? []) as unknown[]).map(str), location: c.location as number }));
  return [...onColumns, ...onTable];
}

/**
 * The key states its ON DELETE. The tree records NO ACTION both when ON DELETE is left out and
 * when NO ACTION is written, so then the key's own text decides: from where it starts to where
 * the next column or constraint of the statement starts.
 */
function statesOnDelete(s: StatementContext, tree: unknown, key: ForeignKey): boolean {
  if (key.constraint.fk_del_action !== 'a') return true;
  const from = key.constraint.location as number;
  const next = [...findAll(tree, 'ColumnDef'), ...findAll(tree, 'Constraint')].map((n) => n.location as number).filter((l) => l > from);
  return saysKeywords(textBetween(s, from, next.length ? Math.min(...next) : undefined), 'ON', 'DELETE');
}

export default rule(
  {
    id: 'foreign-key-without-on-delete',
    category: 'design',
    severity: 'info',
    summary: 'A foreign key without an explicit ON DELETE policy.',
    rationale:
      'The default (NO ACTION) makes deleting a parent fail while children exist; that is sometimes right, but it should be a decision: CASCADE, SET NULL or RESTRICT say what happens to the children.',
    safeAlternative: 'State it: REFERENCES parent (id) ON DELETE CASCADE | SET NULL | RESTRICT.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE groups (id bigint PRIMARY KEY);',
      bad: 'CREATE TABLE members (id bigint PRIMARY KEY, group_id bigint REFERENCES groups (id));',
      good: 'CREATE TABLE members (id bigint PRIMARY KEY, group_id bigint REFERENCES groups (id) ON DELETE CASCADE);',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'CreateStmt', 'AlterTableStmt').flatMap((s) => {
      const tree = isKind(s, 'CreateStmt') ? s.node.tableElts : s.node.cmds;
      const table = targetTable(ctx, s);
      return foreignKeys(tree)
        .filter((key) => !statesOnDelete(s, tree, key))
        .map((key) => ({
          at: placeOf(s, key.location),
          object: key.columns.length === 1 ? `${table}.${key.columns[0]}` : `${table} (${key.columns.join(', ')})`,
          message: `Foreign key ${key.columns.join(', ')} -> ${ctx.qualify(key.constraint.pktable)} without ON DELETE: deleting a parent row fails while children exist. Decide, and write ON DELETE CASCADE, SET NULL or RESTRICT.`,
        }));
    }),
);
