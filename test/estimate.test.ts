import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applyChanges } from '../src/apply/apply.js';
import type { ApplyUnit, StatementOutcome } from '../src/apply/types.js';
import { STATS_FORMAT, type ProductionStats } from '../src/model/productionStats.js';
import { parseMigration } from '../src/parse/statements.js';
import { estimateStatements, statsSizes, type SizedRun } from '../src/review/estimate.js';
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
