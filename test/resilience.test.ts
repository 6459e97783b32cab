import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildGitRepo, git } from '../src/cli/gitRepo.js';
import { InProcessQueue } from '../src/jobs/memory.js';
import { PgBossQueue, PostgresState } from '../src/jobs/postgres.js';
import type { Job } from '../src/jobs/types.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { runReview } from '../src/review/run.js';
import { EmbeddedSandboxProvider } from '../src/sandbox/embedded.js';
import { bundledMajor } from '../src/sandbox/embeddedVersions.js';
import { MemorySource } from '../src/source/memory.js';
import { CHECK_NAME } from '../src/github/publish.js';
import { STICKY_MARKER } from '../src/render/comment.js';
import { startApp, type AppHarness } from './support/appHarness.js';
import { FakeGitHub, type FakeCheckRun } from './support/fakeGitHub.js';
import { testSandbox } from './support/postgres.js';
import { pullRequestPayload, type PullRequestFixture } from './support/webhooks.js';

// Redeliveries, rapid pushes, GitHub failing, the sandbox failing, restarts and replicas: every
// head SHA ends with a concluded check and each pull request with exactly one DBA comment.

const OWNER = 'acme';
const REPO = 'ops';
let tmp: string;
let dir: string;
const shas: Record<string, string> = {};
const pulls: Record<number, { base: string; head: string; title?: string }> = {};

function fixture(number: number, head: string): PullRequestFixture {
  return {
    owner: OWNER,
    repo: REPO,
    number,
    title: `PR ${number}`,
    body: null,
    baseSha: shas.main as string,
    headSha: shas[head] as string,
    installationId: 7,
  };
}

function fakeWithRepo(): FakeGitHub {
  const fake = new FakeGitHub();
  fake.addRepo({ owner: OWNER, name: REPO, dir, defaultBranch: 'main', pulls });
  return fake;
}

/** One statement as the test server's superuser. */
async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.PG_DBA_REVIEW_TEST_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * Polls until a review session is inside the slow migration's pg_sleep, running `act` on the
 * matching backends each time; returns how many it found.
 */
async function whileSleeping(admin: pg.Client, act: 'count' | 'pg_terminate_backend'): Promise<number> {
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const { rows } = await admin.query<{ n: number }>(
      `SELECT count(${act === 'count' ? '*' : 'pg_terminate_backend(pid)'})::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep(3)%' AND datname LIKE 'dba_review_%' AND pid <> pg_backend_pid()`,
    );
    if (rows[0]?.n) return rows[0].n;
  }
  return 0;
}

const completed = (fake: FakeGitHub, sha: string) => fake.checkRuns.filter((r) => r.head_sha === sha && r.name === CHECK_NAME);
const sticky = (fake: FakeGitHub, pr: number) => fake.commentsOn(pr).filter((c) => c.body.startsWith(STICKY_MARKER));

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-resilience-'));
  dir = join(tmp, 'ops');
  await buildGitRepo(dir, [
    { branch: 'main', message: 'base', files: { 'db/migrations/001_accounts.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n' } },
  ]);
  // Five pull requests, each pushed twice; pr6 sleeps, so it is still running when we interfere.
  for (let n = 1; n <= 5; n++) {
    await buildGitRepo(
      dir,
      [
        {
          branch: `pr${n}`,
          from: 'main',
          message: `t${n}`,
          files: { [`db/migrations/00${n + 1}_t${n}.sql`]: `CREATE TABLE t${n} (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id));\n` },
        },
      ],
      { reuse: true },
    );
    shas[`pr${n}a`] = await git(dir, ['rev-parse', 'HEAD']);
    await buildGitRepo(
      dir,
      [
        {
          branch: `pr${n}`,
          message: `t${n} index`,
          files: {
            [`db/migrations/00${n + 1}_t${n}.sql`]: `CREATE TABLE t${n} (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id));\nCREATE INDEX t${n}_account_idx ON t${n} (account_id);\n`,
          },
        },
      ],
      { reuse: true },
    );
    shas[`pr${n}b`] = await git(dir, ['rev-parse', 'HEAD']);
    pulls[n] = { base: 'main', head: `pr${n}` };
  }
  await buildGitRepo(
    dir,
    [{ branch: 'slow', from: 'main', message: 'slow', files: { 'db/migrations/007_slow.sql': 'CREATE TABLE slow (id int);\nSELECT pg_sleep(3);\n' } }],
    { reuse: true },
  );
  shas.slow = await git(dir, ['rev-parse', 'HEAD']);
  pulls[6] = { base: 'main', head: 'slow' };
  shas.main = await git(dir, ['rev-parse', 'main']);
});

afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('webhooks GitHub sends more than once, and pushes in quick succession', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ fake: fakeWithRepo(), app: { concurrency: 2 } });
  });
  afterAll(() => app.close());

  it('runs a redelivered webhook (same delivery id) once', async () => {
    const delivery = randomUUID();
    pulls[1] = { base: 'main', head: `pr1` };
    await app.send('pull_request', pullRequestPayload('opened', fixture(1, 'pr1b')), { delivery });
    await app.send('pull_request', pullRequestPayload('opened', fixture(1, 'pr1b')), { delivery });
    expect(completed(app.fake, shas.pr1b as string)).toHaveLength(1);
    expect(sticky(app.fake, 1)).toHaveLength(1);
    expect(await (await fetch(`${app.url}/healthz`)).text()).toBe('ok\n');
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toContain('dba_webhook_deliveries_total{event="pull_request",result="redelivery"} 1');
    expect(metrics).toMatch(/dba_reviews_total\{outcome="reviewed"\} 1/);
    expect(app.fake.violations).toEqual([]);
  });

  it('concludes the review of a head a newer push replaced as superseded, and comments on the newest only', async () => {
    await app.send('pull_request', pullRequestPayload('opened', fixture(2, 'pr2a')), { wait: false });
    await app.send('pull_request', pullRequestPayload('synchronize', fixture(2, 'pr2b')));
    expect(completed(app.fake, shas.pr2a as string)).toEqual([
      expect.objectContaining({ status: 'completed', conclusion: 'neutral', output: expect.objectContaining({ title: 'Superseded by a newer push' }) }),
    ]);
    expect(completed(app.fake, shas.pr2b as string)).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'success' })]);
    const comments = sticky(app.fake, 2);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(`"head":"${shas.pr2b}"`);
    expect(app.fake.violations).toEqual([]);
  });

  it('handles a burst of 20 webhooks for 5 pull requests: every head concluded, one comment per pull request', async () => {
    const started = Date.now();
    const deliveries: Promise<Response>[] = [];
    for (let n = 1; n <= 5; n++) {
      const first = randomUUID();
      const second = randomUUID();
      deliveries.push(app.send('pull_request', pullRequestPayload('reopened', fixture(n, `pr${n}a`)), { delivery: first, wait: false }));
      deliveries.push(app.send('pull_request', pullRequestPayload('reopened', fixture(n, `pr${n}a`)), { delivery: first, wait: false }));
      deliveries.push(app.send('pull_request', pullRequestPayload('synchronize', fixture(n, `pr${n}b`)), { delivery: second, wait: false }));
      deliveries.push(app.send('pull_request', pullRequestPayload('synchronize', fixture(n, `pr${n}b`)), { delivery: second, wait: false }));
    }
    // 202: Probot answers "accepted" when a handler outlasts its webhook timeout (a loaded host).
    expect((await Promise.all(deliveries)).map((r) => (r.status === 202 ? 200 : r.status))).toEqual(new Array(20).fill(200));
    await app.dba.idle();
    for (let n = 1; n <= 5; n++) {
      for (const head of [`pr${n}a`, `pr${n}b`]) expect(completed(app.fake, shas[head] as string).every((r) => r.status === 'completed')).toBe(true);
      const latest = completed(app.fake, shas[`pr${n}b`] as string).at(-1);
      expect(latest?.conclusion).toBe('success');
      expect(sticky(app.fake, n)).toHaveLength(1);
      expect(sticky(app.fake, n)[0]?.body).toContain(`"head":"${shas[`pr${n}b`]}"`);
    }
    expect(app.fake.checkRuns.filter((r) => r.status !== 'completed')).toEqual([]);
    expect(Date.now() - started).toBeLessThan(120_000);
    expect(app.fake.violations).toEqual([]);
  }, 150_000);
});

describe('GitHub failing', () => {
  let app: AppHarness;
  beforeAll(async () => {
    // Octokit's retry and throttling plugins, as in production, with delays cut for loopback.
    app = await startApp({
      fake: fakeWithRepo(),
      octokit: { throttle: { enabled: true, retryAfterBaseValue: 10, fallbackSecondaryRateRetryAfter: 0 }, retry: { enabled: true, retryAfterBaseValue: 10 } },
    });
  });
  afterAll(() => app.close());

  it('retries 5xx, a secondary rate limit with retry-after, and a dropped connection: no review lost', async () => {
    app.fake.faults.push(
      { method: 'POST', path: /\/check-runs$/, kind: 'server-error', times: 1 },
      { method: 'GET', path: /\/git\/trees\//, kind: 'drop-connection', times: 1 },
      { method: 'POST', path: /\/issues\/\d+\/comments$/, kind: 'secondary-rate-limit', times: 1 },
      { method: 'PATCH', path: /\/check-runs\/\d+$/, kind: 'server-error', times: 2 },
    );
    await app.send('pull_request', pullRequestPayload('opened', fixture(3, 'pr3b')));
    expect(app.fake.served).toHaveLength(5);
    expect(completed(app.fake, shas.pr3b as string)).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'success' })]);
    expect(sticky(app.fake, 3)).toHaveLength(1);
    expect(app.fake.violations).toEqual([]);
  }, 60_000);

  it('concludes the check with the review in it when the comment cannot be posted at all', async () => {
    app.fake.faults.push({ method: 'POST', path: /\/issues\/\d+\/comments$/, kind: 'server-error', times: 50 });
    await app.send('pull_request', pullRequestPayload('opened', fixture(4, 'pr4b')));
    app.fake.faults.length = 0;
    const run = completed(app.fake, shas.pr4b as string)[0];
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(run?.output.summary).toContain('The pull request comment could not be posted');
    expect(run?.output.summary).toContain('### Objective');
    expect(sticky(app.fake, 4)).toHaveLength(0);
  }, 60_000);
});

describe('the sandbox failing mid-review', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ fake: fakeWithRepo() });
  });
  afterAll(() => app.close());

  it('concludes the check with the error when its database connections are killed, and serves the next review', async () => {
    const admin = new pg.Client({ connectionString: process.env.PG_DBA_REVIEW_TEST_URL });
    await admin.connect();
    try {
      const done = app.send('pull_request', pullRequestPayload('opened', fixture(6, 'slow')));
      const killed = await whileSleeping(admin, 'pg_terminate_backend');
      await done;
      expect(killed).toBeGreaterThan(0);
      const run = completed(app.fake, shas.slow as string)[0];
      expect(run?.status).toBe('completed');
      expect(run?.conclusion).toBe('failure');
      expect(`${run?.output.title} ${run?.output.summary}`).toMatch(/terminat|connection/i);
    } finally {
      await admin.end();
    }
    await app.send('pull_request', pullRequestPayload('opened', fixture(5, 'pr5b')));
    expect(completed(app.fake, shas.pr5b as string)).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'success' })]);
  }, 60_000);
});

describe('a restart', () => {
  it('resumes the jobs a stopped process left in its journal, and gives up one that keeps crashing it', async () => {
    const journal = join(tmp, 'journal');
    await mkdir(journal, { recursive: true });
    const fake = fakeWithRepo();
    await fake.start();
    const inProgress = (id: number, head: string): FakeCheckRun => ({
      id,
      head_sha: head,
      name: CHECK_NAME,
      status: 'in_progress',
      conclusion: null,
      started_at: null,
      completed_at: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
    });
    fake.checkRuns.push(inProgress(900_001, shas.pr1b as string), inProgress(900_002, shas.pr2b as string));
    const job = (number: number, head: string, checkRunId: number): Job => ({
      kind: 'review',
      installationId: 7,
      repo: { owner: OWNER, repo: REPO },
      number,
      title: 'left behind',
      body: null,
      baseSha: shas.main as string,
      headSha: shas[head] as string,
      checkRunId,
      delivery: 'before-restart',
    });
    await writeFile(join(journal, 'a.json'), JSON.stringify({ job: job(1, 'pr1b', 900_001), attempts: 1 }));
    await writeFile(join(journal, 'b.json'), JSON.stringify({ job: job(2, 'pr2b', 900_002), attempts: 3 }));
    const app = await startApp({ fake, app: { queue: new InProcessQueue({ concurrency: 1, journal }) } });
    try {
      await app.dba.idle();
      await fake.stop();
      expect(fake.checkRuns.find((r) => r.id === 900_001)).toMatchObject({ status: 'completed', conclusion: 'success' });
      expect(fake.checkRuns.find((r) => r.id === 900_002)).toMatchObject({
        status: 'completed',
        conclusion: 'failure',
        output: expect.objectContaining({ title: 'The review stopped the reviewer' }),
      });
      expect(await readdir(journal)).toEqual([]);
    } finally {
      await app.close();
    }
  }, 60_000);
});

describe('replicas sharing a PostgreSQL queue (pg-boss)', () => {
  const stateDb = `dba_state_${process.pid}`;
  const stateUrl = () => {
    const u = new URL(process.env.PG_DBA_REVIEW_TEST_URL as string);
    u.pathname = `/${stateDb}`;
    return u.toString();
  };
  beforeAll(() => adminQuery(`CREATE DATABASE ${stateDb}`));
  afterAll(() => adminQuery(`DROP DATABASE IF EXISTS ${stateDb} WITH (FORCE)`));

  it('one replica takes webhooks, another runs the reviews, and a redelivery to either runs once', async () => {
    const fake = fakeWithRepo();
    await fake.start();
    // The front replica has no workers (as if it died right after answering the webhooks).
    const front = await startApp({ fake, app: { queue: new PgBossQueue(stateUrl(), { concurrency: 0 }), state: new PostgresState(stateUrl()) } });
    const delivery = randomUUID();
    await front.send('pull_request', pullRequestPayload('opened', fixture(5, 'pr5a')), { delivery, wait: false });
    await front.send('pull_request', pullRequestPayload('opened', fixture(5, 'pr5a')), { delivery, wait: false });
    expect(completed(fake, shas.pr5a as string)).toEqual([expect.objectContaining({ status: 'in_progress' })]);
    await front.close();
    const worker = await startApp({
      fake,
      app: { queue: new PgBossQueue(stateUrl(), { concurrency: 1, pollSeconds: 0.5 }), state: new PostgresState(stateUrl()) },
    });
    try {
      await worker.send('pull_request', pullRequestPayload('opened', fixture(5, 'pr5a')), { delivery });
      expect(completed(fake, shas.pr5a as string)).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'neutral' })]);
      expect(sticky(fake, 5)).toHaveLength(1);
      expect((await fetch(`${worker.url}/readyz`)).status).toBe(200);
      expect(fake.violations).toEqual([]);
    } finally {
      await worker.close();
      await fake.stop();
    }
  }, 90_000);
});

describe('the embedded server killed mid-review', () => {
  it('concludes the check, then starts a new server for the next review', async () => {
    const sandbox = new EmbeddedSandboxProvider();
    const app = await startApp({ fake: fakeWithRepo(), app: { sandbox } });
    try {
      const server = await sandbox.server(bundledMajor());
      const admin = new pg.Client(server.admin);
      await admin.connect();
      const dataDir = (await admin.query<{ data_directory: string }>('SHOW data_directory')).rows[0]?.data_directory as string;
      const done = app.send('pull_request', pullRequestPayload('opened', fixture(6, 'slow')));
      const sleeping = await whileSleeping(admin, 'count');
      admin.on('error', () => {});
      process.kill(Number((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]), 'SIGKILL');
      await done;
      await admin.end().catch(() => {});
      expect(sleeping).toBeGreaterThan(0);
      const run = completed(app.fake, shas.slow as string)[0];
      expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(run?.output.summary).toContain('The sandbox PostgreSQL server went away');
      await app.send('pull_request', pullRequestPayload('opened', fixture(4, 'pr4a')));
      expect(completed(app.fake, shas.pr4a as string).at(-1)).toMatchObject({ status: 'completed', conclusion: 'neutral' });
    } finally {
      await app.close();
      await sandbox.close();
    }
  }, 120_000);
});

describe('a review whose head a newer push replaced', () => {
  it('stops before it replays anything, saying why', async () => {
    const base = { 'db/migrations/001_a.sql': 'CREATE TABLE a (id int PRIMARY KEY);' };
    const source = MemorySource.pullRequest(base, { ...base, 'db/migrations/002_b.sql': 'CREATE TABLE b (id int PRIMARY KEY);' });
    const review = await runReview({
      source,
      subject: { title: 'b', baseSha: 'base', headSha: 'head' },
      changedFiles: [{ path: 'db/migrations/002_b.sql', status: 'added' }],
      config: DEFAULT_CONFIG,
      sandbox: testSandbox(),
      superseded: async () => true,
    });
    expect(review.outcome).toBe('could-not-run');
    expect(review.problems).toEqual(['A newer push superseded this commit, so its review stopped.']);
    expect(review.files).toEqual([]);
  });
});
