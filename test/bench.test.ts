import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { derived, runBench, table } from '../bench/run.js';

// `npm run bench` is kept out of the suite (minutes on the largest history); this runs it on a
// history of three files so it keeps working. The lint section installs squawk from npm: left out.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dba-bench-smoke-'));
  const files = {
    '001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);\n',
    '002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, total numeric(10,2));\n',
    '003_orders_user.sql': 'CREATE INDEX orders_user_id_idx ON orders (user_id);\n',
  };
  await mkdir(join(dir, 'db', 'migrations'), { recursive: true });
  for (const [name, sql] of Object.entries(files)) await writeFile(join(dir, 'db', 'migrations', name), sql);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run bench', () => {
  it('measures tracing overhead and cold, prefix-warm, warm and concurrent reviews on a tiny history', async () => {
    const results = await runBench({ corpus: dir, runs: 1, coldRuns: 1, concurrent: 2, sections: ['trace', 'reviews'], log: () => {} });
    expect(results).toMatchObject({ migrations: 3, statements: 3, concurrentReviews: 2, concurrentFailures: 0 });
    for (const key of [
      'traceOverheadRatio',
      'warmReviewP50Ms',
      'warmBackToBackP50Ms',
      'warmPacedReviewMs',
      'coldReviewMs',
      'prefixWarmReviewMs',
      'concurrentPeakMiB',
      'prTraceOverheadRatio',
      'prTracedMs',
      'prPlainMs',
    ] as const)
      expect(results[key]).toBeGreaterThan(0);
    // The issue's ratios are the sections' own figures divided, not measured again.
    expect(results.coldVsPlainRatio).toBeCloseTo((results.coldReviewMs as number) / (results.plainReplayMs as number), 6);
    expect(results.prefixWarmVsWarmRatio).toBeCloseTo((results.prefixWarmReviewMs as number) / (results.warmReviewP50Ms as number), 6);
    const shown = table(results);
    expect(shown).toMatch(/\| Warm review, p50 \(app idle 2 s\) +\| [\d,]+ ms +\| <= 400 ms +\| (met|NOT MET) +\|/);
    expect(shown).toMatch(/\| Cold review \/ plain replay +\| [\d.]+x +\| <= 3x +\| (met|NOT MET) +\|/);
    expect(shown).toMatch(/\| Tracing a PR of the last 50 migrations \/ applying it plainly +\| [\d.]+x +\| <= 1.3x /);
  }, 300_000);

  it('derives the ratios only from figures it has', () => {
    expect(derived({ coldReviewMs: 3000, plainReplayMs: 1000, warmReviewP50Ms: 400, prefixWarmReviewMs: 1000 })).toEqual({
      coldVsPlainRatio: 3,
      prefixWarmVsWarmRatio: 2.5,
    });
    expect(derived({ warmNewRowsReviewMs: 900, warmReviewP50Ms: 300 })).toEqual({ newRowsVsWarmRatio: 3 });
    expect(derived({ coldReviewMs: 3000 })).toEqual({});
  });
});
