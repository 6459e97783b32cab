import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, dirname, join } from 'node:path';
import { createNodeMiddleware, Probot, ProbotOctokit } from 'probot';
import { git } from '../src/cli/gitRepo.js';
import { createDbaApp, type DbaApp } from '../src/github/app.js';
import { EmbeddedSandboxProvider } from '../src/sandbox/embedded.js';
import type { SandboxLimits } from '../src/sandbox/server.js';
import { FakeGitHub } from '../test/support/fakeGitHub.js';
import { deliver, pullRequestPayload } from '../test/support/webhooks.js';
import type { Corpus } from './corpus.js';
import { median, sampleMemory, timed } from './stats.js';

export const SECRET = 'bench-webhook-secret';
const OWNER = 'bench';
const REPO = 'history';
/**
 * A warm review arrives at an idle app, as pushes to a pull request do (minutes apart), so the
 * sandbox has started its copy of the base the previous review used; back to back, it has not,
 * which is measured too.
 */
const IDLE_MS = 2000;

/** Migrations the "previous" base lacks: the prefix-warm review replays them. */
export const ADVANCED_BY = 10;

/**
 * The change a benchmark pull request adds: on trigger.dev, what its own migrations mostly do (a
 * column and an index on an existing table, its busiest by default); elsewhere a new table.
 */
function changeSql(corpus: Corpus, i: number, table = 'TaskRun'): string {
  if (corpus.name === 'trigger-dev')
    return `-- AlterTable\nALTER TABLE "${table}" ADD COLUMN "benchNote${i}" TEXT;\n\n-- CreateIndex\nCREATE INDEX "${table}_benchNote${i}_idx" ON "${table}"("benchNote${i}");\n`;
  return `CREATE TABLE bench_change_${i} (id bigint PRIMARY KEY, note text);\n`;
}

/** Tables of trigger.dev that pull requests touch for the first time, one per run: their rows are generated anew. */
const OTHER_TABLES = [
  'Project',
  'RuntimeEnvironment',
  'BackgroundWorker',
  'TaskRunAttempt',
  'WorkerDeployment',
  'BatchTaskRun',
  'TaskSchedule',
  'Organization',
  'BackgroundWorkerTask',
];

/**
 * Where a new migration sorts last in the corpus's layout: the last migration's versioned name
 * (its folder for Prisma) with its version set to nines and a suffix of its own.
 */
function changePath(corpus: Corpus, i: number): string {
  const last = corpus.migrations.at(-1)?.path;
  if (!last) throw new Error(`${corpus.name} has no migrations`);
  const inFolder = basename(last) === 'migration.sql';
  const versioned = inFolder ? basename(dirname(last)) : basename(last);
  const renamed = versioned.replace(/\d+/, (d) => '9'.repeat(d.length)).replace(/((\.up|\.down)?\.sql)?$/, (ext) => `_bench_${i}${ext}`);
  return inFolder ? join(dirname(dirname(last)), renamed, 'migration.sql') : join(dirname(last), renamed);
}

async function commitAll(dir: string, branch: string, from: string | null, files: Record<string, string>, message: string): Promise<string> {
  if (from) await git(dir, ['checkout', '--quiet', '-b', branch, from]);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  await git(dir, ['add', '--all']);
  await git(dir, ['commit', '--quiet', '--allow-empty', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']);
}

interface BenchRepo {
  dir: string;
  shas: Record<string, string>;
  pulls: Record<number, { base: string; head: string }>;
}

/** Pull request numbers: changes to the busiest table on main, one on `previous`, and first changes to other tables. */
const PREVIOUS_PR = 100;
const OTHER_TABLE_PR = 200;

/**
 * A git repository of the corpus: `previous` (all but the last ADVANCED_BY migrations), `main`
 * (all of them), and pull requests that each add one migration: #1..#n on main, #100 on
 * previous, #201.. on main touching other tables (trigger.dev only).
 */
async function buildRepo(root: string, corpus: Corpus, features: number): Promise<BenchRepo> {
  const dir = join(root, 'repo');
  await mkdir(dir, { recursive: true });
  await git(dir, ['init', '--quiet', '--initial-branch', 'previous']);
  const recent = new Set(corpus.migrations.slice(-ADVANCED_BY).map((m) => m.path));
  const shas: Record<string, string> = {};
  shas.previous = await commitAll(dir, 'previous', null, Object.fromEntries(Object.entries(corpus.files).filter(([p]) => !recent.has(p))), 'previous');
  shas.main = await commitAll(dir, 'main', 'previous', Object.fromEntries(Object.entries(corpus.files).filter(([p]) => recent.has(p))), 'main');
  const pulls: BenchRepo['pulls'] = {};
  const branch = async (number: number, base: string, files: Record<string, string>) => {
    shas[`pr-${number}`] = await commitAll(dir, `pr-${number}`, base, files, `change ${number}`);
    pulls[number] = { base, head: `pr-${number}` };
  };
  for (let i = 1; i <= features; i++) await branch(i, 'main', { [changePath(corpus, i)]: changeSql(corpus, i) });
  await branch(PREVIOUS_PR, 'previous', { [changePath(corpus, 1)]: changeSql(corpus, 1) });
  if (corpus.name === 'trigger-dev') {
    for (const [k, table] of OTHER_TABLES.entries()) await branch(OTHER_TABLE_PR + k + 1, 'main', { [changePath(corpus, 1)]: changeSql(corpus, 1, table) });
  }
  return { dir, shas, pulls };
}

/** The app as a GitHub App server would run it, on a fresh sandbox and snapshot cache, against a fake GitHub. */
export class BenchApp {
  private constructor(
    readonly dba: DbaApp,
    readonly provider: EmbeddedSandboxProvider,
    private readonly server: Server,
    readonly webhookUrl: string,
  ) {}

  static async start(fake: FakeGitHub, snapshotDir: string, concurrency: number, paced: boolean, limits: Partial<SandboxLimits> = {}): Promise<BenchApp> {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    // Probot's Octokit spaces writes a second apart, as GitHub asks; `paced` keeps that, else the
    // app's own time is measured (ProbotOctokit turns throttling back on unless told in a function).
    const Octokit = ProbotOctokit.defaults((options: { throttle?: object }) => ({
      ...options,
      retry: { enabled: false },
      throttle: { ...options.throttle, enabled: paced },
    }));
    const probot = new Probot({ appId: 1, privateKey, secret: SECRET, baseUrl: fake.url, logLevel: 'fatal', Octokit });
    const provider = new EmbeddedSandboxProvider({ snapshots: { dir: snapshotDir, budgetBytes: 2 ** 32 }, limits, reviewsAtOnce: concurrency });
    const dba = createDbaApp({ sandbox: provider, concurrency });
    const middleware = await createNodeMiddleware(dba.appFn, { probot });
    const server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new BenchApp(dba, provider, server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`);
  }

  async close(): Promise<void> {
    this.server.close();
    await this.provider.close();
  }
}

export interface ReviewResult {
  /** Delivered to an idle app, IDLE_MS after the previous review. */
  warmReviewP50Ms: number;
  warmReviewMs: number[];
  /** Delivered as soon as the previous one finished. */
  warmBackToBackP50Ms: number;
  /** Warm base, but rows generated anew: a change to a table no earlier review touched (trigger.dev only). */
  warmNewRowsReviewMs?: number;
  /** Warm, with Probot's default pacing of writes (a second apart, as GitHub asks). */
  warmPacedReviewMs: number;
  coldReviewMs: number;
  prefixWarmReviewMs: number;
  concurrentReviews: number;
  concurrentFailures: number;
  concurrentWallMs: number;
  concurrentReviewsPerMinute: number;
  /** Processes (PSS) and RAM disk together. */
  concurrentPeakMiB: number;
  concurrentPeakProcessesMiB: number;
  concurrentPeakRamDiskMiB: number;
}

const MiB = 1024 ** 2;

/**
 * Reviews of pull requests that add one migration to the corpus, timed from the webhook POST
 * until the app's queue is idle (comment, check run and suggestions all published): cold (new
 * app, empty cache), prefix-warm (the cache holds the base as it was ADVANCED_BY migrations ago),
 * warm (the cache holds the base, and the rows of the table the change touches), and
 * `concurrent` warm ones delivered at once. Writes to GitHub are not paced, except in the paced
 * figure: the pacing is GitHub's policy, not the app's work.
 */
export async function reviewBenchmarks(corpus: Corpus, options: { runs: number; coldRuns: number; concurrent: number }): Promise<ReviewResult> {
  const root = await mkdtemp(join(tmpdir(), 'dba-bench-'));
  const repo = await buildRepo(root, corpus, Math.max(options.concurrent, 1));
  const fake = new FakeGitHub();
  fake.addRepo({ owner: OWNER, name: REPO, dir: repo.dir, defaultBranch: 'main', pulls: repo.pulls });
  await fake.start();
  let app: BenchApp | undefined;
  let snapshots = 0;
  // A new app starts with a sandbox and an empty snapshot cache of its own, as after a first start.
  const restart = async ({ paced = false, cache = join(root, `snapshots-${snapshots++}`) } = {}) => {
    await app?.close();
    app = await BenchApp.start(fake, cache, options.concurrent, paced);
    return app;
  };
  const payload = (number: number) => {
    const pr = repo.pulls[number] as { base: string; head: string };
    return pullRequestPayload('synchronize', {
      owner: OWNER,
      repo: REPO,
      number,
      title: `Change ${number}`,
      body: null,
      baseSha: repo.shas[pr.base] as string,
      headSha: repo.shas[pr.head] as string,
      installationId: 1,
    });
  };
  const review = async (app: BenchApp, number: number) =>
    (
      await timed(async () => {
        const res = await deliver(app.webhookUrl, 'pull_request', payload(number), SECRET);
        if (res.status >= 300) throw new Error(`the webhook was refused: ${res.status}`);
        await app.dba.idle();
      })
    ).ms;
  const completed = (number: number) =>
    fake.checkRuns.filter(
      (r) => r.head_sha === repo.shas[`pr-${number}`] && r.status === 'completed' && !/did not complete|Could not review/.test(r.output.title ?? ''),
    );
  try {
    const cold: number[] = [];
    for (let i = 0; i < options.coldRuns; i++) cold.push(await review(await restart(), 1));
    if (!completed(1).length) throw new Error(`the cold review did not complete: ${JSON.stringify(fake.checkRuns.at(-1)?.output)}`);
    const warmApp = app as BenchApp;
    const warmCache = join(root, `snapshots-${snapshots - 1}`);
    const warm: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      await sleep(IDLE_MS);
      warm.push(await review(warmApp, 1));
    }
    const backToBack: number[] = [];
    for (let i = 0; i < options.runs; i++) backToBack.push(await review(warmApp, 1));
    const newRows: number[] = [];
    if (corpus.name === 'trigger-dev')
      for (let k = 0; k < Math.min(options.runs, OTHER_TABLES.length); k++) newRows.push(await review(warmApp, OTHER_TABLE_PR + k + 1));

    const before = Array.from({ length: options.concurrent }, (_, i) => completed(i + 1).length);
    const memory = sampleMemory();
    const wall = await timed(async () => {
      const responses = await Promise.all(
        Array.from({ length: options.concurrent }, (_, i) => deliver(warmApp.webhookUrl, 'pull_request', payload(i + 1), SECRET)),
      );
      if (responses.some((r) => r.status >= 300)) throw new Error('a webhook was refused');
      await warmApp.dba.idle();
    });
    const peak = await memory.stop();
    const done = before.filter((n, i) => completed(i + 1).length > n).length;

    // The same cache, through an app whose writes to GitHub are paced; its first review fetches the blobs.
    const pacedApp = await restart({ paced: true, cache: warmCache });
    await review(pacedApp, 1);
    const paced: number[] = [];
    for (let i = 0; i < options.runs; i++) paced.push(await review(pacedApp, 1));

    const prefix: number[] = [];
    for (let i = 0; i < options.coldRuns; i++) {
      const fresh = await restart();
      await review(fresh, PREVIOUS_PR); // caches the base as it was
      prefix.push(await review(fresh, 1));
    }
    return {
      warmReviewP50Ms: median(warm),
      warmReviewMs: warm,
      warmBackToBackP50Ms: median(backToBack),
      ...(newRows.length ? { warmNewRowsReviewMs: median(newRows) } : {}),
      warmPacedReviewMs: median(paced),
      coldReviewMs: median(cold),
      prefixWarmReviewMs: median(prefix),
      concurrentReviews: options.concurrent,
      concurrentFailures: options.concurrent - done,
      concurrentWallMs: wall.ms,
      concurrentReviewsPerMinute: (options.concurrent / wall.ms) * 60_000,
      concurrentPeakMiB: peak.peakTotal / MiB,
      concurrentPeakProcessesMiB: peak.peakProcesses / MiB,
      concurrentPeakRamDiskMiB: peak.peakRamDisk / MiB,
    };
  } finally {
    await app?.close();
    await fake.stop();
    await rm(root, { recursive: true, force: true });
  }
}
