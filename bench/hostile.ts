import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { FakeGitHub } from '../test/support/fakeGitHub.js';
import { deliver, pullRequestPayload } from '../test/support/webhooks.js';
import { BenchApp, SECRET } from './reviews.js';
import { sampleMemory, timed } from './stats.js';

/**
 * Hostile pull requests (the attacks of the hostile suites) delivered together with ordinary ones
 * to one app: how long its event loop stalls meanwhile, whether every ordinary review concludes,
 * how each hostile one ends, and the memory of the app and its PostgreSQL processes.
 */

const OWNER = 'bench';
const REPO = 'hostile';
const MiB = 1024 ** 2;
/** A review's budget here: the slowest attack (parsing 8 MB) is stopped by it. */
const BUDGET_MS = 60_000;

const BASE = 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\n';

const ATTACKS: Record<string, string> = {
  'identifier as a backtracking pattern': `CREATE TABLE t (id bigint PRIMARY KEY, "(a|a)+_status" text, note text CHECK (note <> '${'a'.repeat(5000)}'));\n`,
  'identifier as a broken pattern': 'CREATE TABLE u (id bigint PRIMARY KEY, "(_status" text);\nDROP TABLE accounts;\n',
  '8 MB of statements': 'SELECT 1;\n'.repeat(800_000),
  'result set of 5.6 GB': 'SELECT repeat(md5(g::text), 3000000) FROM generate_series(1, 60) g;\n',
  'notice flood': "DO $$ BEGIN FOR i IN 1..2000000 LOOP RAISE NOTICE '%', repeat('x', 1000); END LOOP; END $$;\n",
  'COPY TO STDOUT flood': "COPY (SELECT repeat('x', 10000) FROM generate_series(1, 200000)) TO STDOUT;\n",
  'cluster growth in global/': Array.from(
    { length: 16 },
    () => "DO $$ BEGIN EXECUTE format('COMMENT ON DATABASE %I IS %L', current_database(), repeat('x', 200000000)); END $$;",
  ).join('\n'),
};

export interface HostileResult {
  hostileReviews: number;
  hostileOrdinaryReviews: number;
  /** Ordinary reviews whose check concluded with their review (not an error of the app). */
  hostileOrdinaryConcluded: number;
  hostileEventLoopP50Ms: number;
  hostileEventLoopP99Ms: number;
  hostileEventLoopMaxMs: number;
  hostileWallMs: number;
  hostilePeakMiB: number;
  hostilePeakAppRssMiB: number;
  /** Each attack's check run: conclusion and title. */
  hostileOutcomes: Record<string, string>;
}

export async function hostileBenchmark(ordinary: number, concurrency: number): Promise<HostileResult> {
  const root = await mkdtemp(join(tmpdir(), 'dba-bench-hostile-'));
  const dir = join(root, 'repo');
  const names = Object.keys(ATTACKS);
  const changes = [
    ...names.map((name, i) => ({ name, file: `db/migrations/${String(100 + i)}_attack.sql`, sql: ATTACKS[name] as string })),
    ...Array.from({ length: ordinary }, (_, i) => ({
      name: `ordinary ${i + 1}`,
      file: `db/migrations/${String(200 + i)}_note.sql`,
      sql: `ALTER TABLE accounts ADD COLUMN note_${i} text;\nCREATE INDEX accounts_note_${i}_idx ON accounts (note_${i});\n`,
    })),
  ];
  const shas = await buildGitRepo(dir, [
    { branch: 'main', message: 'base', files: { 'db/migrations/001_accounts.sql': BASE } },
    ...changes.map((c, i) => ({ branch: `pr-${i + 1}`, from: 'main', message: c.name, files: { [c.file]: c.sql } })),
  ]);
  const base = shas[0] as string;
  const fake = new FakeGitHub();
  fake.addRepo({
    owner: OWNER,
    name: REPO,
    dir,
    defaultBranch: 'main',
    pulls: Object.fromEntries(changes.map((_, i) => [i + 1, { base: 'main', head: `pr-${i + 1}` }])),
  });
  await fake.start();
  const app = await BenchApp.start(fake, join(root, 'snapshots'), concurrency, false, { reviewBudgetMs: BUDGET_MS });
  try {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    let peakRss = 0;
    const rss = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
    const memory = sampleMemory();
    delay.enable();
    const wall = await timed(async () => {
      const responses = await Promise.all(
        changes.map((c, i) =>
          deliver(
            app.webhookUrl,
            'pull_request',
            pullRequestPayload('synchronize', {
              owner: OWNER,
              repo: REPO,
              number: i + 1,
              title: c.name,
              body: null,
              baseSha: base,
              headSha: shas[i + 1] as string,
              installationId: 1,
            }),
            SECRET,
          ),
        ),
      );
      if (responses.some((r) => r.status >= 300)) throw new Error('a webhook was refused');
      await app.dba.idle();
    });
    delay.disable();
    clearInterval(rss);
    const peak = await memory.stop();
    const check = (i: number) => fake.checkRuns.find((r) => r.head_sha === shas[i + 1] && r.status === 'completed');
    // Concluded with its review, not with the app's apology for having none.
    const concluded = changes.filter(
      (c, i) =>
        c.name.startsWith('ordinary') &&
        check(i) &&
        !/did not complete|could not be rendered|stopped the reviewer|could not run/i.test(check(i)?.output.title ?? ''),
    ).length;
    return {
      hostileReviews: names.length,
      hostileOrdinaryReviews: ordinary,
      hostileOrdinaryConcluded: concluded,
      hostileEventLoopP50Ms: delay.percentile(50) / 1e6,
      hostileEventLoopP99Ms: delay.percentile(99) / 1e6,
      hostileEventLoopMaxMs: delay.max / 1e6,
      hostileWallMs: wall.ms,
      hostilePeakMiB: peak.peakTotal / MiB,
      hostilePeakAppRssMiB: peakRss / MiB,
      hostileOutcomes: Object.fromEntries(names.map((name, i) => [name, `${check(i)?.conclusion ?? 'not concluded'}: ${check(i)?.output.title ?? ''}`])),
    };
  } finally {
    await app.close();
    await fake.stop();
    await rm(root, { recursive: true, force: true });
  }
}
