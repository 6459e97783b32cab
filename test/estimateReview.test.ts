import { describe, expect, it } from '@jest/globals';
import type { StatementOutcome } from '../src/apply/types.js';
import { resolveConfig } from '../src/config/resolve.js';
import type { Estimate } from '../src/model/estimate.js';
import { STATS_FORMAT, type ProductionStats } from '../src/model/productionStats.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { publishable } from '../src/render/publishable.js';
import { runReview } from '../src/review/run.js';
import type { Review } from '../src/review/types.js';
import { RULE_NAMES } from '../src/rules/index.js';
import type { SandboxLimits } from '../src/sandbox/server.js';
import { MemorySource } from '../src/source/memory.js';
import { testSandbox } from './support/postgres.js';

const BASE = {
  'db/migrations/001_orders.sql':
    'CREATE TABLE orders (id bigint PRIMARY KEY, qty int, status text, created_at timestamptz);\nCREATE TABLE notes (id bigint PRIMARY KEY, body text);\n',
};
const CHANGE = {
  'db/migrations/002_widen.sql':
    "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN qty TYPE bigint;\nCREATE INDEX orders_created ON orders (created_at);\nALTER TABLE notes ADD COLUMN seen boolean;\n",
};

const GB = 1024 ** 3;
const STATS: ProductionStats = {
  format: STATS_FORMAT,
  exportedAt: '2026-12-01T06:00:00Z',
  server: { version: '18.1', major: 18 },
  database: 'shop',
  masked: false,
  tables: [
    {
      ...{
        schema: 'public',
        name: 'orders',
        kind: 'table',
        reltuples: 48_200_000,
        relpages: 1_190_000,
        relallvisible: 0,
        bytes: 9.1 * GB,
        totalBytes: 11 * GB,
      },
      ...{ deadTuples: 0, lastVacuum: null, lastAutovacuum: null, lastAnalyze: null, lastAutoanalyze: null, parent: null, indexes: [], columns: [] },
    },
  ],
};

async function review(stats?: ProductionStats, limits: Partial<SandboxLimits> = {}): Promise<Review> {
  const config = resolveConfig({ data: { rows: 1000 } }, RULE_NAMES);
  if (!config.ok) throw new Error(config.errors.join());
  return runReview({
    source: MemorySource.pullRequest(BASE, { ...BASE, ...CHANGE }),
    subject: { title: 'widen qty', baseSha: 'base', headSha: 'head' },
    changedFiles: [{ path: 'db/migrations/002_widen.sql', status: 'added' }],
    config: config.config,
    sandbox: testSandbox(limits),
    ...(stats ? { stats } : {}),
  });
}

const statements = (r: Review) => r.files.flatMap((f) => f.statements);
const estimateOf = (s: StatementOutcome | undefined): Estimate => {
  if (!s?.estimate) throw new Error(`no estimate for ${s?.sql}`);
  return s.estimate;
};

describe('time estimates in the review', () => {
  it('with production statistics: the sentence, the statement table and the JSON', async () => {
    const r = await review(STATS);
    const [set, rewrite, index, addColumn] = statements(r);
    expect([set?.estimate, addColumn?.estimate]).toEqual([undefined, undefined]);
    const e = estimateOf(rewrite);
    expect(e).toMatchObject({ table: 'public.orders', work: 'rewrite', rows: 48_200_000, bytes: 9.1 * GB, sizeFrom: 'production statistics' });
    expect(e.samples.map((x) => x.rows)).toEqual([1000, 100_000]);
    expect(e.seconds[0]).toBeGreaterThan(0);
    expect(e.seconds[1]).toBeGreaterThan(e.seconds[0]);
    expect(e.basis).toContain('to the size in production statistics exported 2026-12-01');
    expect(estimateOf(index)).toMatchObject({ work: 'index build', rows: 48_200_000 });
    // Fixed figures, for the exact words.
    e.seconds = [360, 540];
    const md = renderMarkdown(r);
    const sentence =
      '`db/migrations/002_widen.sql:2` rewrites `orders` (48.2 M rows, 9.1 GB in production): about 6–9 min under AccessExclusiveLock; every read and write of `orders` waits.';
    expect(md).toContain(`- ${sentence}`);
    expect(md).toMatch(
      /`db\/migrations\/002_widen.sql:3` builds an index on `orders` \(48\.2 M rows, 9\.1 GB in production\): about [\d.,]+–[\d.,]+ (s|min|h) under AccessExclusiveLock; every read and write of `orders` waits\./,
    );
    expect(md).toContain('| Statement | Where | Result | Time | Strongest lock on an existing table | Rewrites | Estimated time at production size |');
    expect(md).toMatch(/\| `ALTER TABLE orders ALTER COLUMN qty TYPE bigint` \|.*\| 6–9 min \|/);
    expect(md).toContain('<summary>How the time estimates were derived</summary>');
    expect(md).not.toContain('stats export');
    const published = publishable({ review: r, commentRoom: 65_000, checkRoom: 65_000 });
    expect(published.check.summary).toContain(sentence);
    expect(published.markdown).toContain(sentence);
    const json = JSON.parse(renderJson(r)) as { traces: { line: number; estimate?: Estimate }[] };
    expect(json.traces.find((t) => t.line === 2)?.estimate).toMatchObject({
      rows: 48_200_000,
      seconds: [360, 540],
      sizeFrom: 'production statistics',
      work: 'rewrite',
    });
    expect(json.traces.find((t) => t.line === 1)).not.toHaveProperty('estimate');
  });

  it('without statistics: no second size and no estimate, and the statistics asked for once', async () => {
    const r = await review();
    expect(statements(r).every((s) => s.status === 'applied' && !s.estimate)).toBe(true);
    const md = renderMarkdown(r);
    const ask =
      'No time estimates at production size: the times above are on the rows the data settings ask for, and without production statistics there is no larger size to scale them to. Export them with `pg-dba-review stats export` (docs/statistics.md) and name the file in `stats:` in .github/dba.yml.';
    expect(r.notes.filter((n) => n === ask)).toHaveLength(1);
    expect(md.split(ask).length - 1).toBe(1);
    expect(md).not.toContain('Estimated time at production size');
  });

  it('a second size that outgrows the disk limit ends itself, not the review', async () => {
    // The change's own trace fits in 12 MB; the second size (100,000 rows in orders, rewritten) does not.
    const r = await review(STATS, { databaseLimitMb: 12 });
    expect(r.problems).toEqual([]);
    expect(r.outcome).toBe('reviewed');
    expect(statements(r).every((s) => s.status === 'applied' && !s.estimate)).toBe(true);
    expect(r.notes).toContain("No time estimates at production size: measuring the change again on more rows stopped at the sandbox's disk size limit.");
  });
});
