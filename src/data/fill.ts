import escapeStringRegexp from 'escape-string-regexp';
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import type { CatalogSnapshot, ConstraintInfo, TableInfo } from '../catalog/types.js';
import { checkOf, domainCheckFor, loadParser, readCheck, type Fact } from './checks.js';
import {
  baseTypeOf,
  canBeInjective,
  digitRadix,
  nullShareOf,
  readTypeCatalog,
  resolveType,
  rulesFor,
  seedOf,
  unit,
  valueSql,
  type ResolvedType,
  type Rules,
  type TypeCatalog,
} from './values.js';

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
const relation = (qualifiedName: string, snapshot: CatalogSnapshot) => {
  const t = snapshot.tables[qualifiedName];
  const [schema, name] = t ? [t.schema, t.name] : [qualifiedName.slice(0, qualifiedName.indexOf('.')), qualifiedName.slice(qualifiedName.indexOf('.') + 1)];
  return `${ident(schema)}.${ident(name)}`;
};
const count = async (client: pg.Client, sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);

// Defaults that make keys (sequences, identity, UUID generators) stay: they are distinct already.
const KEY_DEFAULT = /nextval\(|gen_random_uuid\(|uuid_generate_v|uuidv[47]\(/;
/** Share of NULLs in a nullable foreign key column that is not part of a unique key. */
const FK_NULL_SHARE = 0.1;
/** Share of a self-referencing table's rows made first as roots (NULL parent), for later rows to point at. */
const ROOT_SHARE = 0.3;
/** INSERTs per table: later ones make up for rows the filters and unique keys dropped. */
const MAX_ROUNDS = 4;

interface ForeignKey {
  constraint: ConstraintInfo;
  parent: string;
  parentSql: string;
  columns: string[];
  parentColumns: string[];
  /** Every referencing column may be NULL, which skips the check (MATCH SIMPLE and FULL alike when all are NULL). */
  nullable: boolean;
  /** An earlier foreign key sets some of its columns: rows must be checked to match a parent row. */
  overlaps: boolean;
}

type Digit = { fk: number } | { column: string; radix: number | 'unbounded' };

interface ColumnPlan {
  name: string;
  type: string;
  /** The type under its domains: the generating query must not apply a domain's checks before its filter does. */
  baseType: string;
  role: 'value' | 'fk' | 'default' | 'generated';
  resolved: ResolvedType | null;
  rules: Rules;
  notNull: boolean;
  injective: boolean;
  /** Its default makes distinct values: identity, a sequence, a UUID generator. */
  distinctDefault: boolean;
  /** The foreign key (index in TablePlan.fks) that sets it. */
  fk: number | null;
}

interface TablePlan {
  table: TableInfo;
  sql: string;
  columns: ColumnPlan[];
  fks: ForeignKey[];
  /** Mixed-radix digits of the row number that make all-foreign-key unique keys distinct, least significant first. */
  digits: Digit[];
  /** Columns in a unique key or a foreign key. */
  keyed: Set<string>;
  /** `(<check>) IS NOT FALSE` for each enforced CHECK, so no row can fail one. */
  filters: string[];
  /** CHECK constraints the generator cannot aim at; rows failing them are filtered out. */
  unmodelled: string[];
  /** Why the table cannot be filled at all. */
  blocker: string | null;
  /**
   * Whether every unique key is distinct by construction (with enough digit combinations). If not,
   * or when rows are already there, INSERT takes ON CONFLICT DO NOTHING, whose speculative
   * insertion costs about a third more.
   */
  distinct: boolean;
}

function planTable(table: TableInfo, snapshot: CatalogSnapshot, catalog: TypeCatalog): TablePlan {
  const plan: TablePlan = { table, sql: relation(table.qualifiedName, snapshot), columns: [], fks: [], digits: [], keyed: new Set(), filters: [], unmodelled: [], blocker: null, distinct: true };
  const facts: Fact[] = [];
  for (const c of table.constraints) {
    const check = c.type === 'check' ? checkOf(c.definition) : null;
    if (!check) continue;
    const reading = readCheck(check.expression);
    facts.push(...reading.facts);
    if (check.enforced) plan.filters.push(`(${check.expression}) IS NOT FALSE`);
    if (!reading.complete) plan.unmodelled.push(c.name);
  }
  for (const column of table.columns) {
    const resolved = resolveType(column.type, catalog);
    for (const definition of resolved?.checks ?? []) {
      const check = checkOf(definition);
      if (!check) continue;
      facts.push(...readCheck(check.expression, column.name).facts);
      plan.filters.push(`(${domainCheckFor(check.expression, column.name)}) IS NOT FALSE`);
    }
    const rules = rulesFor(column.name, facts);
    const notNull = column.notNull || rules.notNull || (resolved?.notNull ?? false);
    const distinctDefault = column.identity !== null || KEY_DEFAULT.test(column.default ?? '');
    const role: ColumnPlan['role'] = column.generated ? 'generated' : distinctDefault || (!resolved && (column.default !== null || !notNull)) ? 'default' : 'value';
    if (!resolved && role === 'value') plan.blocker ??= `column ${column.name} has type ${column.type}, which the generator does not know, and is NOT NULL without a default`;
    plan.columns.push({ name: column.name, type: column.type, baseType: baseTypeOf(column.type, catalog), role, resolved, rules, notNull, injective: false, distinctDefault, fk: null });
  }
  const byName = new Map(plan.columns.map((c) => [c.name, c]));
  for (const c of table.constraints) {
    if (c.type !== 'foreign key' || !c.references) continue;
    const columns = c.columns.map((n) => byName.get(n));
    // A referencing column the generator does not write (default, generated) keeps what it gets.
    if (columns.some((col) => !col || (col.role !== 'value' && col.role !== 'fk'))) continue;
    const index = plan.fks.length;
    let overlaps = false;
    for (const col of columns as ColumnPlan[]) {
      if (col.role === 'fk') overlaps = true;
      else Object.assign(col, { role: 'fk', fk: index });
      plan.keyed.add(col.name);
    }
    plan.fks.push({
      constraint: c,
      parent: c.references.table,
      parentSql: relation(c.references.table, snapshot),
      columns: c.columns,
      parentColumns: c.references.columns,
      nullable: columns.every((col) => !col?.notNull),
      overlaps,
    });
  }
  planKeys(plan, byName);
  return plan;
}

/**
 * Makes each unique key distinct: one of its columns the generator writes made injective in the
 * row number, or, when all it has are foreign keys and short lists (enums, CHECK lists, booleans,
 * dates), those as digits of the row number in mixed radix.
 */
function planKeys(plan: TablePlan, byName: Map<string, ColumnPlan>): void {
  const keys = new Map<string, string[]>();
  for (const c of plan.table.constraints) if (c.type === 'primary key' || c.type === 'unique') keys.set([...c.columns].sort().join(','), c.columns);
  for (const i of plan.table.indexes) {
    const columns = i.columns.filter((c): c is string => c !== null);
    if (i.unique && columns.length === i.columns.length) keys.set([...columns].sort().join(','), columns);
    else if (i.unique) {
      // An expression such as lower(name): distinct values of the columns it reads make collisions
      // rare (the generated texts differ in more than case), and skipping duplicates does the rest.
      plan.distinct = false;
      const body = i.definition.slice(i.definition.indexOf(' USING '));
      const read = plan.columns.filter((c) => new RegExp(`(^|[^\\w"])"?${escapeStringRegexp(c.name)}"?($|[^\\w"])`).test(body));
      const candidate = read.find((c) => c.role === 'value' && c.resolved && canBeInjective(c.name, c.resolved, c.rules));
      if (candidate && !read.some((c) => c.injective || c.distinctDefault)) candidate.injective = true;
    }
  }
  if (plan.table.constraints.some((c) => c.type === 'exclusion')) plan.distinct = false;
  const digitOf = (d: Digit) => ('fk' in d ? `fk ${d.fk}` : d.column);
  const byDigits: string[][] = [];
  for (const key of [...keys.values()].sort((a, b) => a.length - b.length)) {
    const columns = key.map((n) => byName.get(n)).filter((c): c is ColumnPlan => c !== undefined);
    for (const c of columns) plan.keyed.add(c.name);
    if (columns.some((c) => c.injective || c.distinctDefault)) continue;
    const candidate = columns.find((c) => c.role === 'value' && c.resolved && canBeInjective(c.name, c.resolved, c.rules));
    if (candidate) {
      candidate.injective = true;
      continue;
    }
    const used: string[] = [];
    byDigits.push(used);
    for (const c of columns) {
      const digit: Digit | null = c.fk !== null ? { fk: c.fk } : c.resolved && c.role === 'value' ? radixDigit(c) : null;
      if (!digit) plan.distinct = false;
      if (digit && !used.includes(digitOf(digit))) used.push(digitOf(digit));
      if (!digit || plan.digits.some((d) => digitOf(d) === digitOf(digit))) continue;
      const unbounded = plan.digits.findIndex((d) => 'radix' in d && d.radix === 'unbounded');
      const isUnbounded = 'radix' in digit && digit.radix === 'unbounded';
      // Only the most significant digit can be unbounded; a second one stays an ordinary value.
      if (isUnbounded && unbounded >= 0) {
        plan.distinct = false;
        continue;
      }
      if (!isUnbounded && unbounded >= 0) plan.digits.splice(unbounded, 0, digit);
      else plan.digits.push(digit);
    }
  }
  // A key's digits make it distinct only as the least significant ones: (a) and (a, b), not (b).
  const order = plan.digits.map(digitOf);
  if (byDigits.some((used) => used.some((d) => order.indexOf(d) >= used.length))) plan.distinct = false;
}

function radixDigit(c: ColumnPlan): Digit | null {
  const radix = digitRadix(c.name, c.resolved as ResolvedType, c.rules);
  return radix === null ? null : { column: c.name, radix };
}

/** Parents before children, so foreign keys can point at rows that exist; a cycle is cut where it closes. */
function fkOrder(tables: TableInfo[], snapshot: CatalogSnapshot): TableInfo[] {
  const ordered = new Map<string, TableInfo>();
  const visit = (t: TableInfo, path: Set<string>) => {
    if (ordered.has(t.qualifiedName) || path.has(t.qualifiedName)) return;
    path.add(t.qualifiedName);
    for (const c of t.constraints) {
      const parent = c.references && snapshot.tables[c.references.table];
      if (parent && parent !== t) visit(parent, path);
    }
    ordered.set(t.qualifiedName, t);
  };
  for (const t of tables) visit(t, new Set());
  return [...ordered.values()];
}

interface Round {
  first: number;
  last: number;
  limit: number;
  onConflict: boolean;
  /** Rows each foreign key's parent holds with a full key. */
  parents: number[];
  present: number;
  target: number;
  anchor: number;
  epochOf: Map<string, number>;
  /** Largest existing value of injective number columns, for new values to follow. */
  above: Map<string, number>;
}

/** One INSERT ... SELECT that generates rows `first`..`last` and keeps at most `limit` of them. */
function roundSql(plan: TablePlan, r: Round): string {
  const ctes: string[] = [];
  const joins: string[] = [];
  // Each hash once per row, as a column of the row source: expressions use several bits of one.
  const hashes = new Map<number, string>();
  const hash = (seed: number) => {
    if (!hashes.has(seed)) hashes.set(seed, `h${hashes.size}`);
    return `g.${hashes.get(seed)}`;
  };
  const fkValues = new Map<string, string>();
  const extraFilters: string[] = [];
  const radices = plan.digits.map((d) => ('fk' in d ? Math.max(1, r.parents[d.fk] as number) : d.radix));
  // Digit k of j = i - 1, sheared by the digits below it: tuples stay distinct while j is below
  // the product of radices, and the leading digits do not all sit at 0 when rows are few.
  const raw: string[] = [];
  const digitSql: string[] = [];
  let place = 1;
  for (const radix of radices) {
    const above = place === 1 ? '(g.i - 1)' : `((g.i - 1) / ${place})`;
    if (radix === 'unbounded') {
      digitSql.push(above);
      break;
    }
    digitSql.push(raw.length ? `((${above} % ${radix} + ${raw.join(' + ')}) % ${radix})` : `(${above} % ${radix})`);
    raw.push(`(${above} % ${radix})`);
    place = Math.min(place * radix, Number.MAX_SAFE_INTEGER);
  }
  const digitFor = (match: (d: Digit) => boolean) => {
    const k = plan.digits.findIndex(match);
    return k < 0 ? null : (digitSql[k] as string);
  };
  plan.fks.forEach((fk, k) => {
    const rows = r.parents[k] as number;
    if (rows === 0) return; // NULL: its parent has no rows yet (a cycle, or a self-reference's first rows)
    const alias = `p${k}`;
    const keys = fk.parentColumns.map((c, j) => `${ident(c)} AS k${j}`).join(', ');
    ctes.push(`${alias} AS MATERIALIZED (SELECT ${keys}, row_number() OVER () AS n FROM ${fk.parentSql} WHERE ${fk.parentColumns.map((c) => `${ident(c)} IS NOT NULL`).join(' AND ')})`);
    const digit = digitFor((d) => 'fk' in d && d.fk === k);
    const h = hash(seedOf(plan.table.qualifiedName, fk.constraint.name));
    // Squaring a uniform piles children on the first parents: a few have many, most have some.
    let index = digit ? `1 + ${digit}` : `1 + floor(${rows}::float8 * power(${unit(h)}, 2))::bigint`;
    if (fk.nullable && !digit) index = `CASE WHEN (${h} >> 48 & 65535) < ${Math.round(FK_NULL_SHARE * 65536)} THEN NULL ELSE ${index} END`;
    joins.push(`LEFT JOIN ${alias} ON ${alias}.n = ${index}`);
    fk.columns.forEach((c, j) => {
      if (!fkValues.has(c)) fkValues.set(c, `${alias}.k${j}`);
    });
    if (fk.overlaps) {
      const match = fk.columns.map((c, j) => `x.${ident(fk.parentColumns[j] as string)} = s.${ident(c)}`).join(' AND ');
      extraFilters.push(`(${fk.columns.map((c) => `s.${ident(c)} IS NULL`).join(' OR ')} OR EXISTS (SELECT 1 FROM ${fk.parentSql} x WHERE ${match}))`);
    }
  });
  const select = plan.columns.map((c) => {
    let value: string | null = null;
    if (c.role === 'fk') value = fkValues.get(c.name) ?? null;
    else if (c.role === 'value') {
      const resolved = c.resolved as ResolvedType;
      value = valueSql({
        table: plan.table.qualifiedName,
        column: c.name,
        typeName: c.type,
        type: resolved,
        rules: c.rules,
        injective: c.injective,
        digit: digitFor((d) => 'column' in d && d.column === c.name),
        nullShare: nullShareOf(c.name, !c.notNull, plan.keyed.has(c.name)),
        total: r.target,
        present: r.present,
        above: r.above.get(c.name) ?? null,
        anchor: r.anchor,
        epochOf: r.epochOf,
        hash,
      });
    }
    return `${value ?? `NULL::${c.baseType}`} AS ${ident(c.name)}`;
  });
  const written = plan.columns.filter((c) => c.role === 'value' || c.role === 'fk').map((c) => ident(c.name));
  const filters = [...plan.filters, ...extraFilters];
  return [
    ctes.length ? `WITH ${ctes.join(', ')}` : '',
    `INSERT INTO ${plan.sql}${written.length ? ` (${written.join(', ')})` : ''}`,
    `SELECT ${written.length ? written.map((c) => `s.${c}`).join(', ') : ''} FROM (`,
    `  SELECT ${select.join(',\n    ')}`,
    // OFFSET 0, here and below, stops the planner from inlining the hashes into every use and from
    // pushing the filters down to where they would compute the values a second time.
    `  FROM (SELECT i${[...hashes].map(([seed, alias]) => `, hashint8extended(i, ${seed}) AS ${alias}`).join('')} FROM generate_series(${r.first}::bigint, ${r.last}::bigint) AS i OFFSET 0) AS g ${joins.join(' ')}`,
    `  OFFSET 0) AS s`,
    filters.length ? `WHERE ${filters.join(' AND ')}` : '',
    `LIMIT ${r.limit}${r.onConflict ? ' ON CONFLICT DO NOTHING' : ''}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Time bounds of CHECKs on date and timestamp columns, as epoch seconds the server computes. */
async function timeBounds(client: pg.Client, plan: TablePlan): Promise<Map<string, number>> {
  const literals = plan.columns.flatMap((c) =>
    c.role === 'value' && (c.resolved?.kind.t === 'timestamp' || c.resolved?.kind.t === 'date') ? [...c.rules.lower, ...c.rules.upper].map((b) => b.value.text) : [],
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
  const wanted: Record<string, string> = { enable_mergejoin: 'off', enable_nestloop: 'off', jit: 'off', work_mem: '64MB', ...(superuser ? { session_replication_role: 'replica' } : {}) };
  const names = Object.keys(wanted);
  const set = (values: string[]) => client.query(`SELECT ${names.map((n, k) => `set_config('${n}', $${k + 1}, false)`).join(', ')}`, values);
  const before = (await client.query<{ v: string[] }>(`SELECT ARRAY[${names.map((n) => `current_setting('${n}')`).join(', ')}] AS v`)).rows[0]?.v as string[];
  await set(names.map((n) => wanted[n] as string));
  return { anchor, restore: async () => void (await set(before)) };
}

/** Fills `tables` (qualified names) and the FK parents they need up to rowsFor(table) rows each, then ANALYZEs them. */
export async function fillTables(client: pg.Client, snapshot: CatalogSnapshot, tables: string[], rowsFor: (qualifiedName: string) => number): Promise<FillResult> {
  const started = performance.now();
  const result: FillResult = { rows: {}, generated: {}, notes: [], failures: [], durationMs: 0 };
  const targets = tables.map((n) => snapshot.tables[n]).filter((t): t is TableInfo => t !== undefined);
  await loadParser();
  const catalog = await readTypeCatalog(client);
  const session = await prepareSession(client);
  try {
    for (const table of fkOrder(targets, snapshot)) {
      // A table the schema makes unreadable (a row security policy whose function fails) is left as it is: the others are still filled.
      await fillTable(client, snapshot, catalog, table, Math.floor(rowsFor(table.qualifiedName)), session.anchor, result).catch((err: unknown) => {
        result.failures.push(stepFailure(`Filling ${table.qualifiedName} with rows`, table.qualifiedName, err));
      });
    }
  } finally {
    await session.restore();
  }
  result.durationMs = performance.now() - started;
  return result;
}

async function fillTable(client: pg.Client, snapshot: CatalogSnapshot, catalog: TypeCatalog, table: TableInfo, target: number, anchor: number, result: FillResult): Promise<void> {
  const name = table.qualifiedName;
  const plan = planTable(table, snapshot, catalog);
  const present = await count(client, `SELECT count(*) AS n FROM ${plan.sql}`);
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
      parents.push(await count(client, `SELECT count(*) AS n FROM ${fk.parentSql} WHERE ${fk.parentColumns.map((c) => `${ident(c)} IS NOT NULL`).join(' AND ')}`));
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
    const insert = (skipDuplicates: boolean) => client.query(roundSql(plan, { ...base, first: next, last: next + size - 1, limit, parents, onConflict: skipDuplicates }));
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
  if (combinations < target) reasons.push(`its unique key allows only ${combinations} combinations of ${plan.digits.map((d) => ('fk' in d ? `${plan.fks[d.fk]?.parent} rows` : d.column)).join(' and ')}`);
  if (plan.unmodelled.length) reasons.push(`generated rows that failed CHECK ${plan.unmodelled.join(', ')} were left out`);
  if (!reasons.length) reasons.push('generated rows collided with its unique keys or the rows already there');
  return reasons.join('; ');
}
