import escapeStringRegexp from 'escape-string-regexp';
import type { CatalogChange, CatalogState } from '../catalog/types.js';
import { alterCommands, listItems, str, type Tree } from '../parse/ast.js';
import type { RuleContext, StatementContext } from './types.js';

/**
 * What a statement removed besides what it names, read from the catalog diff: the dependents
 * CASCADE takes (views, foreign keys, policies, triggers, columns of a dropped type) and what
 * PostgreSQL drops on its own (the indexes and constraints of a dropped column). A dropped table's
 * own columns, indexes, constraints, policies, triggers and serial sequences are the table, not
 * dependents.
 */

/** An object a statement names for dropping. */
interface Target {
  kind: 'relation' | 'column' | 'constraint' | 'other';
  /** Qualified for relations; bare otherwise. */
  name: string;
  /** The table of a column or constraint. */
  table?: string;
}

const RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_INDEX', 'OBJECT_SEQUENCE', 'OBJECT_FOREIGN_TABLE']);

function targets(ctx: RuleContext, s: StatementContext): Target[] {
  if (s.stmt.kind === 'DropStmt') {
    const relation = RELATIONS.has(String(s.node.removeType));
    return ((s.node.objects ?? []) as Tree[]).map((o) => {
      const names = (o.TypeName?.names ?? o.ObjectWithArgs?.objname ?? (o.List ? listItems(o) : [o])).map((n: unknown) => str(n)) as string[];
      const name = names.at(-1) ?? '';
      return relation
        ? { kind: 'relation', name: ctx.qualify(names.length > 1 ? { schemaname: names.at(-2) as string, relname: name } : { relname: name }) }
        : { kind: 'other', name };
    });
  }
  if (s.stmt.kind === 'AlterTableStmt') {
    const table = ctx.qualify(s.node.relation);
    return alterCommands(s.node).flatMap((c): Target[] =>
      c.subtype === 'AT_DropColumn'
        ? [{ kind: 'column', name: String(c.name), table }]
        : c.subtype === 'AT_DropConstraint'
          ? [{ kind: 'constraint', name: String(c.name), table }]
          : [],
    );
  }
  return [];
}

/** The object's own name: "t" of "public.t", "c" of "public.t constraint c", "f" of "public.f(integer)". */
function ownName(change: CatalogChange): string {
  const member = change.table ? change.name.slice(change.table.length).replace(/^\.| \w+ /, '') : change.name;
  const paren = member.indexOf('(');
  return (paren === -1 ? member : member.slice(0, paren)).split('.').at(-1) as string;
}

/** The change is what a target names, or part of a table a target drops. */
function named(change: CatalogChange, all: Target[], before: CatalogState): boolean {
  const own = ownName(change);
  const droppedTables = all.filter((t) => t.kind === 'relation').map((t) => t.name);
  if (change.table && droppedTables.includes(change.table)) return true;
  if (change.objectType === 'table' || change.objectType === 'view' || change.objectType === 'materialized view') return droppedTables.includes(change.name);
  if (change.objectType === 'column') return all.some((t) => t.kind === 'column' && t.table === change.table && t.name === own);
  // A unique or primary key constraint's index goes with it, under its name.
  if (change.objectType === 'constraint' || change.objectType === 'index')
    return all.some((t) => t.kind === 'constraint' && t.table === change.table && t.name === own) || droppedTables.some((d) => d.endsWith(`.${own}`));
  if (change.objectType === 'sequence')
    return (
      droppedTables.includes(change.name) ||
      droppedTables.some((d) => before.tables[d]?.columns.some((c) => c.default?.includes(`nextval('${own}'`) || c.default?.includes(`.${own}'`)))
    );
  return all.some((t) => t.kind === 'other' && t.name === own);
}

const bare = (name: string) => name.replace(/^public\./, '');

/** How the review names a dependent: "view active_accounts", "FK orders.account_id_fkey". */
function label(change: CatalogChange, before: CatalogState): string {
  const own = ownName(change);
  const table = change.table ? bare(change.table) : '';
  switch (change.objectType) {
    case 'constraint': {
      const fk = before.tables[change.table as string]?.constraints.find((c) => c.name === own)?.type === 'foreign key';
      return `${fk ? 'FK' : 'constraint'} ${table}.${own}`;
    }
    case 'column':
      return `column ${table}.${own}`;
    case 'index':
      return `index ${own}`;
    case 'policy':
    case 'trigger':
      return `${change.objectType} ${own} on ${table}`;
    default:
      return `${change.objectType} ${bare(change.name)}`;
  }
}

/** The statement a dependent went with: the drop its definition reads or points at. */
function owner(change: CatalogChange, dropping: { s: StatementContext; targets: Target[] }[], before: CatalogState): StatementContext | undefined {
  const constraint = change.table ? before.tables[change.table]?.constraints.find((c) => c.name === ownName(change)) : undefined;
  const points = (t: Target) =>
    constraint?.references &&
    ((t.kind === 'relation' && t.name === constraint.references.table) ||
      (t.kind === 'column' && t.table === constraint.references.table && constraint.references.columns.includes(t.name)));
  const onTable = (t: Target) => t.kind === 'column' && t.table === change.table;
  const text = change.details.join(' ');
  const mentions = (t: Target) => new RegExp(`(^|[^\\w$])${escapeStringRegexp(t.name.split('.').at(-1) as string)}([^\\w$]|$)`).test(text);
  for (const test of [points, onTable, mentions]) {
    const found = dropping.find((d) => d.targets.some(test));
    if (found) return found.s;
  }
  const cascading = dropping.filter((d) => d.s.node.behavior === 'DROP_CASCADE' || alterCommands(d.s.node).some((c) => c.behavior === 'DROP_CASCADE'));
  return cascading.length === 1 ? cascading[0]?.s : undefined;
}

const memo = new WeakMap<RuleContext, Map<StatementContext, string[]>>();

/** Per statement, what it dropped besides what it names (review mode: empty without a catalog). */
export function droppedAlong(ctx: RuleContext): Map<StatementContext, string[]> {
  const known = memo.get(ctx);
  if (known) return known;
  const out = new Map<StatementContext, string[]>();
  memo.set(ctx, out);
  if (!ctx.catalog) return out;
  const { before, changes } = ctx.catalog;
  const dropping = ctx.statements.map((s) => ({ s, targets: targets(ctx, s) })).filter((d) => d.targets.length);
  const all = dropping.flatMap((d) => d.targets);
  const removed = changes.filter((c) => c.action === 'removed' && c.objectType !== 'schema');
  // A key constraint's index is named with the constraint, once.
  const keyIndex = (c: CatalogChange) =>
    c.objectType === 'index' && removed.some((k) => k.objectType === 'constraint' && k.name === c.name.replace(' index ', ' constraint '));
  for (const change of removed) {
    if (keyIndex(change) || named(change, all, before)) continue;
    const s = owner(change, dropping, before);
    if (s) out.set(s, [...(out.get(s) ?? []), label(change, before)]);
  }
  return out;
}

/** " also dropped: view active_accounts, FK orders.account_id_fkey", or nothing. */
export function alsoDropped(ctx: RuleContext, s: StatementContext): string {
  const list = droppedAlong(ctx).get(s) ?? [];
  return list.length ? ` also dropped: ${list.join(', ')}` : '';
}
