import { STATS_FORMAT, type ColumnStats, type ProductionStats, type TableStats } from '../../src/model/productionStats.js';

/** A table's statistics as an export writes them: its rows, the rest empty unless given. */
export function tableStatsOf(name: string, reltuples: number, extra: Partial<TableStats> = {}): TableStats {
  return {
    schema: 'public',
    name,
    kind: 'table',
    reltuples,
    relpages: 0,
    relallvisible: 0,
    bytes: 0,
    totalBytes: 0,
    deadTuples: 0,
    lastVacuum: null,
    lastAutovacuum: null,
    lastAnalyze: null,
    lastAutoanalyze: null,
    parent: null,
    indexes: [],
    columns: [],
    ...extra,
  };
}

export const columnStatsOf = (name: string, correlation: number | null): ColumnStats => ({
  name,
  type: 'timestamp with time zone',
  inherited: false,
  nullFrac: 0,
  avgWidth: 8,
  nDistinct: -1,
  mostCommonVals: null,
  mostCommonFreqs: null,
  histogramBounds: null,
  correlation,
  masked: false,
});

/** One export of production statistics, taken at exportedAt. */
export const exportOf = (exportedAt: string, tables: TableStats[]): ProductionStats => ({
  format: STATS_FORMAT,
  exportedAt,
  server: { version: '16.4', major: 16 },
  database: 'app',
  masked: false,
  tables,
});
