import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBench, table } from '../bench/run.js';

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
    ] as const)
      expect(results[key]).toBeGreaterThan(0);
    expect(table(results)).toMatch(/\| Warm review, p50 \(app idle 2 s\) +\| [\d,]+ ms/);
  }, 300_000);
});
