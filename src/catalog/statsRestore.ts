import type pg from 'pg';

/** pg_restore_*_stats take their arguments as name/value pairs; a null value is left out. */
export function statsArguments(values: [string, unknown, string][]): { sql: string; params: unknown[] } {
  const given = values.filter(([, v]) => v !== null && v !== undefined);
  return {
    sql: given.map(([k, , type], i) => `'${k}', $${i + 1}::${type}`).join(', '),
    params: given.map(([, v]) => v),
  };
}

/** Sets a relation's (a table's or an index's) size as the planner reads it, through pg_restore_relation_stats (PostgreSQL 18). */
export async function restoreRelation(client: pg.ClientBase, schema: string, name: string, pages: number, tuples: number, allVisible: number): Promise<void> {
  const { sql, params } = statsArguments([
    ['schemaname', schema, 'text'],
    ['relname', name, 'text'],
    ['relpages', pages, 'integer'],
    ['reltuples', tuples, 'real'],
    ['relallvisible', allVisible, 'integer'],
  ]);
  await client.query(`SELECT pg_restore_relation_stats(${sql})`, params);
}

/** One table's statistics as ANALYZE left them in a sandbox database: sizes, and every column's pg_stats row. */
export interface TableStatistics {
  /** The table, then its indexes. */
  relations: { name: string; pages: number; tuples: number; allVisible: number }[];
  /** pg_stats' fields, by the names pg_restore_attribute_stats takes (arrays of values as text). */
  columns: Record<string, string | number | boolean | number[] | null>[];
}

// pg_stats' columns and the types pg_restore_attribute_stats takes them as.
const ATTRIBUTE_FIELDS: [string, string][] = [
  ['null_frac', 'real'],
  ['avg_width', 'integer'],
  ['n_distinct', 'real'],
  ['most_common_vals', 'text'],
  ['most_common_freqs', 'real[]'],
  ['histogram_bounds', 'text'],
  ['correlation', 'real'],
  ['most_common_elems', 'text'],
  ['most_common_elem_freqs', 'real[]'],
  ['elem_count_histogram', 'real[]'],
  ['range_length_histogram', 'text'],
  ['range_empty_frac', 'real'],
  ['range_bounds_histogram', 'text'],
];
const TEXT_FIELDS = new Set(ATTRIBUTE_FIELDS.filter(([, type]) => type === 'text').map(([name]) => name));

/** What ANALYZE found for `schema`.`table` (a table without expression indexes: their statistics are the index's own). */
export async function readTableStatistics(client: pg.ClientBase, schema: string, table: string): Promise<TableStatistics> {
  const relations = await client.query<{ name: string; pages: number; tuples: number; allVisible: number }>(
    `SELECT c.relname AS name, c.relpages AS pages, c.reltuples::float8 AS tuples, c.relallvisible AS "allVisible"
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND (c.relname = $2 OR c.oid IN (SELECT x.indexrelid FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid WHERE t.relnamespace = n.oid AND t.relname = $2))
      ORDER BY c.relname <> $2, c.relname`,
    [schema, table],
  );
  const fields = ATTRIBUTE_FIELDS.map(([name]) => (TEXT_FIELDS.has(name) ? `${name}::text AS ${name}` : name)).join(', ');
  const columns = await client.query(
    `SELECT attname, inherited, ${fields} FROM pg_stats WHERE schemaname = $1 AND tablename = $2 ORDER BY attname, inherited`,
    [schema, table],
  );
  return { relations: relations.rows, columns: columns.rows };
}

/** Puts back what readTableStatistics read, on a table holding the same rows (PostgreSQL 18). */
export async function restoreTableStatistics(client: pg.ClientBase, schema: string, stats: TableStatistics): Promise<void> {
  for (const r of stats.relations) await restoreRelation(client, schema, r.name, r.pages, r.tuples, r.allVisible);
  const table = stats.relations[0]?.name;
  for (const c of stats.columns) {
    const { sql, params } = statsArguments([
      ['schemaname', schema, 'text'],
      ['relname', table, 'text'],
      ['attname', c.attname, 'text'],
      ['inherited', c.inherited, 'boolean'],
      ...ATTRIBUTE_FIELDS.map(([name, type]): [string, unknown, string] => [name, c[name], type]),
    ]);
    const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_restore_attribute_stats(${sql}) AS ok`, params);
    if (rows[0]?.ok !== true) throw new Error(`PostgreSQL refused part of the statistics of ${schema}.${table}.${String(c.attname)}`);
  }
}
