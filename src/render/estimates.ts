// The time estimates at production size, in words: what waits, and for how long (docs/estimates.md).
import type { FileOutcome, StatementOutcome } from '../apply/types.js';
import type { Estimate } from '../model/estimate.js';
import type { Review } from '../review/types.js';
import { conflicts, strength, type LockMode } from '../trace/locks.js';
import { bullets } from './budget.js';
import { code, fileLink, plural, unqualified } from './text.js';

const round2 = (x: number) => Number(x.toPrecision(2)).toLocaleString('en-US');

/** A range of seconds in the unit its top needs: "40–160 ms", "1.1–5.1 s", "6–9 min", "1.5–4 h". */
export function durationRange([low, high]: [number, number]): string {
  const [factor, unit] = high < 1 ? [1000, 'ms'] : high < 120 ? [1, 's'] : high < 7200 ? [1 / 60, 'min'] : [1 / 3600, 'h'];
  return `${round2(low * factor)}–${round2(high * factor)} ${unit}`;
}

/** "48.2 M rows, 9.1 GB" */
export function sizeInWords(e: Pick<Estimate, 'rows' | 'bytes'>): string {
  const rows = e.rows >= 1e6 ? `${(e.rows / 1e6).toFixed(1)} M rows` : plural(e.rows, 'row');
  const bytes = e.bytes >= 1024 ** 3 ? `${(e.bytes / 1024 ** 3).toFixed(1)} GB` : `${round2(e.bytes / 1024 ** 2)} MB`;
  return `${rows}, ${bytes}`;
}

const WORK: Record<Estimate['work'], string> = { rewrite: 'rewrites', 'index build': 'builds an index on', scan: 'scans' };

/** What waits on `table` while `mode` is held. */
function waits(mode: LockMode, table: string): string {
  if (conflicts(mode, 'AccessShareLock')) return `every read and write of ${table} waits`;
  if (conflicts(mode, 'RowExclusiveLock')) return `every write to ${table} waits; reads continue`;
  return `reads and writes of ${table} continue`;
}

/** The strongest lock on the estimated table while the statement runs: its own, or one its transaction took before it. */
function lockOn(file: FileOutcome, s: StatementOutcome, table: string): LockMode | undefined {
  const modes = [
    ...(s.locks ?? []).filter((l) => l.relation === table).map((l) => l.mode),
    ...file.heldAtCommit.filter((h) => h.relation === table && h.since <= s.index).map((h) => h.mode),
  ];
  return modes.sort((a, b) => strength(b) - strength(a))[0];
}

type Estimated = { file: FileOutcome; s: StatementOutcome & { estimate: Estimate } };

/** "`m.sql:3` rewrites `orders` (48.2 M rows, 9.1 GB in production): about 6–9 min under AccessExclusiveLock; every read and write of `orders` waits." */
function estimateSentence(review: Review, { file, s }: Estimated): string {
  const e = s.estimate;
  const table = code(unqualified(e.table));
  const mode = lockOn(file, s, e.table);
  const lock = mode ? ` under ${mode}; ${waits(mode, table)}` : '';
  return `${fileLink(review, s.file, s.start.line)} ${WORK[e.work]} ${table} (${sizeInWords(e)} in production): about ${durationRange(e.seconds)}${lock}.`;
}

function estimated(review: Review): Estimated[] {
  return review.files.flatMap((file) => file.statements.flatMap((s) => (s.estimate ? [{ file, s: { ...s, estimate: s.estimate } }] : [])));
}

/** The estimates' lines for Performance Considerations, and how they were derived. */
export function estimateLines(review: Review, max: number): { lines: string[]; derivation: string } {
  const all = estimated(review);
  if (!all.length) return { lines: [], derivation: '' };
  const lines = all.map((e) => estimateSentence(review, e));
  const bases = all.map(({ s }) => `${fileLink(review, s.file, s.start.line)}: ${s.estimate.basis}.`);
  const derivation = `<details><summary>How the time estimates were derived</summary>\n\n${bullets(bases, '', max)}\n\nTimes are the sandbox's, on its disks and caches; production's may differ by more than the range. See docs/estimates.md.\n\n</details>`;
  return { lines, derivation };
}
