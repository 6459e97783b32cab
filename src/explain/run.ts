import { parse } from 'libpg-query';
import type pg from 'pg';
import { runtimeFindings, summarizePlan, type PlanResult } from './plan.js';

/** Statement kinds EXPLAIN accepts that a user would ask about. */
const EXPLAINABLE = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

export interface CheckedQuery {
  sql: string;
  /** The query has $n parameters (as ORMs write them). */
  hasParameters: boolean;
  /** What the query reads or writes: 'read' takes ACCESS SHARE, 'lock' ROW SHARE (FOR UPDATE/SHARE), 'write' ROW EXCLUSIVE. */
  access: 'read' | 'lock' | 'write';
}

/**
 * One explainable statement, or a message saying why not. Parsing first means the text can only
 * ever be the one query EXPLAIN wraps: a second statement smuggled after a semicolon is refused.
 */
export async function checkQuery(text: string): Promise<{ ok: true; query: CheckedQuery } | { ok: false; error: string }> {
  const sql = text.trim().replace(/;\s*$/, '');
  if (!sql) return { ok: false, error: 'There is no query to explain.' };
  let stmts;
  try {
    stmts = (await parse(sql)).stmts ?? [];
  } catch (err) {
    return { ok: false, error: `The query does not parse: ${(err as Error).message}` };
  }
  if (stmts.length !== 1) return { ok: false, error: `Give exactly one query; this text holds ${stmts.length} statements.` };
  const node = stmts[0]?.stmt as unknown as Record<string, Record<string, unknown>>;
  const kind = Object.keys(node)[0] ?? '';
  if (kind === 'ExplainStmt') return { ok: false, error: 'Write the query without EXPLAIN: the bot adds it (and ANALYZE when asked with `explain analyze`).' };
  if (!EXPLAINABLE.has(kind)) return { ok: false, error: `Only SELECT, INSERT, UPDATE, DELETE and MERGE can be explained, not ${kind.replace(/Stmt$/, '')}.` };
  const body = node[kind] as Record<string, unknown>;
  const access = kind !== 'SelectStmt' ? 'write' : Array.isArray(body.lockingClause) && body.lockingClause.length ? 'lock' : 'read';
  return { ok: true, query: { sql, hasParameters: JSON.stringify(node).includes('"ParamRef"'), access } };
}

export interface ExplainOptions {
  /** EXPLAIN (ANALYZE, BUFFERS) inside a transaction that is always rolled back. */
  analyze: boolean;
  /** The server's major version: GENERIC_PLAN needs 16. */
  major: number;
}

/** The user-facing words for a query Postgres refused or cut off. */
function failure(err: unknown): PlanResult {
  const e = err as { message?: string; code?: string };
  const timedOut = e.code === '57014';
  return {
    ok: false,
    error: timedOut ? `The query was cut off by statement_timeout (${e.message ?? 'canceling statement'}).` : (e.message ?? String(err)),
    ...(e.code ? { code: e.code } : {}),
    timedOut,
  };
}

/**
 * EXPLAIN of one checked query on the session's schema. The structure comes from the JSON plan
 * (VERBOSE, for schema-qualified names); the text shown is EXPLAIN's own. With `analyze`, the
 * query really runs, inside a transaction rolled back whatever happens.
 */
export async function explainQuery(client: pg.Client, query: CheckedQuery, options: ExplainOptions): Promise<PlanResult> {
  const generic = query.hasParameters;
  if (generic && options.major < 16) {
    return {
      ok: false,
      error: `The query has $n parameters: planning it without values needs EXPLAIN (GENERIC_PLAN), which PostgreSQL ${options.major} lacks (16+). Put example values in their place.`,
      timedOut: false,
    };
  }
  if (generic && options.analyze) {
    return {
      ok: false,
      error: 'EXPLAIN ANALYZE runs the query, so it needs values for its $n parameters: put example values in their place.',
      timedOut: false,
    };
  }
  const flags = generic ? 'GENERIC_PLAN, ' : '';
  try {
    const json = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (${flags}VERBOSE, FORMAT JSON) ${query.sql}`);
    const summary = summarizePlan(json.rows[0]?.['QUERY PLAN']);
    let text: string;
    if (options.analyze) {
      await client.query('BEGIN');
      try {
        text = planText(await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`));
      } finally {
        await client.query('ROLLBACK');
      }
    } else {
      text = planText(await client.query(`EXPLAIN ${generic ? '(GENERIC_PLAN) ' : ''}${query.sql}`));
    }
    return { ok: true, text, summary, generic, analyzed: options.analyze, runtime: options.analyze ? runtimeFindings(text) : [] };
  } catch (err) {
    return failure(err);
  }
}

function planText(result: pg.QueryResult): string {
  return result.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
}
