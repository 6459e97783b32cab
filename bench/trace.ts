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

/** Wall and CPU time of `fn` on a new database of `server`, which is dropped after. */
async function measured(
  server: PostgresServer,
  limits: SandboxLimits,
  fn: (client: pg.Client, observer: pg.Client) => Promise<void>,
): Promise<{ wall: number; cpu: number }> {
  const db = await ReviewDatabase.create(server, limits);
  const [client, observer] = await Promise.all([db.connect(), db.connect()]);
  try {
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
  try {
    const plain = () =>
      measured(cluster.server, provider.limits, async (client) => {
        const replay = await replayBase(client, corpus.units, server.major);
        if (replay.failure) throw new Error(`${corpus.name} did not replay: ${replay.failure.file}: ${replay.failure.error.message}`);
      });
    const traced = () =>
      measured(cluster.server, provider.limits, async (client, observer) => {
        const failed = (await applyChanges(client, corpus.units, server.major, { observer })).find((f) => f.status !== 'applied');
        if (failed) throw new Error(`${corpus.name} did not apply with tracing: ${failed.path}`);
      });
    const pairs: { plain: { wall: number; cpu: number }; traced: { wall: number; cpu: number } }[] = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2) {
        const t = await traced();
        pairs.push({ traced: t, plain: await plain() });
      } else {
        const p = await plain();
        pairs.push({ plain: p, traced: await traced() });
      }
    }
    return {
      traceOverheadRatio: median(pairs.map((p) => p.traced.wall / p.plain.wall)),
      traceOverheadCpuRatio: median(pairs.map((p) => p.traced.cpu / p.plain.cpu)),
      tracedReplayMs: median(pairs.map((p) => p.traced.wall)),
      plainReplayMs: median(pairs.map((p) => p.plain.wall)),
    };
  } finally {
    await cluster.drop();
  }
}
