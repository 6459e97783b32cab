// Time at production size: each statement that rewrites, scans or indexes an existing table,
// measured at two sizes of generated rows, fitted per row and per MB, extrapolated (docs/estimates.md).

import type { FileOutcome, StatementOutcome } from '../apply/types.js';
import type { Estimate, EstimateSample, TableSize } from '../model/estimate.js';
import { tableStats, type ProductionStats } from '../model/productionStats.js';

/** One run of the change: its outcomes and the sizes of the existing tables before it. */
export interface SizedRun {
  files: FileOutcome[];
  sizes: Record<string, TableSize>;
}

/** The size to extrapolate to, per qualified table name, and what it comes from. */
export interface TargetSizes {
  size: (table: string) => TableSize | undefined;
  sizeFrom: Estimate['sizeFrom'];
  /** Said in the basis, e.g. "production statistics exported 2026-12-01". */
  source: string;
}

/**
 * Each bound is widened by this factor: two sizes measured once each on a shared machine spread
 * by up to 2-3x between runs (measured: docs/estimates.md), and production's disks and caches are not the sandbox's.
 */
export const MARGIN = 2;

/** The sizes `stats export` recorded (tables never analyzed, reltuples -1, have none). */
export function statsSizes(stats: ProductionStats): TargetSizes {
  return {
    size: (table) => {
      const t = tableStats(stats, table);
      return t && t.reltuples >= 0 ? { rows: Math.round(t.reltuples), bytes: t.bytes } : undefined;
    },
    sizeFrom: 'production statistics',
    source: `production statistics exported ${stats.exportedAt.slice(0, 10)}`,
  };
}

/** What a statement measurably did to an existing table, and to which: the largest it rewrote, indexed or scanned. */
function workOf(s: StatementOutcome, sizes: Record<string, TableSize>): { table: string; work: Estimate['work'] } | undefined {
  const candidates: { table: string; work: Estimate['work'] }[] = [
    ...(s.rewrites ?? []).filter((r) => sizes[r]).map((table) => ({ table, work: 'rewrite' as const })),
    ...(s.scans ?? [])
      .filter((sc) => sizes[sc.relation])
      .map((sc) => ({ table: sc.relation, work: s.kind === 'IndexStmt' ? ('index build' as const) : ('scan' as const) })),
  ];
  return candidates.sort((a, b) => (sizes[b.table]?.rows ?? 0) - (sizes[a.table]?.rows ?? 0))[0];
}

/** Whether the work sorts (an index built, or rebuilt with a rewrite): n log n, not n. */
function sorts(s: StatementOutcome, work: Estimate['work']): boolean {
  return work === 'index build' || (work === 'rewrite' && (s.rewrites?.length ?? 0) > 1);
}

/**
 * The range for a target size from two samples. Four ways to scale: the larger sample's time per
 * row and per byte (proportional, fixed costs included, so leaning high) and the marginal time per
 * row and per byte between the samples (fixed costs left out). The range spans them, each bound
 * widened by MARGIN; work that sorts gets log N / log n more at the top. Samples that did not grow
 * with size (the larger no slower) leave the marginal out: the fit failed, the basis says so.
 */
export function fitRange(samples: [EstimateSample, EstimateSample], target: TableSize, sorting: boolean): { seconds: [number, number]; fitted: boolean } {
  const [a, b] = samples;
  const scaled = [b.ms * (target.rows / b.rows), b.ms * (target.bytes / b.bytes)];
  const fitted = b.ms > a.ms && b.rows > a.rows && b.bytes > a.bytes;
  if (fitted)
    scaled.push(b.ms + ((b.ms - a.ms) / (b.rows - a.rows)) * (target.rows - b.rows), b.ms + ((b.ms - a.ms) / (b.bytes - a.bytes)) * (target.bytes - b.bytes));
  else scaled.push(a.ms * (target.rows / a.rows), a.ms * (target.bytes / a.bytes));
  const positive = scaled.filter((x) => Number.isFinite(x) && x > 0);
  const growth = sorting && target.rows > b.rows && b.rows > 1 ? Math.log(target.rows) / Math.log(b.rows) : 1;
  const low = Math.min(...positive) / MARGIN;
  const high = Math.max(...positive) * MARGIN * growth;
  return { seconds: [low / 1000, high / 1000], fitted };
}

const mb = (bytes: number) => `${Number((bytes / 1024 / 1024).toPrecision(2))} MB`;
const sample = (s: EstimateSample) => `${s.rows.toLocaleString('en-US')} rows (${mb(s.bytes)}) in ${Number(s.ms.toPrecision(2))} ms`;

/**
 * Sets `estimate` on each statement of `first` that rewrote, scanned or indexed a table that
 * existed before the change, from its time there and in `second` (the same change on more rows),
 * when the table is larger in `second` and `target` knows its size.
 */
export function estimateStatements(first: SizedRun, second: SizedRun, target: TargetSizes): void {
  for (const file of first.files) {
    const again = second.files.find((f) => f.key === file.key);
    for (const s of file.statements) {
      const twin = again?.statements[s.index];
      if (s.status !== 'applied' || twin?.status !== 'applied') continue;
      const found = workOf(s, first.sizes);
      const [small, large, size] = found ? [first.sizes[found.table], second.sizes[found.table], target.size(found.table)] : [];
      if (!found || !small || !large || !size || large.rows <= small.rows) continue;
      const samples: [EstimateSample, EstimateSample] = [
        { ...small, ms: s.durationMs },
        { ...large, ms: twin.durationMs },
      ];
      const sorting = sorts(s, found.work);
      const { seconds, fitted } = fitRange(samples, size, sorting);
      const fit = fitted
        ? 'scaled per row and per MB, by the larger size’s rate and by the rate between the two sizes'
        : 'the larger size was no slower, so no fit: scaled by each size’s own rate per row and per MB';
      s.estimate = {
        table: found.table,
        work: found.work,
        rows: size.rows,
        bytes: size.bytes,
        sizeFrom: target.sizeFrom,
        seconds,
        samples,
        basis: `measured here at ${sample(samples[0])} and ${sample(samples[1])}; ${fit}, to the size in ${target.source}; the lowest and highest of those, each widened ${MARGIN}x${sorting ? ', the highest also by log N / log n for the sort' : ''}`,
      };
    }
  }
}

/** The tables the run's statements did work on that an estimate is made for. */
export function estimableTables(run: SizedRun): string[] {
  const work = run.files.flatMap((f) => f.statements.map((s) => (s.status === 'applied' ? workOf(s, run.sizes) : undefined)));
  return [...new Set(work.flatMap((w) => (w ? [w.table] : [])))];
}
