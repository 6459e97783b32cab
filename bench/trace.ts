import { readFile } from 'node:fs/promises';
import type pg from 'pg';
import { applyChanges, replayBase } from '../src/apply/apply.js';
import { ReviewDatabase } from '../src/sandbox/database.js';
import type { SandboxProvider } from '../src/sandbox/types.js';
import type { PostgresServer, SandboxLimits } from '../src/sandbox/server.js';
import type { Corpus } from './corpus.js';
import { median } from './stats.js';

export interface TraceResult {
  traceOverheadRatio: number;
  /** Tracing a pull request made of the history's last PR_MIGRATIONS migrations / applying them plainly, on the rest replayed. */
  prTraceOverheadRatio: number;
  prTracedMs: number;
  prPlainMs: number;
  /** The same in CPU time (the backend's and this process's): steadier than wall time on a shared machine. */
  traceOverheadCpuRatio: number;
  tracedReplayMs: number;
  plainReplayMs: number;
}

/** CPU milliseconds a process has used, from /proc (0 elsewhere). */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!stat) return 0;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
}

/** Migrations of the pull request whose tracing is timed against applying them plainly. */
export const PR_MIGRATIONS = 50;

/** Wall and CPU time of `fn` on a new database of `server` (after `setup`, not timed), which is dropped after. */
async function measured(
  server: PostgresServer,
  limits: SandboxLimits,
  fn: (client: pg.Client, observer: pg.Client) => Promise<void>,
  setup?: (client: pg.Client) => Promise<void>,
): Promise<{ wall: number; cpu: number }> {
  const db = await ReviewDatabase.create(server, limits);
  const [client, observer] = await Promise.all([db.connect(), db.connect()]);
  try {
    await setup?.(client);
    const pid = ((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0] as { pid: number }).pid;
    const [backend, own, started] = [await cpuMs(pid), process.cpuUsage(), performance.now()];
    await fn(client, observer);
    const wall = performance.now() - started;
    const used = process.cpuUsage(own);
    return { wall, cpu: (await cpuMs(pid)) - backend + (used.user + used.system) / 1000 };
  } finally {
    await Promise.all([client.end(), observer.end()]);
    await db.drop();
  }
}

/**
 * The whole history applied with per-statement tracing (as a change's migrations are) and sent
 * plainly, a file per query (the physical limit), each into a new database of the same server,
 * alternating which goes first. The server is one a review's change runs on: a short-lived
 * cluster of the snapshot cache.
 */
export async function traceOverhead(provider: SandboxProvider, server: PostgresServer, corpus: Corpus, runs: number): Promise<TraceResult> {
  const { db: cluster } = await provider.baseDatabase(server, { units: [], keep: [], replay: async () => ({ statements: 0, durationMs: 0, state: null }) });
  const replayed = (units: Corpus['units']) => async (client: pg.Client) => {
    const replay = await replayBase(client, units, server.major);
    if (replay.failure) throw new Error(`${corpus.name} did not replay: ${replay.failure.file}: ${replay.failure.error.message}`);
  };
  const plainly = (units: Corpus['units'], setup?: (client: pg.Client) => Promise<void>) => () =>
    measured(cluster.server, provider.limits, replayed(units), setup);
  const traced = (units: Corpus['units'], setup?: (client: pg.Client) => Promise<void>) => () =>
    measured(
      cluster.server,
      provider.limits,
      async (client, observer) => {
        const failed = (await applyChanges(client, units, server.major, { observer })).find((f) => f.status !== 'applied');
        if (failed) throw new Error(`${corpus.name} did not apply with tracing: ${failed.path}`);
      },
      setup,
    );
  const base = replayed(corpus.units.slice(0, -PR_MIGRATIONS));
  const pr = corpus.units.slice(-PR_MIGRATIONS);
  try {
    const whole = await alternate(runs, plainly(corpus.units), traced(corpus.units));
    const change = await alternate(runs, plainly(pr, base), traced(pr, base));
    return {
      traceOverheadRatio: median(whole.map((p) => p.traced.wall / p.plain.wall)),
      traceOverheadCpuRatio: median(whole.map((p) => p.traced.cpu / p.plain.cpu)),
      tracedReplayMs: median(whole.map((p) => p.traced.wall)),
      plainReplayMs: median(whole.map((p) => p.plain.wall)),
      prTraceOverheadRatio: median(change.map((p) => p.traced.wall / p.plain.wall)),
      prTracedMs: median(change.map((p) => p.traced.wall)),
      prPlainMs: median(change.map((p) => p.plain.wall)),
    };
  } finally {
    await cluster.drop();
  }
}

type Timed = { wall: number; cpu: number };

/** Pairs of runs of the two, alternating which goes first. */
async function alternate(runs: number, plain: () => Promise<Timed>, traced: () => Promise<Timed>): Promise<{ plain: Timed; traced: Timed }[]> {
  const pairs: { plain: Timed; traced: Timed }[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      const t = await traced();
      pairs.push({ traced: t, plain: await plain() });
    } else {
      const p = await plain();
      pairs.push({ plain: p, traced: await traced() });
    }
  }
  return pairs;
}
