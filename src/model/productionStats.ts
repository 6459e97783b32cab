/**
 * What `pg-dba-review stats export` writes and the review loads: production's sizes and value
 * distributions per table, never a row. The file is the contract between the export (run against
 * production with a read-only role) and every stage that plans or estimates at production size.
 */

export const STATS_FORMAT = 'pg-dba-review/stats@1';

export interface ProductionStats {
  format: typeof STATS_FORMAT;
  /** When the export ran (ISO 8601): the review says "planned with production statistics from <date>". */
  exportedAt: string;
  server: { version: string; major: number };
  database: string;
  /** Most-common values and histogram bounds of columns that look like personal data were replaced. */
  masked: boolean;
  tables: TableStats[];
}

export interface TableStats {
  schema: string;
  name: string;
  kind: 'table' | 'partitioned' | 'matview';
  /** pg_class.reltuples (-1: never vacuumed or analyzed). */
  reltuples: number;
  relpages: number;
  relallvisible: number;
  /** pg_table_size: heap, TOAST, free space and visibility maps. */
  bytes: number;
  /** pg_total_relation_size: with indexes. */
  totalBytes: number;
  deadTuples: number;
  lastVacuum: string | null;
  lastAutovacuum: string | null;
  lastAnalyze: string | null;
  lastAutoanalyze: string | null;
  /** The parent of a partition, qualified. */
  parent: string | null;
  indexes: IndexStats[];
  columns: ColumnStats[];
}

export interface IndexStats {
  name: string;
  relpages: number;
  reltuples: number;
  bytes: number;
}

/** One pg_stats row: the values are text as pg_stats shows them (array literals for the lists). */
export interface ColumnStats {
  name: string;
  /** The column's type as format_type shows it: statistics of a column whose type changed since are not loaded. */
  type: string;
  inherited: boolean;
  nullFrac: number;
  avgWidth: number;
  /** Negative: a fraction of the rows (-1: unique). */
  nDistinct: number;
  mostCommonVals: string | null;
  mostCommonFreqs: number[] | null;
  histogramBounds: string | null;
  correlation: number | null;
  /** The values above were masked (--mask): only the frequencies and counts are production's. */
  masked: boolean;
}

/** A table's statistics by qualified name (`schema.table`; a bare name means public). */
export function tableStats(stats: ProductionStats, qualified: string): TableStats | undefined {
  // The schema ends at the first dot: a table's own name may hold more ("public.v1.events").
  const dot = qualified.indexOf('.');
  const [schema, name] = dot === -1 ? ['public', qualified] : [qualified.slice(0, dot), qualified.slice(dot + 1)];
  return stats.tables.find((t) => t.schema === schema && t.name === name);
}
