import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoRepo } from '../src/cli/demo.js';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { explainLocal } from '../src/cli/localReview.js';
import { filterColumns } from '../src/explain/advice.js';
import { comparePlans } from '../src/explain/compare.js';
import type { PlanResult, PlanSummary } from '../src/explain/plan.js';
import { runtimeFindings } from '../src/explain/plan.js';
import { checkQuery, explainQuery } from '../src/explain/run.js';
import { parseCommand } from '../src/github/commands.js';
import { planDiff, renderExplain } from '../src/render/plans.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { freshDatabase, testSandbox } from './support/postgres.js';
import { reviewCase } from './rules/harness.js';

describe('checkQuery', () => {
  it.each([
    ['SELECT * FROM t WHERE id = $1', { hasParameters: true, access: 'read' }],
    ['SELECT * FROM t WHERE id = 1 FOR UPDATE;', { hasParameters: false, access: 'lock' }],
    ['UPDATE t SET n = n + 1 WHERE id = $1', { hasParameters: true, access: 'write' }],
    ['WITH x AS (SELECT 1) DELETE FROM t WHERE id IN (SELECT * FROM x)', { hasParameters: false, access: 'write' }],
  ])('accepts %s', async (sql, expected) => {
    const r = await checkQuery(sql);
    expect(r.ok && { hasParameters: r.query.hasParameters, access: r.query.access }).toEqual(expected);
  });

  it.each([
    ['SELECT 1; DROP TABLE t', 'exactly one query'],
    ['DROP TABLE t', 'not Drop'],
    ['EXPLAIN SELECT 1', 'without EXPLAIN'],
    ['SELEC 1', 'does not parse'],
    ['  ', 'no query'],
  ])('refuses %s', async (sql, message) => {
    const r = await checkQuery(sql);
    expect(r.ok ? '' : r.error).toContain(message);
  });
});

describe('parseCommand', () => {
  it.each([
    ['Looks good\n/dba help', { kind: 'help' }],
    ['/dba', { kind: 'help' }],
    ['/dba frobnicate', { kind: 'help', unknown: 'frobnicate' }],
    ['/dba review', { kind: 'review' }],
    [
      '/dba explain SELECT * FROM group_invites WHERE group_id = $1',
      { kind: 'explain', analyze: false, sql: 'SELECT * FROM group_invites WHERE group_id = $1' },
    ],
    ['/dba explain analyze SELECT 1\nFROM t\n\nthanks!', { kind: 'explain', analyze: true, sql: 'SELECT 1\nFROM t' }],
    ['/dba explain\n```sql\nSELECT *\n  FROM t\n```\nmore text', { kind: 'explain', analyze: false, sql: 'SELECT *\n  FROM t' }],
    ['please run /dba explain here', null],
    ['no command at all', null],
  ])('%j', (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });
});

describe('filterColumns', () => {
  const cols = ['group_id', 'status', 'created_at', 'email'];
  it.each([
    ['(group_invites.group_id = $1)', ['group_id']],
    ["((status = 'pending'::text) AND (created_at > now()))", ['status', 'created_at']],
    ["((email)::text = 'x'::text)", ['email']],
    ["((status = 'a'::text) OR (group_id = $1))", []],
    ['(lower(email) = $1)', []],
    ['(unknown_col = 1)', []],
  ])('%s', async (filter, expected) => {
    expect(await filterColumns(filter, cols)).toEqual(expected);
  });
});

const summary = (over: Partial<PlanSummary>): PlanSummary => ({
  totalCost: 10,
  startupCost: 0,
  rows: 1,
  scans: [],
  sorts: 0,
  hashes: 0,
  nestedLoops: [],
  indexes: [],
  ...over,
});
const ok = (s: PlanSummary): PlanResult => ({ ok: true, text: '', summary: s, generic: false, analyzed: false, runtime: [] });
const scan = (type: string, indexes: string[] = []) => ({ type, relation: 'public.t', indexes, filter: null, indexCond: null, rows: 1, cost: 1 });

describe('comparePlans', () => {
  const opts = { costRatio: 2, indexExists: (n: string) => n === 'kept' };
  it('names the lost index when a scan gets worse because of it', () => {
    const changes = comparePlans(
      ok(summary({ scans: [scan('Index Scan', ['t_idx'])], indexes: ['t_idx'] })),
      ok(summary({ scans: [scan('Seq Scan')], totalCost: 15 })),
      opts,
    );
    expect(changes.map((c) => c.kind)).toEqual(['index-gone']);
    expect(changes[0]?.message).toContain('t_idx');
  });
  it('is quiet when an equivalent index replaces the old one', () => {
    expect(
      comparePlans(
        ok(summary({ scans: [scan('Index Scan', ['old'])], indexes: ['old'] })),
        ok(summary({ scans: [scan('Index Scan', ['new'])], indexes: ['new'] })),
        opts,
      ),
    ).toEqual([]);
  });
  it('flags cost growth past the ratio, failures, and fixes', () => {
    expect(comparePlans(ok(summary({ totalCost: 10 })), ok(summary({ totalCost: 25 })), opts).map((c) => c.kind)).toEqual(['cost']);
    expect(comparePlans(ok(summary({})), { ok: false, error: 'column "x" does not exist', timedOut: false }, opts).map((c) => c.kind)).toEqual(['fails']);
    expect(comparePlans({ ok: false, error: 'nope', timedOut: false }, ok(summary({})), opts).map((c) => c.regression)).toEqual([false]);
  });
});

describe('plan text helpers', () => {
  it('diffs plans line by line', () => {
    expect(planDiff('Seq Scan on t\n  Filter: (a = 1)', 'Index Scan using t_a on t\n  Index Cond: (a = 1)')).toBe(
      '- Seq Scan on t\n-   Filter: (a = 1)\n+ Index Scan using t_a on t\n+   Index Cond: (a = 1)',
    );
  });
  it('reads spills and discarded rows from EXPLAIN ANALYZE text', () => {
    const text =
      'Sort  (cost=1..2 rows=1 width=4) (actual time=1..2 rows=1 loops=1)\n  Sort Method: external merge  Disk: 2048kB\n  ->  Hash  (cost=1..2)\n        Buckets: 1024  Batches: 4  Memory Usage: 10kB\n  ->  Seq Scan on t\n        Rows Removed by Filter: 99999';
    expect(runtimeFindings(text)).toEqual([
      expect.stringContaining('2,048 kB to disk'),
      expect.stringContaining('4 batches'),
      expect.stringContaining('99,999 rows'),
    ]);
  });
});

describe('explainQuery on a real server', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    db = await freshDatabase();
    await db.client.query('CREATE TABLE t (id int PRIMARY KEY, n int); INSERT INTO t SELECT g, g % 10 FROM generate_series(1, 1000) g; ANALYZE t');
  });
  afterAll(() => db.close());

  it('plans a parameterised query generically, and says why it cannot run it with ANALYZE', async () => {
    const q = await checkQuery('SELECT * FROM t WHERE id = $1');
    if (!q.ok) throw new Error(q.error);
    const plan = await explainQuery(db.client, q.query, { analyze: false, major: db.major });
    expect(plan.ok && plan.generic && plan.summary.scans.map((s) => `${s.type} ${s.relation} ${s.indexes.join()}`)).toEqual(['Index Scan public.t t_pkey']);
    const analyzed = await explainQuery(db.client, q.query, { analyze: true, major: db.major });
    expect(analyzed.ok ? '' : analyzed.error).toContain('needs values');
    const old = await explainQuery(db.client, q.query, { analyze: false, major: 15 });
    expect(old.ok ? '' : old.error).toContain('GENERIC_PLAN');
  });

  it('runs EXPLAIN ANALYZE of a write in a transaction that is rolled back', async () => {
    const q = await checkQuery('DELETE FROM t WHERE n = 3');
    if (!q.ok) throw new Error(q.error);
    const plan = await explainQuery(db.client, q.query, { analyze: true, major: db.major });
    expect(plan.ok && plan.text).toContain('actual time');
    expect((await db.client.query('SELECT count(*)::int AS n FROM t')).rows[0]).toEqual({ n: 1000 });
  });

  it('says when statement_timeout cut the query off', async () => {
    await db.client.query("SET statement_timeout = '200ms'");
    try {
      const q = await checkQuery('SELECT pg_sleep(5)');
      if (!q.ok) throw new Error(q.error);
      const plan = await explainQuery(db.client, q.query, { analyze: true, major: db.major });
      expect(plan.ok ? null : { timedOut: plan.timedOut, error: plan.error }).toEqual({ timedOut: true, error: expect.stringContaining('statement_timeout') });
    } finally {
      await db.client.query('RESET statement_timeout');
    }
  });
});

describe('explain on a repository (the example PR)', () => {
  let tmp: string;
  let repo: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'dba-explain-'));
    repo = join(tmp, 'repo');
    await buildDemoRepo(repo);
    await buildGitRepo(
      repo,
      [{ branch: 'add-group-invites', message: 'configure rows', files: { '.github/dba.yml': 'data:\n  tables:\n    group_invites: 200000\n' } }],
      { reuse: true },
    );
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('shows a sequential scan on 200,000 rows, and an index scan once the suggested index exists, with costs', async () => {
    const sandbox = testSandbox();
    const result = await explainLocal({
      repo,
      ref: 'add-group-invites',
      base: 'main',
      sql: 'SELECT * FROM group_invites WHERE group_id = $1',
      analyze: false,
      sandbox,
    });
    if (!result.ok) throw new Error(result.errors.join());
    const { report } = result;
    expect(report.head?.rows['public.group_invites']).toBe(200_000);
    const head = report.head?.plan;
    expect(head?.ok && head.summary.scans.map((s) => s.type)).toEqual([expect.stringMatching(/Seq Scan/)]);
    expect(report.warnings.join('\n')).toContain('Sequential scan of public.group_invites (200,000 rows)');
    expect(report.trials).toHaveLength(1);
    const trial = report.trials[0];
    expect(trial && 'scan' in trial.with && trial.with.scan).toMatch(/Index Scan|Bitmap Heap Scan/);
    expect(trial && 'cost' in trial.with && trial.with.cost < trial.without.cost).toBe(true);
    // The table does not exist on the base branch.
    expect(report.base?.plan?.ok === false && report.base.plan.error).toContain('group_invites');
    const text = renderExplain(report);
    expect(text).toContain('GENERIC_PLAN');
    expect(text).toMatch(/Seq Scan, estimated cost [\d,.]+ → (Index|Bitmap Heap) Scan/);
    expect(text).toContain('On the base branch');
  }, 120_000);
});

describe('key queries in a review', () => {
  it('shows each key query before and after, the plan diff, and what the change does to it', async () => {
    const review = await reviewCase({
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text, note text);\nCREATE INDEX accounts_email_idx ON accounts (email);',
      sql: 'DROP INDEX accounts_email_idx;\nALTER TABLE accounts RENAME COLUMN note TO remark;',
      config: {
        data: { rows: 5000 },
        queries: [
          { name: 'account by email', sql: 'SELECT id FROM accounts WHERE email = $1' },
          { name: 'notes', sql: 'SELECT note FROM accounts WHERE id = $1' },
          { name: 'not a query', sql: 'VACUUM accounts' },
        ],
      },
    });
    const byRule = (id: string) => review.findings.filter((f) => f.ruleId === id).map((f) => `${f.line}: ${f.message}`);
    expect(byRule('key-query-regressed')).toEqual([
      expect.stringMatching(
        /^1: Key query "account by email" \(.github\/dba.yml\) plans worse after this change: it used index accounts_email_idx, which the change drops or makes unusable: public.accounts is now read by Seq Scan instead of (Index|Index Only|Bitmap Heap) Scan/,
      ),
    ]);
    expect(byRule('key-query-fails')).toEqual([
      expect.stringContaining('Key query "notes" (.github/dba.yml) fails after this change: column "note" does not exist'),
    ]);
    expect(byRule('key-query-fails')[0]).toMatch(/^2: /);
    expect(byRule('key-query-blocked').length).toBeGreaterThan(0);
    expect(review.notes).toContain(
      'Key query "not a query" (.github/dba.yml) is not planned: Only SELECT, INSERT, UPDATE, DELETE and MERGE can be explained, not Vacuum.',
    );
    const md = renderMarkdown(review);
    expect(md).toContain('**Key queries**');
    expect(md).toMatch(
      /\| `account by email` \| (Index|Index Only|Bitmap Heap) Scan on accounts; cost [\d.,]+ \| Seq Scan on accounts; cost [\d.,]+ \| ⚠️ it used index accounts_email_idx/,
    );
    expect(md).toContain('<details><summary>Plans that changed</summary>');
    expect(md).toMatch(/\+ Seq Scan on accounts/);
    // The Seq Scan the change causes comes with the index that would fix it, tried.
    expect(md).toMatch(/Key query `account by email` reads `accounts` with a sequential scan; tried `CREATE INDEX CONCURRENTLY ON public.accounts \(email\);`/);
    const json = JSON.parse(renderJson(review)) as { plans: { keyQueries: { name: string; changes: { kind: string }[]; after: { ok: boolean } }[] } };
    expect(json.plans.keyQueries.map((q) => [q.name, q.changes.map((c) => c.kind), q.after.ok])).toEqual([
      ['account by email', ['index-gone', 'cost'], true],
      ['notes', ['fails'], false],
    ]);
  }, 60_000);
});
