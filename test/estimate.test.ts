import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applyChanges } from '../src/apply/apply.js';
import type { ApplyUnit, StatementOutcome } from '../src/apply/types.js';
import { STATS_FORMAT, type ProductionStats } from '../src/model/productionStats.js';
import { parseMigration } from '../src/parse/statements.js';
import { durationRange, sizeInWords } from '../src/render/estimates.js';
import { estimateStatements, fitRange, statsSizes, type SizedRun } from '../src/review/estimate.js';
import { freshDatabase } from './support/postgres.js';

let env: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  env = await freshDatabase();
});
afterAll(async () => {
  await env.close();
});

// An index build, a validating scan, a NOT NULL scan, then a rewrite (it rebuilds the indexes before it too).
const MIGRATION = `CREATE INDEX orders_created ON orders (created_at);
ALTER TABLE orders ADD CONSTRAINT qty_positive CHECK (qty >= 0);
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
ALTER TABLE orders ALTER COLUMN qty TYPE bigint;`;

/** The orders table at `rows` rows (filled as the generator fills: one INSERT … SELECT, then ANALYZE), the migration applied to it. */
async function runAt(rows: number): Promise<SizedRun & { relpages: number; reltuples: number }> {
  const { client } = env;
  await client.query(`DROP TABLE IF EXISTS orders;
    CREATE TABLE orders (id bigint PRIMARY KEY, account_id int NOT NULL, qty int, status text, created_at timestamptz);
    INSERT INTO orders SELECT i, i % 1000, i % 97, CASE WHEN i % 3 = 0 THEN 'pending' ELSE 'done' END, now() - i * interval '1 minute' FROM generate_series(1, ${rows}) i`);
  await client.query('ANALYZE orders');
  const size = (
    await client.query<{ bytes: string; relpages: number; reltuples: number }>(
      "SELECT pg_table_size('orders') AS bytes, relpages, reltuples FROM pg_class WHERE oid = 'orders'::regclass",
    )
  ).rows[0]!;
  const unit: ApplyUnit = {
    migration: { key: 'm.sql', path: 'm.sql', framework: 'plain', transaction: 'wrapped' },
    parsed: await parseMigration('m.sql', MIGRATION),
  };
  const files = await applyChanges(client, [unit], env.major, { observer: null });
  return { files, sizes: { 'public.orders': { rows, bytes: Number(size.bytes) } }, relpages: size.relpages, reltuples: size.reltuples };
}

function productionStats(run: Awaited<ReturnType<typeof runAt>>): ProductionStats {
  const bytes = run.sizes['public.orders']!.bytes;
  const table = {
    ...{
      schema: 'public',
      name: 'orders',
      kind: 'table' as const,
      reltuples: run.reltuples,
      relpages: run.relpages,
      relallvisible: 0,
      bytes,
      totalBytes: bytes,
    },
    ...{ deadTuples: 0, lastVacuum: null, lastAutovacuum: null, lastAnalyze: null, lastAutoanalyze: null, parent: null, indexes: [], columns: [] },
  };
  return { format: STATS_FORMAT, exportedAt: '2026-12-01T00:00:00Z', server: { version: '18.1', major: 18 }, database: 'shop', masked: false, tables: [table] };
}

describe('time estimates at production size', () => {
  it('contains the time each statement takes on the real 2 M rows, fitted on 10,000 and 200,000', async () => {
    const small = await runAt(10_000);
    const large = await runAt(200_000);
    const real = await runAt(2_000_000);
    expect(real.reltuples).toBeGreaterThan(1_900_000);
    estimateStatements(small, large, statsSizes(productionStats(real)));
    const statements = small.files[0]!.statements;
    const report = statements.map((s: StatementOutcome, i) => {
      const e = s.estimate!;
      const took = real.files[0]!.statements[i]!.durationMs / 1000;
      return { sql: s.sql, work: e.work, low: e.seconds[0], high: e.seconds[1], real: took, ratio: e.seconds[1] / e.seconds[0] };
    });
    console.log(
      report.map((r) => `${r.sql}: ${r.work} ${r.low.toFixed(3)}-${r.high.toFixed(3)} s (x${r.ratio.toFixed(1)}), real ${r.real.toFixed(3)} s`).join('\n'),
    );
    expect(report.map((r) => r.work)).toEqual(['index build', 'scan', 'scan', 'rewrite']);
    for (const r of report) {
      expect(r.real).toBeGreaterThanOrEqual(r.low);
      expect(r.real).toBeLessThanOrEqual(r.high);
    }
    const rewrite = statements[3]!.estimate!;
    expect(rewrite).toMatchObject({ table: 'public.orders', rows: real.reltuples, sizeFrom: 'production statistics' });
    expect(rewrite.basis).toMatch(/^measured here at 10,000 rows \(.+ MB\) in .+ ms and 200,000 rows/);
  }, 300_000);
});

describe('the arithmetic', () => {
  const small = { rows: 10_000, bytes: 640_000, ms: 10 };
  it('spans the four ways of scaling, each bound widened 2x, and the sort’s log N / log n at the top', () => {
    // 10 ms fixed + 1 µs a row: every way of scaling agrees on 1,010 ms at 1 M rows but the proportional one (1,050 ms).
    const large = { rows: 200_000, bytes: 12_800_000, ms: 210 };
    const { seconds, fitted } = fitRange([{ ...small, ms: 20 }, large], { rows: 1_000_000, bytes: 64_000_000 }, false);
    expect(fitted).toBe(true);
    expect(seconds[0]).toBeCloseTo(1.01 / 2, 6);
    expect(seconds[1]).toBeCloseTo(1.05 * 2, 6);
    const sorted = fitRange([{ ...small, ms: 20 }, large], { rows: 1_000_000, bytes: 64_000_000 }, true);
    expect(sorted.seconds[1]).toBeCloseTo((1.05 * 2 * Math.log(1e6)) / Math.log(200_000), 6);
  });

  it('does not fit a larger size that was no slower: each size’s own rate instead', () => {
    const large = { rows: 200_000, bytes: 12_800_000, ms: 8 };
    const { seconds, fitted } = fitRange([small, large], { rows: 2_000_000, bytes: 128_000_000 }, false);
    expect(fitted).toBe(false);
    expect(seconds).toEqual([0.04, 4]);
  });

  it('says ranges and sizes in the units people use', () => {
    expect(durationRange([0.04, 0.16])).toBe('40–160 ms');
    expect(durationRange([1.06, 5.07])).toBe('1.1–5.1 s');
    expect(durationRange([360, 540])).toBe('6–9 min');
    expect(durationRange([5400, 14_400])).toBe('1.5–4 h');
    expect(sizeInWords({ rows: 48_200_000, bytes: 9.1 * 1024 ** 3 })).toBe('48.2 M rows, 9.1 GB');
    expect(sizeInWords({ rows: 10_000, bytes: 638_976 })).toBe('10,000 rows, 0.61 MB');
  });
});
