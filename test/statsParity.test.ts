import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { importStats, withProductionStats } from '../src/base/importStats.js';
import { readCatalog } from '../src/catalog/read.js';
import { exportStats } from '../src/catalog/statsExport.js';
import { fillTables } from '../src/data/fill.js';
import { parseStatsFile } from '../src/model/statsFile.js';
import type { ProductionStats } from '../src/model/productionStats.js';
import { bundledMajor } from '../src/sandbox/embeddedVersions.js';
import type { PostgresServer } from '../src/sandbox/server.js';
import { freshDatabase, testSandbox } from './support/postgres.js';

// The issue's done-when: production's plans from production's statistics on 10,000 generated rows.
const SCHEMA = `
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id integer NOT NULL, status text NOT NULL,
                     created_at timestamptz NOT NULL, total numeric);`;

// Built after the rows on production (a bulk build is several times faster than 2 M inserts into three indexes).
const INDEXES = `
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_created ON orders (created_at);
CREATE INDEX orders_status ON orders (status);`;

const PRODUCTION_ROWS = `
INSERT INTO orders (customer_id, status, created_at, total)
SELECT (random() * 100000)::int, (ARRAY['pending', 'done', 'done', 'done', 'failed'])[1 + g % 5], timestamptz '2026-01-01' + g * interval '1 second', g % 1000
FROM generate_series(1, 2000000) g`;

const QUERIES = {
  'a selective equality on an indexed column': 'SELECT * FROM orders WHERE customer_id = 42',
  'a count production runs in parallel': "SELECT count(*) FROM orders WHERE status = 'pending'",
  'a filter on most rows': "SELECT * FROM orders WHERE status = 'done'",
  'a range on an indexed column': 'SELECT * FROM orders WHERE customer_id BETWEEN 100 AND 400',
  'a range production reads whole': 'SELECT * FROM orders WHERE customer_id > 30000',
  'ORDER BY ... LIMIT': 'SELECT * FROM orders ORDER BY created_at DESC LIMIT 10',
  'a join of the table with itself': "SELECT a.id FROM orders a JOIN orders b ON b.customer_id = a.customer_id WHERE a.status = 'failed' AND b.id < 100",
};

interface Node {
  'Node Type': string;
  'Index Name'?: string;
  'Parallel Aware'?: boolean;
  'Join Type'?: string;
  'Workers Planned'?: number;
  Plans?: Node[];
}

/** A plan's shape: node types, scan methods, indexes, parallelism and join types, never costs or rows. */
async function shape(client: pg.Client, sql: string): Promise<string> {
  const { rows } = await client.query<{ 'QUERY PLAN': { Plan: Node }[] }>(`EXPLAIN (FORMAT JSON) ${sql}`);
  const line = (n: Node, depth: number): string[] => [
    `${'  '.repeat(depth)}${n['Parallel Aware'] ? 'Parallel ' : ''}${n['Node Type']}${n['Join Type'] && n['Node Type'] !== 'Hash' ? ` ${n['Join Type']}` : ''}${n['Index Name'] ? ` using ${n['Index Name']}` : ''}${n['Workers Planned'] ? ` (${n['Workers Planned']} workers)` : ''}`,
    ...(n.Plans ?? []).flatMap((c) => line(c, depth + 1)),
  ];
  return line((rows[0]?.['QUERY PLAN'][0] as { Plan: Node }).Plan, 0).join('\n');
}

/** The planner's row estimate of a query: production's statistics, columns without a most-common list included, give production's. */
async function estimate(client: pg.Client, sql: string): Promise<number> {
  const { rows } = await client.query<{ 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }>(`EXPLAIN (FORMAT JSON) ${sql}`);
  return rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? -1;
}

const shapes = async (client: pg.Client) => Object.fromEntries(await Promise.all(Object.entries(QUERIES).map(async ([k, q]) => [k, await shape(client, q)])));

async function dataDirectory(): Promise<string> {
  const admin = new pg.Client(server.admin);
  await admin.connect();
  try {
    return (await admin.query<{ d: string }>("SELECT current_setting('data_directory') AS d")).rows[0]?.d as string;
  } finally {
    await admin.end();
  }
}

type Opened = Awaited<ReturnType<typeof freshDatabase>>;
let production: Opened;
let sandbox: Opened;
let server: PostgresServer;
let stats: ProductionStats;
const timings: Record<string, number> = {};

async function timed<T>(what: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[what] = Math.round(performance.now() - started);
  }
}

beforeAll(async () => {
  production = await freshDatabase();
  sandbox = await freshDatabase();
  const provider = testSandbox();
  const described = await provider.server(bundledMajor());
  server = described;
  await production.client.query(SCHEMA);
  await timed('fill 2M rows', () => production.client.query(PRODUCTION_ROWS));
  await timed('index 2M rows', () => production.client.query(INDEXES));
  await timed('VACUUM ANALYZE', () => production.client.query('VACUUM ANALYZE orders'));
  const exported = await timed('export', () => exportStats(production.client, { mask: false, schemas: [] }));
  const file = parseStatsFile(JSON.stringify(exported));
  if (!file.ok) throw new Error(file.errors.join('; '));
  stats = file.stats;
  await sandbox.client.query(SCHEMA + INDEXES);
  await fillTables(sandbox.client, await readCatalog(sandbox.client), ['public.orders'], () => 10_000);
}, 120_000);

afterAll(async () => {
  await production?.close();
  await sandbox?.close();
  console.log(`timings (ms): ${JSON.stringify(timings)}`);
});

describe('production statistics on generated rows', () => {
  it('plans as production does only with production page counts', async () => {
    const want = await shapes(production.client);
    const generated = await shapes(sandbox.client);
    // Statistics alone: the planner still counts the sandbox's pages.
    const statsOnly = await importStats(sandbox.client, server, stats);
    expect(statsOnly.loaded).toMatchObject({ tables: 1, physicalPages: false, skipped: [] });
    const withoutPages = await shapes(sandbox.client);
    // The test server runs on this machine as the embedded sandbox's does: its files are reachable.
    const owned = { ...server, dataDir: await dataDirectory() };
    const size = async () => (await sandbox.client.query<{ n: string }>("SELECT pg_relation_size('orders') AS n")).rows[0]?.n;
    const sizeBefore = await size();
    let holes = 0;
    const selective = QUERIES['a selective equality on an indexed column'];
    const {
      result: [got, estimated],
      loaded,
    } = await timed('import with pages', () =>
      withProductionStats(
        sandbox.client,
        owned,
        stats,
        async () => [await shapes(sandbox.client), await estimate(sandbox.client, selective)] as const,
        (bytes) => (holes += bytes),
      ),
    );
    // customer_id has no most-common list in production: the generated rows' list must not survive the import.
    expect(estimated).toBe(await estimate(production.client, selective));
    expect(loaded).toMatchObject({ tables: 1, physicalPages: true, skipped: [] });
    // Production's pages, told to the disk guard before they were made.
    expect(holes).toBeGreaterThan(100 * 1024 * 1024);
    // Afterwards the database is the generated rows' again, for the change to run on.
    expect(await size()).toBe(sizeBefore);
    expect(await shapes(sandbox.client)).toEqual(generated);
    console.log(
      Object.keys(QUERIES)
        .map((k) => `## ${k}\nproduction:\n${want[k]}\ngenerated rows:\n${generated[k]}\nstatistics only:\n${withoutPages[k]}\nwith pages:\n${got[k]}`)
        .join('\n'),
    );
    expect(got).toEqual(want);
    // Without the page counts the plans differ: the test would catch the mechanism missing.
    expect(Object.keys(QUERIES).filter((k) => withoutPages[k] !== want[k]).length).toBeGreaterThanOrEqual(3);
    // Nothing was written: the table holds its 10,000 rows, on disk the files are holes.
    expect((await sandbox.client.query('SELECT count(*)::int AS n FROM orders')).rows[0]).toEqual({ n: 10_000 });
  }, 120_000);
});
