import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildDemoRepo } from '../src/cli/demo.js';
import { explainLocal, reviewLocal } from '../src/cli/localReview.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { UrlSandboxProvider } from '../src/sandbox/url.js';

// Bring your own data: SANDBOX_TEMPLATE names a database restored from production on the
// operator's server; each review works on a copy of it instead of a replay of the base.
const url = () => process.env.PG_DBA_REVIEW_TEST_URL as string;
const PROD = `prod_copy_${process.pid}`;
let tmp: string;
let repo: string;

async function admin<T>(database: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const u = new URL(url());
  u.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-byod-'));
  repo = join(tmp, 'repo');
  await buildDemoRepo(repo);
  await admin('postgres', (c) => c.query(`CREATE DATABASE ${PROD}`));
  // What production holds at the base commit: the groups table, with its own rows.
  await admin(PROD, (c) =>
    c.query(`CREATE TABLE groups (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL, owner_email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
             CREATE UNIQUE INDEX groups_name_key ON groups (lower(name));
             INSERT INTO groups (name, owner_email) SELECT 'team ' || g, 'owner' || g || '@example.com' FROM generate_series(1, 30000) g;
             ANALYZE groups;`),
  );
});

afterAll(async () => {
  await admin('postgres', (c) => c.query(`DROP DATABASE IF EXISTS ${PROD} WITH (FORCE)`));
  await rm(tmp, { recursive: true, force: true });
});

describe('a review on a copy of production data (SANDBOX_TEMPLATE)', () => {
  it('applies the change to a copy, measures it on the real rows, and leaves the original alone', async () => {
    const review = await reviewLocal({ repo, base: 'main', head: 'add-group-invites', sandbox: new UrlSandboxProvider(url(), {}, PROD) });
    expect(review.outcome).toBe('reviewed');
    expect(review.base).toMatchObject({ copiedFrom: PROD, paths: [] });
    expect(review.rows['public.groups']).toBe(30_000);
    expect(review.catalog?.changes.map((c) => `${c.action} ${c.objectType} ${c.name}`)).toContain('added table public.group_invites');
    expect(renderMarkdown(review)).toContain(`on a copy of database \`${PROD}\``);
    const left = await admin(PROD, async (c) => (await c.query(`SELECT to_regclass('group_invites') AS t, (SELECT count(*)::int FROM groups) AS n`)).rows[0]);
    expect(left).toEqual({ t: null, n: 30_000 });
  }, 60_000);

  it('explains on the copy with the change applied, and asks which commit the copy holds', async () => {
    const sandbox = new UrlSandboxProvider(url(), {}, PROD);
    const result = await explainLocal({
      repo,
      ref: 'add-group-invites',
      base: 'main',
      sql: "SELECT * FROM groups WHERE lower(name) = 'team 42'",
      analyze: true,
      sandbox,
    });
    if (!result.ok) throw new Error(result.errors.join());
    const plan = result.report.head?.plan;
    expect(plan?.ok && plan.summary.scans.map((s) => s.indexes)).toEqual([['groups_name_key']]);
    expect(result.report.head?.rows['public.groups']).toBe(30_000);
    expect(result.report.head?.history).toContain(`on a copy of ${PROD}`);
    const noBase = await explainLocal({ repo, ref: 'add-group-invites', sql: 'SELECT 1', analyze: false, sandbox });
    expect(noBase.ok && noBase.report.problem).toContain('--base REF');
  }, 60_000);

  it('says so when the template database does not exist', async () => {
    const review = await reviewLocal({ repo, base: 'main', head: 'add-group-invites', sandbox: new UrlSandboxProvider(url(), {}, 'no_such_db') });
    expect(review.outcome).toBe('could-not-run');
    expect(review.problems.join()).toContain('SANDBOX_TEMPLATE names database "no_such_db"');
  });
});
