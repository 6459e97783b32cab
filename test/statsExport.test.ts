import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { looksPersonal } from '../src/catalog/personalData.js';
import { buildGitRepo, type CommitSpec } from '../src/cli/gitRepo.js';
import { explainLocal, reviewLocal } from '../src/cli/localReview.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { EXIT } from '../src/cli/program.js';
import { renderExplain } from '../src/render/plans.js';
import { withTrustedPlatform } from '../src/config/headConfig.js';
import { resolveConfig } from '../src/config/resolve.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { loadStatsFiles } from '../src/config/statsSource.js';
import { statisticsLine } from '../src/explain/statistics.js';
import { parseStatsFile } from '../src/model/statsFile.js';
import { RULE_NAMES } from '../src/rules/index.js';
import type { RepoSource, TreeListing } from '../src/source/types.js';
import { cli } from './support/cli.js';
import { freshDatabase, testSandbox } from './support/postgres.js';

let tmp: string;
let opened: Awaited<ReturnType<typeof freshDatabase>>;
let url: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-stats-test-'));
  opened = await freshDatabase();
  await opened.client.query(`
    CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL, birth_date date, status text NOT NULL);
    INSERT INTO customers SELECT g, 'user' || g % 50 || '@example.com', date '1980-01-01' + g % 20, (ARRAY['new', 'active'])[1 + g % 2]
      FROM generate_series(1, 5000) g;
    ANALYZE customers`);
  // The review role's own login: the export connects as a user would, with a URL.
  const admin = new URL(process.env.PG_DBA_REVIEW_TEST_URL as string);
  const { user, password } = opened.client as unknown as { user: string; password: string };
  url = `postgres://${user}:${encodeURIComponent(password)}@${admin.host}/${opened.db.name}`;
}, 60_000);

afterAll(async () => {
  await opened?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('stats export', () => {
  it('writes one file the import accepts, masking values of personal columns only', async () => {
    const out = join(tmp, 'stats.json');
    const run = await cli(['stats', 'export', '--database-url', url, '--out', out, '--mask']);
    expect(run.stderr).toContain('wrote the statistics of 1 tables (4 columns, 2 masked)');
    expect(run.code).toBe(EXIT.ok);
    const file = parseStatsFile(await readFile(out, 'utf8'));
    if (!file.ok) throw new Error(file.errors.join());
    const table = file.stats.tables[0];
    expect(table).toMatchObject({ schema: 'public', name: 'customers', kind: 'table', reltuples: 5000, parent: null });
    expect(table?.indexes.map((i) => i.name)).toEqual(['customers_pkey']);
    const column = (name: string) => table?.columns.find((c) => c.name === name);
    // Text: as many placeholders as values, the frequencies kept.
    expect(column('email')?.mostCommonVals).toMatch(/^\{masked-0001,masked-0002,/);
    expect(column('email')?.mostCommonVals?.split(',')).toHaveLength(column('email')?.mostCommonFreqs?.length ?? -1);
    expect(column('email')?.nDistinct).toBe(50);
    // A date cannot hold a placeholder: its values are dropped, its counts kept.
    expect(column('birth_date')).toMatchObject({ masked: true, mostCommonVals: null, histogramBounds: null, nDistinct: 20 });
    expect(column('status')).toMatchObject({ masked: false, mostCommonVals: '{active,new}' });
    expect(JSON.stringify(file.stats)).not.toContain('@example.com');
  });

  it('reads in a read-only session', async () => {
    // What the export's session is, checked through the same connection options.
    const client = new pg.Client({ connectionString: url, options: '-c default_transaction_read_only=on' });
    await client.connect();
    await expect(client.query('CREATE TABLE x (a int)')).rejects.toThrow('cannot execute CREATE TABLE in a read-only transaction');
    await client.end();
    const run = await cli(['stats', 'export', '--database-url', url]);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'pg-dba-review/stats@1', masked: false, database: opened.db.name });
  });

  it('has its flags in --help and in the overview', async () => {
    const help = await cli(['stats', 'export', '--help']);
    expect(help.stdout).toMatch(/^Usage: pg-dba-review stats export --database-url URL/);
    for (const flag of ['--database-url <url>', '--out <file>', '--mask', '--schema <schema...>']) expect(help.stdout).toContain(`  ${flag}  `);
    expect((await cli(['--help'])).stdout).toMatch(/^stats +export: writes production's statistics/m);
  });

  it('says why it cannot connect, exit 2, without the password', async () => {
    const run = await cli(['stats', 'export', '--database-url', 'postgres://someone:hunter2@127.0.0.1:1/prod']);
    expect(run.code).toBe(EXIT.couldNotRun);
    expect(run.stderr).toMatch(/^pg-dba-review: cannot connect to 127\.0\.0\.1:1\/prod: .*ECONNREFUSED/);
    expect(run.stderr).not.toContain('hunter2');
    expect((await cli(['stats', 'export'], undefined)).code).toBe(EXIT.couldNotRun);
  });
});

describe('looksPersonal', () => {
  it.each([
    ['email', true],
    ['billing_address', true],
    ['client_ip', true],
    ['firstName', true],
    ['password_hash', true],
    ['api_token', true],
    ['zip', true],
    ['status', false],
    ['shipping_method', false],
    ['created_at', false],
    ['description', false],
  ])('%s: %s', (name, masked) => expect(looksPersonal(name)).toBe(masked));
});

const valid = {
  format: 'pg-dba-review/stats@1',
  exportedAt: '2026-11-30T10:00:00.000Z',
  server: { version: '18.4', major: 18 },
  database: 'prod',
  masked: false,
  tables: [],
};

describe('statistics files', () => {
  it.each([
    ['{', 'it is not JSON'],
    ['{"tables": []}', 'its format is missing, not "pg-dba-review/stats@1"'],
    [JSON.stringify({ ...valid, exportedAt: 'yesterday' }), 'exportedAt must match format "date-time"'],
    [JSON.stringify({ ...valid, tables: [{ schema: 'public', name: 'orders' }] }), "tables[0] must have required property 'kind'"],
  ])('%s', (text, error) => {
    const parsed = parseStatsFile(text);
    expect(parsed.ok ? [] : parsed.errors.join('\n')).toContain(error);
  });

  const files: Record<string, string> = {
    'db/stats-old.json': JSON.stringify({ ...valid, exportedAt: '2026-10-01T00:00:00Z' }),
    'db/stats.json': JSON.stringify(valid),
    'db/other.json': '{"format": "something else"}',
  };
  const tree: TreeListing = { files: Object.keys(files).map((path) => ({ path, sha: path, mode: '100644', size: 1 })) } as unknown as TreeListing;
  const source = { listTree: async () => tree, readBlob: async (sha: string) => Buffer.from(files[sha] as string) } as RepoSource;

  it('loads the newest of several, keeps them all, and notes what it could not read', async () => {
    const fetchUrl = async (u: string) => {
      if (u.includes('slow')) throw Object.assign(new Error('aborted'), { name: 'TimeoutError' });
      return JSON.stringify({ ...valid, exportedAt: '2026-09-01T00:00:00Z' });
    };
    const loaded = await loadStatsFiles(
      [
        'db/stats-old.json',
        'https://ci.example.com/stats.json',
        'db/stats.json',
        'db/missing.json',
        'db/other.json',
        'https://slow.example.com/s.json',
        'file:///etc/passwd',
      ],
      source,
      tree,
      fetchUrl,
    );
    expect(loaded.newest).toMatchObject({ source: 'db/stats.json', exportedAt: valid.exportedAt });
    expect(loaded.files.map((f) => f.source)).toEqual(['https://ci.example.com/stats.json', 'db/stats-old.json', 'db/stats.json']);
    expect(loaded.notes).toEqual([
      'stats: db/missing.json could not be read (there is no such file in the repository).',
      'stats: db/other.json is not a statistics file: its format is "something else", not "pg-dba-review/stats@1": write it with `pg-dba-review stats export`.',
      'stats: https://slow.example.com/s.json could not be read (no answer within 30 s).',
      'stats: file:///etc/passwd could not be read (only https URLs and repository paths are read).',
    ]);
  });

  it('is configured as one path or URL, or a list', () => {
    const one = resolveConfig({ stats: 'db/stats.json' }, RULE_NAMES);
    expect(one.ok && one.config.stats).toEqual(['db/stats.json']);
    const list = resolveConfig({ stats: ['db/a.json', 'https://x.example/b.json'] }, RULE_NAMES);
    expect(list.ok && list.config.stats).toEqual(['db/a.json', 'https://x.example/b.json']);
    const wrong = resolveConfig({ stats: [] }, RULE_NAMES);
    expect(wrong.ok ? [] : wrong.errors).toEqual(['stats: must NOT have fewer than 1 items']);
    const number = resolveConfig({ stats: 3 }, RULE_NAMES);
    expect(number.ok ? [] : number.errors).toEqual(['stats: must be string,array']);
  });

  it("comes from the trusted config, never the change's own copy", () => {
    const head = { ...DEFAULT_CONFIG, stats: ['https://attacker.example/stats.json'] };
    const { config, ignored } = withTrustedPlatform(head, { ...DEFAULT_CONFIG, stats: ['db/stats.json'] });
    expect(config.stats).toEqual(['db/stats.json']);
    expect(ignored).toEqual(['stats']);
  });

  it('says in the review what the plans were made with', () => {
    const line = statisticsLine({
      exportedAt: valid.exportedAt,
      source: 'db/stats.json',
      tables: 2,
      physicalPages: true,
      skipped: ['public.orders.total: numeric in production, integer here'],
      files: [],
    });
    expect(line).toBe(
      'Planned with production statistics from 2026-11-30 (db/stats.json, 2 tables). Not loaded: public.orders.total: numeric in production, integer here.',
    );
  });
});

/** A repository whose main branch holds customers (status of `statusType`), the exported statistics, and this config; `more` commits follow. */
async function statsRepo(name: string, statusType: string, config: string, more: CommitSpec[] = []): Promise<string> {
  const out = join(tmp, `${name}.json`);
  expect((await cli(['stats', 'export', '--database-url', url, '--out', out])).code).toBe(EXIT.ok);
  const repo = join(tmp, name);
  const schema = `CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL, birth_date date, status ${statusType} NOT NULL);\n`;
  const files = { 'db/migrations/001_customers.sql': schema, 'db/stats.json': await readFile(out, 'utf8'), '.github/dba.yml': config };
  await buildGitRepo(repo, [{ branch: 'main', message: 'schema and statistics', files }, ...more]);
  return repo;
}

describe('explain with stats:', () => {
  it('plans with the statistics of the trusted commit and says so', async () => {
    const repo = await statsRepo('explain-repo', 'integer', 'stats: db/stats.json\ndata:\n  rows: 100\n');
    const result = await explainLocal({
      repo,
      ref: 'main',
      sql: "SELECT * FROM customers WHERE email = 'user7@example.com'",
      analyze: false,
      sandbox: testSandbox(),
    });
    if (!result.ok) throw new Error(result.errors.join());
    const { report } = result;
    expect(report.statistics).toMatchObject({ source: 'db/stats.json', tables: 1, physicalPages: false });
    // status is text in production and integer here: its statistics are not loaded.
    expect(report.statistics?.skipped).toEqual(['public.customers.status: text in production, integer here']);
    const plan = report.head?.plan;
    // 5,000 production rows, 50 distinct emails: about 100 rows expected, not the 100 generated rows' estimate.
    expect(plan?.ok && plan.summary.rows).toBe(100);
    const text = renderExplain(report);
    expect(text).toContain(`Planned with production statistics from ${new Date().toISOString().slice(0, 10)} (db/stats.json, 1 table;`);
    const analyzed = await explainLocal({ repo, ref: 'main', sql: 'SELECT 1 FROM customers', analyze: true, sandbox: testSandbox() });
    expect(analyzed.ok && analyzed.report.notes).toContain(
      'EXPLAIN ANALYZE runs the query on the generated rows: production statistics (stats:) are used for plain explain only.',
    );
  }, 120_000);
});

describe('a review with stats:', () => {
  it('plans its key queries with production statistics, says so, and measures the change on the generated rows', async () => {
    const config =
      'stats: db/stats.json\ndata:\n  rows: 100\nqueries:\n  - { name: by email, sql: "SELECT * FROM customers WHERE email = \'user7@example.com\'" }\n';
    const repo = await statsRepo('review-repo', 'text', config, [
      { branch: 'change', message: 'a note', files: { 'db/migrations/002_note.sql': 'ALTER TABLE customers ADD COLUMN note text;\n' } },
    ]);
    const review = await reviewLocal({ repo, base: 'main', head: 'change', sandbox: testSandbox() });
    expect(review.outcome).toBe('reviewed');
    expect(review.plans?.statistics).toMatchObject({ source: 'db/stats.json', tables: 1, skipped: [] });
    // The change ran on the generated rows.
    expect(review.rows).toEqual({ 'public.customers': 100 });
    const after = review.plans?.comparisons[0]?.after;
    // Production's 5,000 rows and 50 distinct emails: 100 rows expected.
    expect(after?.ok && after.summary.rows).toBe(100);
    const md = renderMarkdown(review);
    expect(md).toContain(`Planned with production statistics from ${new Date().toISOString().slice(0, 10)} (db/stats.json, 1 table;`);
    const json = JSON.parse(renderJson(review)) as { plans: { statistics: { source: string; tables: number } } };
    expect(json.plans.statistics).toMatchObject({ source: 'db/stats.json', tables: 1 });
  }, 120_000);
});
