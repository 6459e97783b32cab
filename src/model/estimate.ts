/**
 * How long a statement that rewrites, scans or indexes an existing table would take at production
 * size: fitted on the rows the sandbox generated at two sizes, extrapolated per row and per MB
 * (review/estimate.ts; docs/estimates.md says how the range is made).
 */

/** A table's size: its rows and its bytes (pg_table_size: heap and TOAST). */
export interface TableSize {
  rows: number;
  bytes: number;
}

/** One size the statement was measured at. */
export interface EstimateSample extends TableSize {
  ms: number;
}

export interface Estimate {
  /** The table whose size the statement's time follows (qualified). */
  table: string;
  /** What the statement does to it. */
  work: 'rewrite' | 'index build' | 'scan';
  /** The size extrapolated to. */
  rows: number;
  bytes: number;
  /** Where that size comes from: production statistics, or the data settings when the review has none. */
  sizeFrom: 'production statistics';
  /** The range, low to high. */
  seconds: [number, number];
  /** How the range was derived, in words. */
  basis: string;
  /** The two measurements it was fitted on, smaller first. */
  samples: [EstimateSample, EstimateSample];
}
