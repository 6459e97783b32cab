import { parse } from 'libpg-query';
import pg from 'pg';
import type { PlanSummary, ScanSummary } from './plan.js';
import { explainQuery, type CheckedQuery } from './run.js';

/** Below this many rows a sequential scan is the right plan, not a problem. */
export const LARGE_TABLE_ROWS = 1_000;
/** A nested loop whose outer side the planner expects to be this large is worth a look. */
const LARGE_LOOP_ROWS = 10_000;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** The planner expects the filter to keep at most this share of the table: an index pays off. */
const SELECTIVE = 0.1;

/** A sequential scan of a large table that keeps few of its rows: the case an index serves. */
function indexable(scan: ScanSummary, rows: Record<string, number>): boolean {
  const n = rows[scan.relation] ?? 0;
  return scan.type === 'Seq Scan' && scan.filter !== null && n >= LARGE_TABLE_ROWS && scan.rows <= n * SELECTIVE;
}

/** Plain-word warnings about a plan, given how many rows each table holds. */
export function planWarnings(summary: PlanSummary, rows: Record<string, number>): string[] {
  const out: string[] = [];
  for (const scan of summary.scans) {
    const n = rows[scan.relation] ?? 0;
    if (indexable(scan, rows)) {
      out.push(
        `Sequential scan of ${scan.relation} (${fmt(n)} rows) to find the rows matching ${scan.filter}: an index on the filtered columns would serve it.`,
      );
    }
    if (scan.type !== 'Seq Scan' && scan.filter && n >= LARGE_TABLE_ROWS) {
      out.push(
        `${scan.type} on ${scan.relation} applies ${scan.filter} after reading the index: an index that also covers those columns could take the filter.`,
      );
    }
  }
  for (const loop of summary.nestedLoops) {
    if (loop.outerRows >= LARGE_LOOP_ROWS) out.push(`A nested loop runs its inner side once for each of an estimated ${fmt(loop.outerRows)} outer rows.`);
  }
  return out;
}

/** Columns a filter compares with values: equality first (they lead an index), then one range. */
export async function filterColumns(filter: string, columns: string[]): Promise<string[]> {
  let tree: unknown;
  try {
    tree = await parse(`SELECT WHERE ${filter}`);
  } catch {
    return [];
  }
  const equal: string[] = [];
  const range: string[] = [];
  const columnOf = (node: unknown): string | null => {
    // varchar columns show up cast to text: ((status)::text = 'x'::text)
    const cast = (node as { TypeCast?: { arg?: unknown } })?.TypeCast;
    if (cast) return columnOf(cast.arg);
    const fields = (node as { ColumnRef?: { fields?: { String?: { sval?: string } }[] } })?.ColumnRef?.fields;
    const name = fields?.[fields.length - 1]?.String?.sval;
    return name && columns.includes(name) ? name : null;
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const expr = (node as { A_Expr?: { kind?: string; name?: { String?: { sval?: string } }[]; lexpr?: unknown; rexpr?: unknown } }).A_Expr;
    if (expr) {
      const op = expr.name?.[0]?.String?.sval;
      const column = columnOf(expr.lexpr) ?? columnOf(expr.rexpr);
      const both = columnOf(expr.lexpr) && columnOf(expr.rexpr);
      if (column && !both) {
        if (expr.kind === 'AEXPR_IN' || (expr.kind === 'AEXPR_OP' && op === '=') || expr.kind === 'AEXPR_OP_ANY') equal.push(column);
        else if (expr.kind === 'AEXPR_OP' && ['<', '<=', '>', '>='].includes(op ?? '')) range.push(column);
        else if (expr.kind === 'AEXPR_BETWEEN') range.push(column);
      }
      return;
    }
    const bool = (node as { BoolExpr?: { boolop?: string; args?: unknown[] } }).BoolExpr;
    // OR branches each need their own index; only conjunctions make one index serve.
    if (bool) return bool.boolop === 'AND_EXPR' ? visit(bool.args) : undefined;
    for (const value of Object.values(node)) visit(value);
  };
  visit((tree as { stmts?: { stmt?: { SelectStmt?: { whereClause?: unknown } } }[] }).stmts?.[0]?.stmt?.SelectStmt?.whereClause);
  const unique = [...new Set(equal)].slice(0, 3);
  const firstRange = range.find((c) => !unique.includes(c));
  return firstRange ? [...unique, firstRange] : unique;
}

/** A candidate index tried in the sandbox: the plan without it and with it. */
export interface IndexTrial {
  relation: string;
  columns: string[];
  /** The index as a user would write it (CONCURRENTLY for a table that exists in production). */
  definition: string;
  query: string;
  rows: number;
  without: { scan: string; cost: number };
  /** The plan with the index, or the reason it could not be tried. */
  with: { scan: string; index: string | null; cost: number; text: string } | { error: string };
}

/** The name the tried index gets, so a plan that uses it can be told apart. */
export const TRIAL_INDEX = 'dba_review_trial_idx';

/** schema.table as SQL, each part quoted. */
export const qualify = (relation: string) => relation.split('.').map(pg.escapeIdentifier).join('.');

/**
 * Creates the index inside a transaction, plans the query with it, and rolls back: the
 * suggestion comes with the plan and cost that prove it, and the schema is left as it was.
 */
export async function tryIndex(
  client: pg.Client,
  query: CheckedQuery,
  scan: ScanSummary,
  columns: string[],
  options: { major: number; rows: number; concurrently: boolean; before: PlanSummary },
): Promise<IndexTrial> {
  const columnList = columns.map(pg.escapeIdentifier).join(', ');
  const trial: Omit<IndexTrial, 'with'> = {
    relation: scan.relation,
    columns,
    definition: `CREATE INDEX ${options.concurrently ? 'CONCURRENTLY ' : ''}ON ${scan.relation} (${columns.join(', ')});`,
    query: query.sql,
    rows: options.rows,
    without: { scan: scan.type, cost: options.before.totalCost },
  };
  await client.query('BEGIN');
  try {
    await client.query(`CREATE INDEX ${TRIAL_INDEX} ON ${qualify(scan.relation)} (${columnList})`);
    const plan = await explainQuery(client, query, { analyze: false, major: options.major });
    if (!plan.ok) return { ...trial, with: { error: plan.error } };
    const after = plan.summary.scans.find((s) => s.relation === scan.relation);
    return { ...trial, with: { scan: after?.type ?? 'none', index: after?.indexes[0] ?? null, cost: plan.summary.totalCost, text: plan.text } };
  } catch (err) {
    return { ...trial, with: { error: (err as Error).message } };
  } finally {
    await client.query('ROLLBACK');
  }
}

/** Table columns by qualified name, to tell which names in a filter are columns of the table. */
export async function tableColumns(client: pg.Client, relation: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped`,
    [qualify(relation)],
  );
  return rows.map((r) => r.name);
}

/** Tries an index for each sequential scan of a large table that filters on its columns. */
export async function indexTrials(
  client: pg.Client,
  query: CheckedQuery,
  summary: PlanSummary,
  rows: Record<string, number>,
  options: { major: number; existing: (relation: string) => boolean },
): Promise<IndexTrial[]> {
  const trials: IndexTrial[] = [];
  for (const scan of summary.scans) {
    if (!indexable(scan, rows) || !scan.filter) continue;
    const columns = await filterColumns(scan.filter, await tableColumns(client, scan.relation));
    if (!columns.length) continue;
    trials.push(
      await tryIndex(client, query, scan, columns, {
        major: options.major,
        rows: rows[scan.relation] ?? 0,
        concurrently: options.existing(scan.relation),
        before: summary,
      }),
    );
  }
  return trials;
}
