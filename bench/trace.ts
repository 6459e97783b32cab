import { applyChanges, replayBase } from '../src/apply/apply.js';
import { ReviewDatabase } from '../src/sandbox/database.js';
import type { PostgresServer } from '../src/sandbox/types.js';
import type { Corpus } from './corpus.js';
import { median, timed } from './stats.js';

export interface TraceResult {
  traceOverheadRatio: number;
  tracedReplayMs: number;
  plainReplayMs: number;
}

/** Runs `fn` on a new database of `server` and drops it. */
async function inDatabase<T>(server: PostgresServer, fn: (db: ReviewDatabase) => Promise<T>): Promise<T> {
  const db = await ReviewDatabase.create(server);
  try {
    return await fn(db);
  } finally {
    await db.drop();
  }
}

/**
 * The whole history applied with per-statement tracing (as a change's migrations are) and sent
 * plainly, a file per query (the physical limit), each into a new database of the same server,
 * alternating which goes first.
 */
export async function traceOverhead(server: PostgresServer, corpus: Corpus, runs: number): Promise<TraceResult> {
  const plain = () =>
    inDatabase(server, async (db) => {
      const client = await db.connect();
      try {
        const { ms, value } = await timed(() => replayBase(client, corpus.units, server.major));
        if (value.failure) throw new Error(`${corpus.name} did not replay: ${value.failure.file}: ${value.failure.error.message}`);
        return ms;
      } finally {
        await client.end();
      }
    });
  const traced = () =>
    inDatabase(server, async (db) => {
      const [client, observer] = await Promise.all([db.connect(), db.connect()]);
      try {
        const { ms, value } = await timed(() => applyChanges(client, corpus.units, server.major, { observer }));
        const failed = value.find((f) => f.status !== 'applied');
        if (failed) throw new Error(`${corpus.name} did not apply with tracing: ${failed.path}`);
        return ms;
      } finally {
        await Promise.all([client.end(), observer.end()]);
      }
    });
  const plainMs: number[] = [];
  const tracedMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      tracedMs.push(await traced());
      plainMs.push(await plain());
    } else {
      plainMs.push(await plain());
      tracedMs.push(await traced());
    }
  }
  return { traceOverheadRatio: median(tracedMs.map((t, i) => t / (plainMs[i] as number))), tracedReplayMs: median(tracedMs), plainReplayMs: median(plainMs) };
}
