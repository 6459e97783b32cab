// The SQL of one round of generated rows for a planned table: INSERT ... SELECT over generate_series.

import pg from 'pg';
import type { Digit, TablePlan } from './tablePlan.js';
import type { ResolvedType } from './columnTypes.js';
import { nullShareOf, seedOf, unit, valueSql } from './values.js';

const ident = pg.escapeIdentifier;
/** Share of NULLs in a nullable foreign key column that is not part of a unique key. */
const FK_NULL_SHARE = 0.1;

export interface Round {
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
export function roundSql(plan: TablePlan, r: Round): string {
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
    ctes.push(
      `${alias} AS MATERIALIZED (SELECT ${keys}, row_number() OVER () AS n FROM ${fk.parentSql} WHERE ${fk.parentColumns.map((c) => `${ident(c)} IS NOT NULL`).join(' AND ')})`,
    );
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
        bounds: c.bounds,
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
