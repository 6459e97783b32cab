import pg from 'pg';
import type { Statement } from '../parse/statements.js';
import { nextState, probeAfter, type Probes, type ProbeRow, type ProbeState } from '../trace/probe.js';

/** One statement of a migration run as a batch: what it returned, how long it ran, and the probe after it. */
export interface BatchedStatement {
  rowCount: number | null;
  ranNs: bigint;
  probe: ProbeState;
}

export interface Batch {
  /** The state the first statement started from. */
  begin: ProbeState;
  statements: BatchedStatement[];
  /** How long the COMMIT took. */
  commitNs: bigint;
  /** The state after the COMMIT. */
  end: ProbeState;
}

/** A batch whose session died under it (the sandbox ended it): no ROLLBACK, no statement-by-statement rerun is possible. */
export interface LostBatch {
  lost: true;
  /** The statement that was running, by its index in the batch. */
  statement: number;
  error: unknown;
  /** From sending the batch to the error, as this process saw it. */
  ranNs: bigint;
}

/** A query that counts the statements of its message that completed: where a batch that failed stopped. */
class CountedQuery extends pg.Query {
  completed = 0;

  handleCommandComplete(...args: unknown[]): void {
    this.completed++;
    (pg.Query.prototype as unknown as { handleCommandComplete: (...a: unknown[]) => void }).handleCommandComplete.apply(this, args);
  }
}

const ns = (ms: number) => BigInt(Math.round(ms * 1e6));
const CLOCK = 'SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS at';
// pg_stat_force_next_flush: PostgreSQL 15 and later.
const FLUSHES_STATS = 15;

/**
 * A migration that runs in one transaction, sent as one message: BEGIN, each statement followed
 * by a probe, COMMIT. One round trip instead of two per statement, and each statement's time is
 * the server's, between the probes around it. Where PostgreSQL can be told to, the backend then
 * flushes its pending scan counters, so the next batch starts from zero and needs no baseline
 * probe. Null when something failed: the transaction is then rolled back, for the caller to run
 * the migration statement by statement and find what. Lost when the session died meanwhile.
 */
export async function runBatch(client: pg.Client, statements: Statement[], last: ProbeState, probes: Probes, major: number): Promise<Batch | LostBatch | null> {
  const baseline = [...last.scans.values()].some((s) => s.seq > 0);
  const flush = major >= FLUSHES_STATS;
  const locks = probes.sql('locks', last);
  // A statement may end in a line comment: the newline ends it before the separator.
  const parts = [
    'BEGIN',
    CLOCK,
    ...(baseline ? [probes.sql('begin', last)] : []),
    ...statements.flatMap((s) => [`${s.sql}\n`, probeAfter(s, false) === 'locks' ? locks : probes.sql(probeAfter(s, false), last)]),
    'COMMIT',
    ...(flush ? ['SELECT pg_stat_force_next_flush()'] : []),
    CLOCK,
  ];
  // Where the first statement is among the parts.
  const first = baseline ? 3 : 2;
  let results: pg.QueryResult[];
  const query = new CountedQuery(parts.join(';\n'));
  const sent = process.hrtime.bigint();
  try {
    results = await new Promise<pg.QueryResult[]>((resolve, reject) => {
      query.on('error', reject);
      // A message of several statements ends with a result for each.
      query.on('end', (results: unknown) => resolve(results as pg.QueryResult[]));
      client.query(query);
    });
  } catch (error) {
    const ranNs = process.hrtime.bigint() - sent;
    try {
      // The client may not know the transaction state yet when the error arrives; outside one, ROLLBACK only warns.
      await client.query('ROLLBACK');
    } catch {
      // The statements before the one running completed, a probe after each.
      return { lost: true, statement: Math.max(0, Math.floor((query.completed - first) / 2)), error, ranNs };
    }
    return null;
  }
  // Every statement gives one result: a mismatch would put probes in the wrong places.
  if (!Array.isArray(results) || results.length !== parts.length)
    throw new Error(`a batch of ${parts.length} statements gave ${Array.isArray(results) ? results.length : 1} results`);
  const row = (i: number) => results[i]?.rows[0] as ProbeRow;
  let previous: { done: number } = baseline ? row(2) : { done: row(1).at };
  const begin = baseline ? nextState(last, row(2)) : { ...last, locks: [] };
  let state = begin;
  const ran = statements.map((_, i) => {
    const probe = row(first + 1 + 2 * i);
    state = nextState(state, probe);
    const statement = { rowCount: results[first + 2 * i]?.rowCount ?? null, ranNs: ns(probe.at - previous.done), probe: state };
    previous = probe;
    return statement;
  });
  return {
    begin,
    statements: ran,
    commitNs: ns(row(results.length - 1).at - previous.done),
    end: { ...state, locks: [], ...(flush ? { scans: new Map() } : {}) },
  };
}
