import type pg from 'pg';
import { STATS_FORMAT, type ColumnStats, type IndexStats, type ProductionStats, type TableStats } from '../model/productionStats.js';
import { looksPersonal, maskColumn } from './personalData.js';

export interface ExportOptions {
  /** Replace the values of columns that look like personal data (personalData.ts). */
  mask: boolean;
  /** Only these schemas (default: every schema but the system's). */
  schemas: string[];
}

const KIND: Record<string, TableStats['kind']> = { r: 'table', p: 'partitioned', m: 'matview' };

// Catalog views and size functions only: no user table is read.
const TABLES = `
SELECT c.oid, n.nspname AS schema, c.relname AS name, c.relkind, c.reltuples, c.relpages, c.relallvisible,
       pg_table_size(c.oid) AS bytes, pg_total_relation_size(c.oid) AS total_bytes,
       coalesce(s.n_dead_tup, 0) AS dead, s.last_vacuum, s.last_autovacuum, s.last_analyze, s.last_autoanalyze,
       (SELECT pn.nspname || '.' || p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
          JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = c.oid AND p.relkind = 'p') AS parent
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
WHERE c.relkind IN ('r', 'p', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'
  AND (cardinality($1::text[]) = 0 OR n.nspname = ANY ($1))
ORDER BY 2, 3`;

const INDEXES = `
SELECT x.indrelid AS table_oid, i.relname AS name, i.relpages, i.reltuples, pg_relation_size(i.oid) AS bytes
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
WHERE x.indrelid = ANY ($1::oid[])
ORDER BY 2`;

// pg_stats shows the rows of columns the role may read: a role without SELECT on a table exports its sizes only.
const COLUMNS = `
SELECT c.oid AS table_oid, s.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, t.typcategory = 'S' AS text_like,
       s.inherited, s.null_frac, s.avg_width, s.n_distinct, s.most_common_vals::text AS mcv, s.most_common_freqs AS mcf,
       s.histogram_bounds::text AS histogram, s.correlation
FROM pg_stats s
JOIN pg_namespace n ON n.nspname = s.schemaname
JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.tablename
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = s.attname
JOIN pg_type t ON t.oid = a.atttypid
WHERE c.oid = ANY ($1::oid[])
ORDER BY s.attname, s.inherited`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Production's statistics as one file: pg_class sizes, pg_stat_user_tables' vacuum record,
 * each index's size, and each column's pg_stats row. Reads catalogs and statistics views only.
 */
export async function exportStats(client: pg.ClientBase, options: ExportOptions): Promise<ProductionStats> {
  const info = await client.query<{ version: string; num: string; db: string }>(
    "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num, current_database() AS db",
  );
  const { version, num, db } = info.rows[0] as { version: string; num: string; db: string };
  const tables = (await client.query(TABLES, [options.schemas])).rows;
  const oids = tables.map((t: { oid: number }) => t.oid);
  const indexes = new Map<number, IndexStats[]>();
  for (const r of (await client.query(INDEXES, [oids])).rows) {
    const list = indexes.get(r.table_oid) ?? [];
    list.push({ name: r.name, relpages: r.relpages, reltuples: r.reltuples, bytes: Number(r.bytes) });
    indexes.set(r.table_oid, list);
  }
  const columns = new Map<number, ColumnStats[]>();
  for (const r of (await client.query(COLUMNS, [oids])).rows) {
    const column: ColumnStats = {
      name: r.name,
      type: r.type,
      inherited: r.inherited,
      nullFrac: r.null_frac,
      avgWidth: r.avg_width,
      nDistinct: r.n_distinct,
      mostCommonVals: r.mcv,
      mostCommonFreqs: r.mcf,
      histogramBounds: r.histogram,
      correlation: r.correlation,
      masked: false,
    };
    const list = columns.get(r.table_oid) ?? [];
    list.push(options.mask && looksPersonal(column.name) ? maskColumn(column, r.text_like) : column);
    columns.set(r.table_oid, list);
  }
  return {
    format: STATS_FORMAT,
    exportedAt: new Date().toISOString(),
    server: { version, major: Math.floor(Number(num) / 10_000) },
    database: db,
    masked: options.mask,
    tables: tables.map((t) => ({
      schema: t.schema,
      name: t.name,
      kind: KIND[t.relkind] as TableStats['kind'],
      reltuples: t.reltuples,
      relpages: t.relpages,
      relallvisible: t.relallvisible,
      bytes: Number(t.bytes),
      totalBytes: Number(t.total_bytes),
      deadTuples: Number(t.dead),
      lastVacuum: iso(t.last_vacuum),
      lastAutovacuum: iso(t.last_autovacuum),
      lastAnalyze: iso(t.last_analyze),
      lastAutoanalyze: iso(t.last_autoanalyze),
      parent: t.parent,
      indexes: indexes.get(t.oid) ?? [],
      columns: columns.get(t.oid) ?? [],
    })),
  };
}
