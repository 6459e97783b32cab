import type { DbaConfig } from '../config/schema.js';
import { tableStats, type ProductionStats, type TableStats } from '../model/productionStats.js';

/**
 * How big a table is and how fast it grows: from production statistics when the review has them
 * (two exports or more give a rate: the change in reltuples between the first and the last, per
 * month), else from the `data:` settings (a size, no rate). Pure: the caller loads the exports.
 */
export interface Growth {
  table: string;
  rows: number;
  /** Rows added per month between the exports; null with fewer than two. */
  perMonth: number | null;
  /** Where the numbers come from; for production, the first and last export's dates. */
  source: { kind: 'production'; from: string; to: string } | { kind: 'settings' };
}

/** A new table with a foreign key to `parent`: its size follows the parent's. */
export interface ChildGrowth {
  child: string;
  parent: Growth;
  /** Child rows per parent row as the data settings size them, where they size the child; else unknown. */
  perParent: number | null;
  /** The child's expected rows a month: the parent's rate times perParent. */
  perMonth: number | null;
}

export type DataSettings = DbaConfig['data'];

const DAYS_PER_MONTH = 365.25 / 12;
/** Past this many rows a year from now, time partitioning is worth planning. */
export const PARTITION_ROWS = 100_000_000;
/** A time column this correlated with the rows' physical order serves a BRIN index well. */
export const BRIN_CORRELATION = 0.9;

/** A bare name means public, as `data.tables` and the stats file say. */
const qualified = (name: string) => (name.includes('.') ? name : `public.${name}`);

function settingsRows(table: string, data: DataSettings): number {
  const bare = table.replace(/^public\./, '');
  return data.tables[table] ?? data.tables[bare] ?? data.rows;
}

/** A table's rows in one export: its own reltuples, or its partitions' for a partitioned table. */
function rowsIn(stats: ProductionStats, table: string): number | undefined {
  const own = tableStats(stats, table);
  if (!own) return undefined;
  const parts = stats.tables.filter((t: TableStats) => t.parent !== null && qualified(t.parent) === table && t.reltuples >= 0);
  if (own.kind === 'partitioned' && parts.length) return parts.reduce((n, p) => n + p.reltuples, 0);
  // -1: never vacuumed or analyzed, so unknown.
  return own.reltuples >= 0 ? own.reltuples : undefined;
}

export function tableGrowth(table: string, data: DataSettings, stats: ProductionStats[] = []): Growth {
  const name = qualified(table);
  const seen = stats
    .map((s) => ({ at: s.exportedAt, time: Date.parse(s.exportedAt), rows: rowsIn(s, name) }))
    .filter((s): s is { at: string; time: number; rows: number } => s.rows !== undefined && !Number.isNaN(s.time))
    .sort((a, b) => a.time - b.time);
  const first = seen[0];
  const last = seen.at(-1);
  if (!first || !last) return { table: name, rows: settingsRows(name, data), perMonth: null, source: { kind: 'settings' } };
  const months = (last.time - first.time) / (DAYS_PER_MONTH * 86_400_000);
  return {
    table: name,
    rows: last.rows,
    perMonth: months > 0 ? Math.round((last.rows - first.rows) / months) : null,
    source: { kind: 'production', from: first.at, to: last.at },
  };
}

/** What a new table with foreign keys to `parents` may grow by, one entry per parent. */
export function childGrowth(child: string, parents: string[], data: DataSettings, stats: ProductionStats[] = []): ChildGrowth[] {
  const name = qualified(child);
  const own = data.tables[name] ?? data.tables[name.replace(/^public\./, '')];
  return parents.map((p) => {
    const parent = tableGrowth(p, data, stats);
    // The ratio the data settings model (child rows per parent row), applied to production's rate.
    const modelled = settingsRows(qualified(p), data);
    const perParent = own !== undefined && modelled > 0 ? own / modelled : null;
    return { child: name, parent, perParent, perMonth: perParent !== null && parent.perMonth !== null ? Math.round(parent.perMonth * perParent) : null };
  });
}

/** A time column's correlation with the rows' order in the newest export that has it. */
export function timeCorrelation(table: string, column: string, stats: ProductionStats[] = []): number | null {
  const newest = [...stats].sort((a, b) => Date.parse(b.exportedAt) - Date.parse(a.exportedAt));
  for (const s of newest) {
    const c = tableStats(s, qualified(table))?.columns.find((x) => x.name === column && !x.inherited)?.correlation;
    if (c !== undefined && c !== null) return c;
  }
  return null;
}

/** Months until a table growing this way passes PARTITION_ROWS, if it does within a year. */
export function monthsToPartitionSize(rows: number, perMonth: number | null): number | null {
  if (rows >= PARTITION_ROWS) return 0;
  if (!perMonth || perMonth <= 0) return null;
  const months = Math.ceil((PARTITION_ROWS - rows) / perMonth);
  return months <= 12 ? months : null;
}
