import pg from 'pg';
import { restoreRelation, statsArguments } from '../catalog/statsRestore.js';
import type { ColumnStats, ProductionStats, TableStats } from '../model/productionStats.js';
import type { PostgresServer } from '../sandbox/server.js';
import { extendSparsely, fileLayout, shrinkBack, type FileBefore } from '../sandbox/sparsePages.js';

/** What loading production's statistics into a sandbox database did. */
export interface StatsImport {
  /** Tables whose statistics were loaded. */
  tables: number;
  /** The planner sees production's page counts (the files were extended): plans match production's, not only row estimates. */
  physicalPages: boolean;
  /** What was not loaded and why, one sentence each. */
  skipped: string[];
}

interface SandboxRelation {
  oid: number;
  schema: string;
  name: string;
  path: string | null;
  columns: Record<string, string>;
  indexes: { oid: number; name: string; path: string | null }[];
}

const RELATIONS = `
SELECT c.oid, n.nspname AS schema, c.relname AS name, pg_relation_filepath(c.oid) AS path,
       (SELECT coalesce(json_object_agg(a.attname, format_type(a.atttypid, a.atttypmod)), '{}') FROM pg_attribute a
         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
       (SELECT coalesce(json_agg(json_build_object('oid', i.oid, 'name', i.relname, 'path', pg_relation_filepath(i.oid))), '[]')
          FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = c.oid) AS indexes
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'
ORDER BY 2, 3`;

async function restoreColumn(client: pg.ClientBase, table: TableStats, c: ColumnStats): Promise<boolean> {
  // Values without their frequencies (a masked non-text column) cannot be restored: neither is given.
  const mcv = c.mostCommonVals !== null && c.mostCommonFreqs !== null;
  const { sql, params } = statsArguments([
    ['schemaname', table.schema, 'text'],
    ['relname', table.name, 'text'],
    // 'attname' must be text: a name-typed value is not found (PostgreSQL 18).
    ['attname', c.name, 'text'],
    ['inherited', c.inherited, 'boolean'],
    ['null_frac', c.nullFrac, 'real'],
    ['avg_width', c.avgWidth, 'integer'],
    ['n_distinct', c.nDistinct, 'real'],
    ['most_common_vals', mcv ? c.mostCommonVals : null, 'text'],
    ['most_common_freqs', mcv ? c.mostCommonFreqs : null, 'real[]'],
    ['histogram_bounds', c.histogramBounds, 'text'],
    ['correlation', c.correlation, 'real'],
  ]);
  // Restoring merges into what the column has (the generated rows' ANALYZE): a list production lacks must not survive from there.
  await client.query('SELECT pg_clear_attribute_stats($1::text, $2::text, $3::text, $4::boolean)', [table.schema, table.name, c.name, c.inherited]);
  const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_restore_attribute_stats(${sql}) AS ok`, params);
  return rows[0]?.ok === true;
}

/**
 * Loads production's statistics into the tables of the session's database that the file holds:
 * sizes, index sizes and each column's distribution, through pg_restore_relation_stats() and
 * pg_restore_attribute_stats() (PostgreSQL 18). Where this process owns the data directory, the
 * files of those tables and indexes are extended sparsely to production's page counts, since the
 * planner takes pages from the files: the database must then serve planning only (a seq scan
 * would read the holes). Elsewhere pg_class keeps the sandbox's pages with production's rows, so
 * row estimates are production's but costs of large scans are not.
 */
export async function importStats(
  client: pg.ClientBase,
  server: PostgresServer,
  stats: ProductionStats,
  /** Told the bytes of holes about to be added, before they are: a disk guard must not count them. */
  beforeResize: (bytes: number) => void = () => {},
): Promise<{ loaded: StatsImport; resized: FileBefore[]; tables: string[] }> {
  const relations = (await client.query<SandboxRelation>(RELATIONS)).rows;
  const layout = await fileLayout(client);
  let physicalPages = server.dataDir !== undefined;
  const skipped: string[] = [];
  const missing: string[] = [];
  const resized: FileBefore[] = [];
  const loaded: string[] = [];
  for (const rel of relations) {
    const qualified = `${rel.schema}.${rel.name}`;
    const table = stats.tables.find((t) => t.schema === rel.schema && t.name === rel.name);
    if (!table) {
      missing.push(qualified);
      continue;
    }
    // The pages the planner is to see: production's where the files can be extended, else the files' own (pg_class then
    // keeps production's rows in the planner's density arithmetic: tuples = reltuples / relpages * pages of the files).
    const pagesOf = async (oid: number, path: string | null, production: number) => {
      const { rows } = await client.query<{ size: string }>('SELECT pg_relation_size($1) AS size', [oid]);
      const now = Math.ceil(Number(rows[0]?.size ?? 0) / layout.blockSize);
      if (!physicalPages || !path || production <= now) return now;
      beforeResize((production - now) * layout.blockSize);
      try {
        resized.push(...(await extendSparsely(server.dataDir as string, path, production, layout)));
        return production;
      } catch (err) {
        // A data directory this process may not write after all (another OS user's): row estimates only, and said.
        physicalPages = false;
        skipped.push(`production's page counts: the sandbox's files could not be sized (${(err as Error).message})`);
        return now;
      }
    };
    const pages = await pagesOf(rel.oid, rel.path, table.relpages);
    await restoreRelation(client, rel.schema, rel.name, pages, table.reltuples, Math.min(pages, table.relallvisible));
    for (const index of rel.indexes) {
      const production = table.indexes.find((i) => i.name === index.name);
      if (production) await restoreRelation(client, rel.schema, index.name, await pagesOf(index.oid, index.path, production.relpages), production.reltuples, 0);
      else skipped.push(`index ${index.name} of ${qualified}: not in production`);
    }
    for (const column of table.columns) {
      const here = rel.columns[column.name];
      if (here === undefined) skipped.push(`${qualified}.${column.name}: no such column here`);
      else if (here !== column.type) skipped.push(`${qualified}.${column.name}: ${column.type} in production, ${here} here`);
      else if (!(await restoreColumn(client, table, column))) skipped.push(`${qualified}.${column.name}: PostgreSQL refused part of its statistics`);
    }
    loaded.push(`${pg.escapeIdentifier(rel.schema)}.${pg.escapeIdentifier(rel.name)}`);
  }
  if (missing.length) skipped.unshift(`${missing.length === 1 ? 'table' : 'tables'} not in the statistics file: ${missing.join(', ')}`);
  return { loaded: { tables: loaded.length, physicalPages, skipped }, resized, tables: loaded };
}

/**
 * Production's statistics for the length of `work` (planning), then the database as the change
 * needs it: the files shrunk back and the tables analyzed again (their rows are few: ANALYZE
 * reads them all), so the change's traces and timings are the generated rows' own.
 */
export async function withProductionStats<T>(
  client: pg.ClientBase,
  server: PostgresServer,
  stats: ProductionStats,
  work: (loaded: StatsImport) => Promise<T>,
  beforeResize?: (bytes: number) => void,
): Promise<{ result: T; loaded: StatsImport }> {
  const { loaded, resized, tables } = await importStats(client, server, stats, beforeResize);
  try {
    return { result: await work(loaded), loaded };
  } finally {
    await shrinkBack(resized);
    // A table ANALYZE cannot read (an index expression that fails; the fill said so) keeps production's
    // distributions, and production's density over its own pages: about its own rows.
    for (const t of tables) await client.query(`ANALYZE ${t}`).catch(() => {});
  }
}
