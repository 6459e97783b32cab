import type { Tree } from '../parse/ast.js';
import type { Node } from '@pgsql/types';
import type { LockMode } from '../trace/locks.js';
import { strength } from '../trace/locks.js';
import type { TableInfo } from '../catalog/types.js';
import { alterCommands, columnDefs, findAll, type ColumnDefinition } from '../parse/ast.js';
import type { RuleContext, RuleHit, RuleMeta, Rule, StatementContext } from './types.js';

/** The table an ALTER TABLE / CREATE INDEX / ... statement acts on, qualified. */
export function targetTable(ctx: RuleContext, s: StatementContext): string {
  return ctx.qualify(s.node.relation);
}

// Views of the context many rules share, computed once per context.
const memo = new WeakMap<RuleContext, Map<string, unknown>>();

function once<T>(ctx: RuleContext, key: string, compute: () => T): T {
  let cache = memo.get(ctx);
  if (!cache) memo.set(ctx, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}

/** Where a node of the statement's parse tree is written (libpg-query locations are byte offsets into the file as parsed). */
export function placeOf(s: StatementContext, location: number): { file: string; line: number; column: number } {
  const { source } = s.migration;
  return { file: s.stmt.file, ...source.positionAt(source.indexOfByte(location)) };
}

/** The statement's text from one node's location to another's, or to the statement's end. */
export function textBetween(s: StatementContext, from: number, to?: number): string {
  const { source } = s.migration;
  return source.text.slice(source.indexOfByte(from), to === undefined ? s.stmt.offset + s.stmt.sql.length : source.indexOfByte(to));
}

/** The body of a statement of one kind, as @pgsql/types (the parser's own AST types) declares it. */
export type NodeBody<K extends string> = K extends unknown ? (Extract<Node, Record<K, unknown>> extends Record<K, infer B> ? B : never) : never;

/** A statement of one kind, its node typed; of several, one of those. */
export type StatementOf<K extends string> = K extends unknown
  ? Omit<StatementContext, 'node' | 'stmt'> & { stmt: StatementContext['stmt'] & { kind: K }; node: NodeBody<K> }
  : never;

/** Statement `a` runs before `b` in the change (statements are in the order they run). */
export function runsBefore(ctx: RuleContext, a: StatementContext['stmt'], b: StatementContext['stmt']): boolean {
  const order = once(ctx, 'order', () => new Map(ctx.statements.map((s, i) => [s.stmt, i])));
  return (order.get(a) ?? Infinity) < (order.get(b) ?? -Infinity);
}

/** Narrows a statement of several kinds to one, node included. */
export function isKind<S extends { stmt: { kind: string } }, K extends S['stmt']['kind']>(s: S, kind: K): s is Extract<S, { stmt: { kind: K } }> {
  return s.stmt.kind === kind;
}

/** Statements of some kinds, each with its node typed by its kind. */
export function statementsOf<K extends (Node extends infer N ? (N extends Record<infer Key, unknown> ? Key & string : never) : never)>(
  ctx: RuleContext,
  ...kinds: K[]
): StatementOf<K>[];
export function statementsOf(ctx: RuleContext, ...kinds: string[]): StatementContext[] {
  const byKind = once(ctx, 'byKind', () => {
    const map = new Map<string, StatementContext[]>();
    for (const s of ctx.statements) {
      const list = map.get(s.stmt.kind);
      if (list) list.push(s);
      else map.set(s.stmt.kind, [s]);
    }
    return map;
  });
  return kinds.length === 1 ? (byKind.get(kinds[0] as string) ?? []) : ctx.statements.filter((s) => kinds.includes(s.stmt.kind));
}

/** ALTER TABLE statements on tables that existed before the change, with their commands. */
export function alterExisting(ctx: RuleContext): { s: StatementContext; table: string; cmds: Tree[] }[] {
  return once(ctx, 'alterExisting', () =>
    statementsOf(ctx, 'AlterTableStmt')
      .filter((s) => s.node.objtype === 'OBJECT_TABLE' || s.node.objtype === undefined)
      .map((s) => ({ s, table: targetTable(ctx, s), cmds: alterCommands(s.node) }))
      .filter((a) => a.table && ctx.existedBefore(a.table)),
  );
}

/** The statement rewrote the table, as measured (review) — undefined when not measured (lint). */
export function measuredRewrite(s: StatementContext, table: string): boolean | undefined {
  return s.outcome?.rewrites ? s.outcome.rewrites.includes(table) : undefined;
}

/** The statement scanned the table, as measured — undefined when not measured. */
export function measuredScan(s: StatementContext, table: string): boolean | undefined {
  return s.outcome?.scans ? s.outcome.scans.some((x) => x.relation === table) : undefined;
}

/** The strongest lock the statement took on a table, as measured. */
export function measuredLock(s: StatementContext, table: string): LockMode | undefined {
  return (s.outcome?.locks ?? [])
    .filter((l) => l.relation === table)
    .reduce<LockMode | undefined>((m, l) => (!m || strength(l.mode) > strength(m) ? l.mode : m), undefined);
}

export function rowsIn(ctx: RuleContext, table: string): string {
  const rows = ctx.rows[table];
  return rows === undefined ? '' : ` (measured here on ${rows.toLocaleString('en-US')} rows)`;
}

/**
 * What the statement took in the sandbox, as a sentence for a finding's message (" It took 12 ms
 * here."), or nothing when it did not run. Its number is not grouped ("1234 ms"), unlike render's ms().
 */
export function tookHere(s: StatementContext): string {
  return s.outcome && s.outcome.status !== 'not-run'
    ? ` It took ${s.outcome.durationMs < 10 ? s.outcome.durationMs.toFixed(1) : Math.round(s.outcome.durationMs)} ms here.`
    : '';
}

export function rule<Id extends string>(meta: RuleMeta<Id>, check: (ctx: RuleContext) => RuleHit[]): Rule<Id> {
  return { meta, check };
}

/**
 * A rule whose findings a pipeline stage detects (a failure, a history problem, a down that
 * fails): the stage says where, what and, where its framework decides it, the impact; the rule
 * gives the severity.
 */
export function pipelineRule<Id extends string>(meta: RuleMeta<Id>): Rule<Id> {
  return {
    ...rule(meta, (ctx) =>
      ctx.detections
        .filter((f) => f.ruleId === meta.id)
        .map((f) => ({
          at: { file: f.file, line: f.line, column: f.column, ...(f.endLine ? { endLine: f.endLine } : {}), ...(f.detached ? { detached: true } : {}) },
          message: f.message,
          ...(f.object ? { object: f.object } : {}),
          ...(f.impact ? { impact: f.impact } : {}),
        })),
    ),
    detected: true,
  };
}

/** Text of a value node (A_Const string or integer) in a SET statement. */
export function settingValue(s: StatementContext): string {
  const arg = (s.node.args ?? [])[0]?.A_Const;
  return String(arg?.sval?.sval ?? arg?.ival?.ival ?? arg?.ival ?? '');
}

/** Columns the change defines: in CREATE TABLE and in ALTER TABLE ... ADD COLUMN. */
export function newColumns(ctx: RuleContext): { s: StatementContext; table: string; col: ColumnDefinition }[] {
  return once(ctx, 'newColumns', () => collectNewColumns(ctx));
}

function collectNewColumns(ctx: RuleContext): { s: StatementContext; table: string; col: ColumnDefinition }[] {
  const out: { s: StatementContext; table: string; col: ColumnDefinition }[] = [];
  for (const s of ctx.statements) {
    if (s.stmt.kind === 'CreateStmt') for (const col of columnDefs(s.node.tableElts)) out.push({ s, table: targetTable(ctx, s), col });
    if (s.stmt.kind === 'AlterTableStmt') {
      for (const col of columnDefs(
        alterCommands(s.node)
          .filter((c) => c.subtype === 'AT_AddColumn')
          .map((c) => c.def),
      ))
        out.push({ s, table: targetTable(ctx, s), col });
    }
  }
  return out;
}

/** Tables the change creates or alters, as the catalog has them after it (review mode). */
export function touchedTables(ctx: RuleContext): TableInfo[] {
  const names = new Set((ctx.catalog?.changes ?? []).map((c) => c.table ?? c.name));
  return Object.values(ctx.catalog?.after.tables ?? {}).filter((t) => names.has(t.qualifiedName));
}

/** The statement that created or last altered a table, to place a catalog-based finding. */
export function statementFor(ctx: RuleContext, table: string): StatementContext | undefined {
  // The table's own name may hold dots ("a.b"): only the schema is cut off.
  const name = table.slice(table.indexOf('.') + 1);
  return (
    ctx.statements.find((s) => s.stmt.kind === 'CreateStmt' && ctx.qualify(s.node.relation) === table) ??
    ctx.statements.find((s) => findAll(s.node, 'relname').some((n) => (n as unknown) === name))
  );
}

/** Columns the change adds to tables (new tables' columns included), as the catalog has them after it, with where to report them. */
export function addedColumns(ctx: RuleContext): { table: TableInfo; column: TableInfo['columns'][number]; at: StatementContext }[] {
  return touchedTables(ctx).flatMap((table) => {
    const old = new Set(ctx.catalog?.before.tables[table.qualifiedName]?.columns.map((c) => c.name) ?? []);
    const at = statementFor(ctx, table.qualifiedName);
    return at ? table.columns.filter((c) => !old.has(c.name)).map((column) => ({ table, column, at })) : [];
  });
}

/**
 * The states a column may take, first as declared: an enum type's labels, else the literals of a
 * CHECK on it alone. None when a CHECK on it speaks of NULL (`status IS NULL OR ...`): NULL is then
 * one of its states by design, and the column is optional rather than a lifecycle.
 */
export function columnStates(ctx: RuleContext, table: TableInfo, column: TableInfo['columns'][number]): string[] {
  if (table.constraints.some((k) => k.type === 'check' && k.columns.includes(column.name) && /\bIS (NOT )?NULL\b/i.test(k.definition))) return [];
  const types = ctx.catalog?.after.objects.type ?? {};
  const enumType = types[column.type.includes('.') ? column.type : `${table.schema}.${column.type}`] ?? types[`public.${column.type}`];
  const labels = enumType?.properties.values;
  if (Array.isArray(labels)) return labels.map(String);
  for (const k of table.constraints) {
    if (k.type !== 'check' || k.columns.length !== 1 || k.columns[0] !== column.name) continue;
    const literals = [...k.definition.matchAll(/'((?:[^']|'')*)'/g)].map((m) => (m[1] as string).replace(/''/g, "'"));
    if (literals.length) return literals;
  }
  return [];
}
