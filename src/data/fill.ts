import pg from 'pg';
import { performance } from 'node:perf_hooks';
import type { CatalogState, TableInfo } from '../catalog/types.js';
import { loadParser } from './checks.js';
import { roundSql } from './roundSql.js';
import { fkOrder, planTable, type TablePlan } from './tablePlan.js';
import { readTypeCatalog } from './columnTypes.js';
import { RowCacheSession, type RowCache } from './rowCache.js';

/**
 * Rows for the sandbox's tables, so that rewrites, validations and plans cost what they would in
 * production. Each table is filled by INSERT ... SELECT over generate_series: values are computed
 * from the row number (values.ts), foreign keys pick parent rows by a computed row index joined
 * to the numbered parent rows, and a filter on every CHECK keeps out rows that would fail one.
 * Parents go first; a table comes out short only when its constraints leave too few rows, and
 * the notes say so.
 */

export interface FillResult {
  /** Rows each table holds once filled (qualified name -> rows). */
  rows: Record<string, number>;
  /** Rows the generator added (qualified name -> rows), as opposed to those the history put there. */
  generated: Record<string, number>;
  /** Things a user should know, in plain words: a table not filled or filled short, and why. */
  notes: string[];
  /** Steps that failed on what the schema holds (an index expression ANALYZE cannot evaluate): the rest of the fill went on. */
  failures: StepFailure[];
  /** Milliseconds spent generating and analysing. */
  durationMs: number;
}

/** A step of the review's own work on the database that PostgreSQL refused, and where it was. */
export interface StepFailure {
  /** What was being done, e.g. `ANALYZE public.notes`. */
  step: string;
  table: string;
  /** PostgreSQL's message, its SQLSTATE, and its context (the function that was running). */
  message: string;
  code?: string;
  where?: string;
}

/**
 * The failure a PostgreSQL error makes of `step`; anything else (the session lost, the guard
 * ending it, a bug) is thrown again, to end the review as before.
 */
export function stepFailure(step: string, table: string, err: unknown): StepFailure {
  const e = err as { code?: unknown; message?: string; where?: unknown };
  // Lost connections (08), operator intervention such as the guard's pg_terminate_backend (57P): not the schema's doing.
  if (typeof e.code !== 'string' || /^(08|57P)/.test(e.code)) throw err;
  return { step, table, message: e.message ?? String(err), code: e.code, ...(typeof e.where === 'string' && e.where ? { where: e.where } : {}) };
}

/** The first line of the error's context (the function that was running), in parentheses. */
export function failureContext(f: StepFailure): string {
  return f.where ? ` (${f.where.split('\n')[0]})` : '';
}

/** A failure in plain words, for notes: `ANALYZE public.notes failed: … (PL/pgSQL function …)`. */
export function describeFailure(f: StepFailure): string {
  return `${f.step} failed: ${f.message}${failureContext(f)}.`;
}

const ident = pg.escapeIdentifier;
const count = async (client: pg.Client, sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);

/** Share of a self-referencing table's rows made first as roots (NULL parent), for later rows to point at. */
const ROOT_SHARE = 0.3;
/** INSERTs per table: later ones make up for rows the filters and unique keys dropped. */
const MAX_ROUNDS = 4;

/** Time bounds of CHECKs on date and timestamp columns, as epoch seconds the server computes. */
async function timeBounds(client: pg.Client, plan: TablePlan): Promise<Map<string, number>> {
  const literals = plan.columns.flatMap((c) =>
    c.role === 'value' && (c.resolved?.kind.t === 'timestamp' || c.resolved?.kind.t === 'date')
      ? [...c.bounds.lower, ...c.bounds.upper].map((b) => b.value.text)
      : [],
  );
  const epochs = new Map<string, number>();
  for (const text of new Set(literals)) {
    try {
      epochs.set(text, Number((await client.query<{ e: number }>('SELECT extract(epoch FROM $1::timestamptz)::float8 AS e', [text])).rows[0]?.e));
    } catch {
      // Not a time (a function's text, say): the filter still holds the rows to the CHECK.
    }
  }
  return epochs;
}

/** Largest values of the injective number columns, when the table already has rows. */
async function existingMaxima(client: pg.Client, plan: TablePlan): Promise<Map<string, number>> {
  const maxima = new Map<string, number>();
  for (const c of plan.columns) {
    if (!c.injective || c.resolved?.kind.t !== 'number') continue;
    const scale = 10 ** c.resolved.kind.scale;
    const max = (await client.query<{ m: number | null }>(`SELECT max(${ident(c.name)})::float8 * ${scale} AS m FROM ${plan.sql}`)).rows[0]?.m;
    if (max !== null && max !== undefined) maxima.set(c.name, max);
  }
  return maxima;
}

interface Session {
  anchor: number;
  restore: () => Promise<void>;
}

/**
 * Settings for the fill, put back afterwards: hash joins (the parent lookup is an equality on a
 * computed row index, which the planner misjudges), no JIT (compiling costs more than it saves
 * here), and for a superuser no triggers (`session_replication_role = replica`): foreign keys are
 * satisfied by construction, and their per-row checks would take most of the time.
 */
async function prepareSession(client: pg.Client): Promise<Session> {
  const { superuser, anchor } = (
    await client.query<{ superuser: boolean; anchor: number }>(
      `SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser, extract(epoch FROM date_trunc('day', now()))::float8 AS anchor`,
    )
  ).rows[0] as { superuser: boolean; anchor: number };
  const wanted: Record<string, string> = {
    enable_mergejoin: 'off',
    enable_nestloop: 'off',
    jit: 'off',
    work_mem: '64MB',
    ...(superuser ? { session_replication_role: 'replica' } : {}),
  };
  const names = Object.keys(wanted);
  const set = (values: string[]) => client.query(`SELECT ${names.map((n, k) => `set_config('${n}', $${k + 1}, false)`).join(', ')}`, values);
  const before = (await client.query<{ v: string[] }>(`SELECT ARRAY[${names.map((n) => `current_setting('${n}')`).join(', ')}] AS v`)).rows[0]?.v as string[];
  await set(names.map((n) => wanted[n] as string));
  return { anchor, restore: async () => void (await set(before)) };
}

/**
 * Fills `tables` (qualified names) and the FK parents they need up to rowsFor(table) rows each,
 * then ANALYZEs them; with a `cache`, an empty table whose rows an earlier fill generated alike
 * is loaded from them instead, and the rows generated here are kept.
 */
export async function fillTables(
  client: pg.Client,
  catalog: CatalogState,
  tables: string[],
  rowsFor: (qualifiedName: string) => number,
  cache?: RowCache | null,
): Promise<FillResult> {
  const started = performance.now();
  const result: FillResult = { rows: {}, generated: {}, notes: [], failures: [], durationMs: 0 };
  const targets = tables.map((n) => catalog.tables[n]).filter((t): t is TableInfo => t !== undefined);
  await loadParser();
  const types = await readTypeCatalog(client);
  const session = await prepareSession(client);
  const cached = cache ? new RowCacheSession(client, cache) : null;
  try {
    for (const table of fkOrder(targets, catalog)) {
      const name = table.qualifiedName;
      const plan = planTable(table, catalog, types);
      const target = Math.floor(rowsFor(name));
      const [notes, failures] = [result.notes.length, result.failures.length];
      try {
        const present = await count(client, `SELECT count(*) AS n FROM ${plan.sql}`);
        const empty = present === 0;
        const loaded = empty ? await cached?.load(plan, target) : null;
        if (loaded) {
          result.rows[name] = loaded.rows;
          if (loaded.generated) result.generated[name] = loaded.generated;
          result.notes.push(...loaded.notes);
          continue;
        }
        await fillTable(client, plan, target, present, session.anchor, result);
        const filled =
          result.failures.length === failures
            ? { rows: result.rows[name] ?? 0, generated: result.generated[name] ?? 0, notes: result.notes.slice(notes) }
            : null;
        await cached?.keep(plan, target, empty, filled);
      } catch (err) {
        // A table the schema makes unreadable (a row security policy whose function fails) is left as it is: the others are still filled.
        result.failures.push(stepFailure(`Filling ${name} with rows`, name, err));
      }
    }
  } finally {
    await session.restore();
  }
  result.durationMs = performance.now() - started;
  return result;
}

async function fillTable(client: pg.Client, plan: TablePlan, target: number, present: number, anchor: number, result: FillResult): Promise<void> {
  const { table } = plan;
  const name = table.qualifiedName;
  result.rows[name] = present;
  if (target <= 0 || present >= target) return;
  if (plan.blocker) {
    result.notes.push(`${name} was not filled: ${plan.blocker}; it has ${present} rows.`);
    return;
  }
  const base = { present, target, anchor, epochOf: await timeBounds(client, plan), above: await existingMaxima(client, plan) };
  const selfReferencing = plan.fks.some((fk) => fk.parent === name && fk.nullable);
  const leftNull = new Set<string>();
  const short = () => `${name} was ${inserted ? `filled short (${present + inserted} of ${target} rows)` : 'not filled'}`;
  let inserted = 0;
  let next = present + 1;
  let yieldRate = 1;
  let parents: number[] = [];
  let stopped = false;
  let onConflict = false;
  for (let attempt = 0; attempt < MAX_ROUNDS && present + inserted < target; attempt++) {
    parents = [];
    for (const fk of plan.fks) {
      parents.push(
        await count(client, `SELECT count(*) AS n FROM ${fk.parentSql} WHERE ${fk.parentColumns.map((c) => `${ident(c)} IS NOT NULL`).join(' AND ')}`),
      );
    }
    const orphan = plan.fks.find((fk, k) => parents[k] === 0 && !fk.nullable);
    if (orphan) {
      result.notes.push(`${short()}: its foreign key ${orphan.constraint.name} needs rows in ${orphan.parent}, which has none.`);
      stopped = true;
      break;
    }
    plan.fks.forEach((fk, k) => {
      if (parents[k] === 0 && fk.parent !== name) leftNull.add(`${fk.columns.join(', ')} left NULL: ${fk.parent} had no rows yet (a foreign key cycle)`);
    });
    const wanted = target - present - inserted;
    // A self-reference needs rows to point at: roots first, then rows that reference them.
    const limit = selfReferencing && present + inserted === 0 ? Math.ceil(wanted * ROOT_SHARE) : wanted;
    // Generate enough rows for the filters and conflicts seen so far to leave `limit`.
    const size = Math.min(Math.ceil(limit / Math.max(yieldRate, 0.05)), limit * 20);
    const insert = (skipDuplicates: boolean) =>
      client.query(roundSql(plan, { ...base, first: next, last: next + size - 1, limit, parents, onConflict: skipDuplicates }));
    onConflict ||= present + inserted > 0 || !plan.distinct || digitCapacity(plan, parents) < next - 1 + size;
    let added: number;
    try {
      const inserting = insert(onConflict).catch(async (err: { code?: string }) => {
        // A unique key the plan thought distinct was not (a wrapped number, a cut text): once more, skipping duplicates.
        if (err.code !== '23505' || onConflict) throw err;
        onConflict = true;
        return insert(true);
      });
      added = (await inserting).rowCount ?? 0;
    } catch (err) {
      const hint = table.partitioned ? ' (its partitions may not take the generated values)' : '';
      result.notes.push(`${short()}: ${(err as Error).message}${hint}.`);
      stopped = true;
      break;
    }
    inserted += added;
    next += size;
    yieldRate = added / size;
    if (added === 0) break;
  }
  if (!stopped && present + inserted < target) result.notes.push(`${short()}: ${shortReason(plan, parents, target)}.`);
  for (const what of leftNull) result.notes.push(`${name}: ${what}.`);
  if (inserted > 0) {
    result.rows[name] = present + inserted;
    result.generated[name] = inserted;
    await client.query(`ANALYZE ${plan.sql}`).catch((err: unknown) => {
      result.failures.push(stepFailure(`ANALYZE ${name}`, name, err));
    });
  }
}

/** How many distinct tuples the mixed-radix digits give (Infinity without digits or with an unbounded one). */
function digitCapacity(plan: TablePlan, parents: number[]): number {
  const radices = plan.digits.map((d) => ('fk' in d ? (parents[d.fk] as number) : d.radix));
  return radices.length && !radices.includes('unbounded') ? (radices as number[]).reduce((a, b) => a * b, 1) : Infinity;
}

function shortReason(plan: TablePlan, parents: number[], target: number): string {
  const reasons: string[] = [];
  const combinations = digitCapacity(plan, parents);
  if (combinations < target)
    reasons.push(
      `its unique key allows only ${combinations} combinations of ${plan.digits.map((d) => ('fk' in d ? `${plan.fks[d.fk]?.parent} rows` : d.column)).join(' and ')}`,
    );
  if (plan.unmodelled.length) reasons.push(`generated rows that failed CHECK ${plan.unmodelled.join(', ')} were left out`);
  if (!reasons.length) reasons.push('generated rows collided with its unique keys or the rows already there');
  return reasons.join('; ');
}
