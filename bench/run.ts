import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EmbeddedSandboxProvider } from '../src/sandbox/embedded.js';
import { bundledMajor } from '../src/sandbox/embeddedVersions.js';
import { loadCorpus, REPO_ROOT } from './corpus.js';
import { hostileBenchmark, type HostileResult } from './hostile.js';
import { lintVersusSquawk, type LintResult } from './lint.js';
import { ADVANCED_BY, reviewBenchmarks, type ReviewResult } from './reviews.js';
import { PR_MIGRATIONS, traceOverhead, type TraceResult } from './trace.js';

export const SECTIONS = ['trace', 'reviews', 'lint', 'hostile'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  corpus: string;
  /** Runs of each measurement whose median is reported. */
  runs: number;
  /** Runs of the measurements that start from nothing (cold and prefix-warm reviews). */
  coldRuns: number;
  concurrent: number;
  sections: Section[];
  log: (line: string) => void;
}

export type BenchResults = {
  date: string;
  commit: string;
  machine: { cpus: number; loadAverage: number[]; platform: string; node: string };
  corpus: string;
  migrations: number;
  statements: number;
  postgres: string;
  runs: number;
  coldRuns: number;
  prefixWarmBy: number;
} & Partial<TraceResult & ReviewResult & LintResult & HostileResult & DerivedResult>;

/** Ratios of measures taken in separate sections, so each goal of issue 18 is one number. */
export interface DerivedResult {
  /** Cold review (empty cache, new app) / plain replay of the same history. */
  coldVsPlainRatio: number;
  /** Review with rows generated anew / warm review p50. */
  newRowsVsWarmRatio: number;
  /** Prefix-warm review / warm review p50. */
  prefixWarmVsWarmRatio: number;
}

const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? { value: a / b } : undefined);

export function derived(r: Partial<TraceResult & ReviewResult>): Partial<DerivedResult> {
  const pairs: [keyof DerivedResult, { value: number } | undefined][] = [
    ['coldVsPlainRatio', ratio(r.coldReviewMs, r.plainReplayMs)],
    ['newRowsVsWarmRatio', ratio(r.warmNewRowsReviewMs, r.warmReviewP50Ms)],
    ['prefixWarmVsWarmRatio', ratio(r.prefixWarmReviewMs, r.warmReviewP50Ms)],
  ];
  return Object.fromEntries(pairs.flatMap(([k, v]) => (v ? [[k, v.value]] : [])));
}

/** The goals of issue 18 (and those of issue 10 it keeps), for the table. */
const GOALS: { key: keyof BenchResults; label: string; unit: string; goal?: (v: number) => boolean; goalText?: string }[] = [
  { key: 'coldVsPlainRatio', label: 'Cold review / plain replay', unit: 'x', goal: (v) => v <= 3, goalText: '<= 3x' },
  { key: 'newRowsVsWarmRatio', label: 'Review, rows generated anew / warm review', unit: 'x', goal: (v) => v <= 2, goalText: '<= 2x' },
  { key: 'prefixWarmVsWarmRatio', label: `Prefix-warm (base +${ADVANCED_BY}) / warm review`, unit: 'x', goal: (v) => v <= 2, goalText: '<= 2x' },
  { key: 'warmReviewP50Ms', label: 'Warm review, p50 (app idle 2 s)', unit: 'ms', goal: (v) => v <= 400, goalText: '<= 400 ms' },
  { key: 'warmBackToBackP50Ms', label: '  same, back to back', unit: 'ms' },
  { key: 'warmNewRowsReviewMs', label: '  same, rows generated anew', unit: 'ms' },
  { key: 'warmPacedReviewMs', label: '  same, writes paced 1/s', unit: 'ms' },
  { key: 'prefixWarmReviewMs', label: `Prefix-warm review (base +${ADVANCED_BY})`, unit: 'ms' },
  { key: 'coldReviewMs', label: 'Cold review (empty cache)', unit: 'ms' },
  {
    key: 'prTraceOverheadRatio',
    label: `Tracing a PR of the last ${PR_MIGRATIONS} migrations / applying it plainly`,
    unit: 'x',
    goal: (v) => v <= 1.3,
    goalText: '<= 1.3x',
  },
  { key: 'prTracedMs', label: '  traced', unit: 'ms' },
  { key: 'prPlainMs', label: '  plain', unit: 'ms' },
  { key: 'traceOverheadRatio', label: 'Traced / plain replay of the whole history', unit: 'x', goal: (v) => v <= 1.5, goalText: '<= 1.5x' },
  { key: 'traceOverheadCpuRatio', label: '  same, in CPU time', unit: 'x' },
  { key: 'tracedReplayMs', label: '  traced replay', unit: 'ms' },
  { key: 'plainReplayMs', label: '  plain replay', unit: 'ms' },
  { key: 'concurrentReviews', label: 'Concurrent reviews', unit: '' },
  { key: 'concurrentFailures', label: '  of which failed', unit: '', goal: (v) => v === 0, goalText: '0' },
  { key: 'concurrentReviewsPerMinute', label: '  throughput', unit: 'reviews/min', goal: (v) => v >= 120, goalText: '>= 120/min' },
  { key: 'concurrentPeakMiB', label: '  peak memory, app + PostgreSQL + /dev/shm', unit: 'MiB', goal: (v) => v <= 1024, goalText: '<= 1024 MiB' },
  { key: 'concurrentPeakProcessesMiB', label: '    processes (PSS)', unit: 'MiB' },
  { key: 'concurrentPeakRamDiskMiB', label: '    clusters on /dev/shm', unit: 'MiB' },
  { key: 'staticVsSquawkRatio', label: 'lint / squawk, whole process, first run', unit: 'x', goal: (v) => v <= 1.0, goalText: '<= 1.0x' },
  { key: 'staticRepeatVsSquawkRatio', label: 'lint again over unchanged files / squawk', unit: 'x' },
  { key: 'lintMs', label: '  pg-dba-review lint, first run', unit: 'ms' },
  { key: 'lintRepeatMs', label: '  pg-dba-review lint, again', unit: 'ms' },
  { key: 'squawkMs', label: '  squawk', unit: 'ms' },
  { key: 'hostileEventLoopP99Ms', label: 'Hostile PRs beside ordinary ones: event-loop delay p99', unit: 'ms', goal: (v) => v < 100, goalText: '< 100 ms' },
  { key: 'hostileEventLoopMaxMs', label: '  max', unit: 'ms' },
  { key: 'hostileOrdinaryReviews', label: '  ordinary reviews', unit: '' },
  { key: 'hostileOrdinaryConcluded', label: '  of which concluded', unit: '' },
  { key: 'hostilePeakAppRssMiB', label: '  peak RSS of the app process', unit: 'MiB' },
  { key: 'hostilePeakMiB', label: '  peak memory, app + PostgreSQL + /dev/shm', unit: 'MiB' },
];

export function table(results: BenchResults): string {
  const rows = GOALS.filter((g) => typeof results[g.key] === 'number').map((g) => {
    const v = results[g.key] as number;
    const value = g.unit === 'x' ? `${v.toFixed(2)}x` : `${Math.round(v).toLocaleString('en-US')}${g.unit ? ` ${g.unit}` : ''}`;
    return [g.label, value, g.goalText ?? '', g.goal ? (g.goal(v) ? 'met' : 'NOT MET') : ''];
  });
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] as string).length), ['Measure', 'Median', 'Goal', ''][i]?.length ?? 0));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [
    `${results.corpus}: ${results.migrations} migrations, ${results.statements} statements; PostgreSQL ${results.postgres}; medians of ${results.runs} runs (${results.coldRuns} for cold and prefix-warm)`,
    line(['Measure', 'Median', 'Goal', '']),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...Object.entries(results.hostileOutcomes ?? {}).map(([attack, outcome]) => `Hostile: ${attack} -> ${outcome}`),
    ...(results.squawkVersion
      ? [
          `squawk-cli ${results.squawkVersion} runs from .bench/squawk, installed there on demand: it is not a dependency (its packages for other platforms are missing from the registry).`,
        ]
      : []),
  ].join('\n');
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const corpus = await loadCorpus(options.corpus);
  const commit = (await promisify(execFile)('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT }).catch(() => ({ stdout: 'unknown' }))).stdout.trim();
  const snapshots = await mkdtemp(join(tmpdir(), 'dba-bench-trace-'));
  const provider = new EmbeddedSandboxProvider({ snapshots: { dir: snapshots, budgetBytes: 2 ** 30 } });
  try {
    const server = await provider.server(bundledMajor());
    const results: BenchResults = {
      date: new Date().toISOString(),
      commit,
      machine: {
        cpus: cpus().length,
        loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
        platform: `${process.platform}-${process.arch}`,
        node: process.version,
      },
      corpus: corpus.name,
      migrations: corpus.migrations.length,
      statements: corpus.statements,
      postgres: server.version,
      runs: options.runs,
      coldRuns: options.coldRuns,
      prefixWarmBy: ADVANCED_BY,
    };
    if (options.sections.includes('trace')) {
      options.log('Replaying the history traced and plain ...');
      Object.assign(results, await traceOverhead(provider, server, corpus, options.runs));
    }
    await provider.close();
    if (options.sections.includes('reviews')) {
      options.log('Reviewing pull requests through the app and a fake GitHub ...');
      Object.assign(results, await reviewBenchmarks(corpus, options));
    }
    if (options.sections.includes('hostile')) {
      options.log('Reviewing hostile pull requests beside ordinary ones ...');
      Object.assign(results, await hostileBenchmark(options.concurrent, 2));
    }
    if (options.sections.includes('lint')) {
      options.log('Linting with pg-dba-review and with squawk ...');
      Object.assign(results, await lintVersusSquawk(corpus, options.runs, options.log));
    }
    return Object.assign(results, derived(results));
  } finally {
    await provider.close();
    await rm(snapshots, { recursive: true, force: true });
  }
}
