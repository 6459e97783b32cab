import type pg from 'pg';
import { importStats, withProductionStats, type StatsImport } from '../base/importStats.js';
import type { DbaConfig } from '../config/schema.js';
import { loadStatsFiles, type StatsFileInfo } from '../config/statsSource.js';
import type { ProductionStats } from '../model/productionStats.js';
import type { ReviewGuard } from '../sandbox/guard.js';
import type { PostgresServer } from '../sandbox/server.js';
import type { RepoSource, TreeListing } from '../source/types.js';

/** What a plan was made with when production's statistics were loaded (the review and /dba explain say so). */
export interface StatisticsUsed {
  exportedAt: string;
  source: string;
  tables: number;
  /** The planner saw production's page counts too (see importStats). */
  physicalPages: boolean;
  skipped: string[];
  /** Every file `stats:` names that was read, oldest first. */
  files: StatsFileInfo[];
}

/** The statistics to plan with, or null and why not. */
export interface StatisticsChoice {
  /** What the sandbox plans with: the newest file, when this server can load it. */
  stats: (StatsFileInfo & { stats: ProductionStats; files: StatsFileInfo[] }) | null;
  /** Every file read, oldest first, whatever the server: sizes for the time estimates, growth between exports. */
  exports: ProductionStats[];
  notes: string[];
}

/**
 * The newest statistics file `stats:` names, read from the trusted commit's tree, when this server can
 * load it: pg_restore_*_stats() are PostgreSQL 18's.
 */
export async function chooseStatistics(config: DbaConfig, source: RepoSource, trusted: TreeListing, server: PostgresServer): Promise<StatisticsChoice> {
  if (!config.stats.length) return { stats: null, exports: [], notes: [] };
  const loaded = await loadStatsFiles(config.stats, source, trusted);
  const exports = loaded.files.map((f) => f.stats);
  if (server.major < 18)
    return {
      stats: null,
      exports,
      notes: [
        ...loaded.notes,
        `Importing production statistics (stats:) needs PostgreSQL 18 (pg_restore_relation_stats); this sandbox runs ${server.version}, so plans use the generated rows.`,
      ],
    };
  const files = loaded.files.map(({ source: s, exportedAt }) => ({ source: s, exportedAt }));
  return { stats: loaded.newest ? { ...loaded.newest, files } : null, exports, notes: loaded.notes };
}

/** Loads the chosen statistics into a database used for planning only (its files may be extended: see importStats). */
export async function planWithStatistics(client: pg.ClientBase, server: PostgresServer, choice: StatisticsChoice['stats']): Promise<StatisticsUsed | null> {
  if (!choice) return null;
  const { loaded } = await importStats(client, server, choice.stats);
  return used(choice, loaded);
}

/**
 * `work` (planning) with production's statistics loaded into the database the change runs in,
 * which is then put back as it was (withProductionStats); the guard does not count the holes.
 */
export async function planningWith<T>(
  client: pg.ClientBase,
  server: PostgresServer,
  choice: StatisticsChoice['stats'],
  guard: ReviewGuard,
  work: () => Promise<T>,
): Promise<{ result: T; statistics: StatisticsUsed | null }> {
  if (!choice) return { result: await work(), statistics: null };
  try {
    const { result, loaded } = await withProductionStats(client, server, choice.stats, work, (bytes) => (guard.holes += bytes));
    return { result, statistics: used(choice, loaded) };
  } finally {
    guard.holes = 0;
  }
}

/** What the review and the reply say of statistics loaded from `choice`. */
export function used(choice: NonNullable<StatisticsChoice['stats']>, loaded: StatsImport): StatisticsUsed {
  return { exportedAt: choice.exportedAt, source: choice.source, files: choice.files, ...loaded };
}

/** "planned with production statistics from 2026-11-30 (db/stats.json, 12 tables)", and what was left out. */
export function statisticsLine(used: StatisticsUsed): string {
  const pages = used.physicalPages
    ? ''
    : "; the sandbox's files could not be sized to production's pages, so row estimates are production's but plans of large tables may not be";
  const skipped = used.skipped.length ? `. Not loaded: ${used.skipped.join('; ')}` : '';
  return `Planned with production statistics from ${used.exportedAt.slice(0, 10)} (${used.source}, ${used.tables} ${used.tables === 1 ? 'table' : 'tables'}${pages})${skipped}.`;
}
