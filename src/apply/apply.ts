import type pg from 'pg';
import { EMPTY_PROBE, Probes } from '../trace/probe.js';
import { elapsed, toStatementError } from './errors.js';
import { MigrationRun, type TracedSession } from './migrationRun.js';
import { executionPlan, notRun } from './plan.js';
import { cannotRunInTransaction } from './transactions.js';
import type { ApplyUnit, BaseReplay, FileOutcome, HeldLock, StatementError } from './types.js';

/**
 * Replays the base branch's history: what production already has. A migration that can run
 * atomically is sent whole (one round trip); one that fails is replayed statement by statement
 * to locate the failing statement, and the replay stops there.
 */
export async function replayBase(client: pg.Client, units: ApplyUnit[], major: number): Promise<BaseReplay> {
  const started = process.hrtime.bigint();
  let statements = 0;
  const failed = (file: string, error: StatementError): BaseReplay => ({
    files: units.length,
    statements,
    durationMs: elapsed(started),
    failure: { file, error },
  });
  for (const { migration, parsed } of units) {
    if (!parsed.ok) return failed(migration.path, { message: parsed.error.message, position: parsed.error.position });
    if (!parsed.statements.length) continue;
    const plan = executionPlan(migration, parsed.statements, major);
    if (!parsed.statements.some((s) => cannotRunInTransaction(s, major))) {
      try {
        await client.query(parsed.source.text);
        statements += parsed.statements.length;
        continue;
      } catch {
        // Rolled back as a whole: replay it as production would, to find the culprit.
      }
    }
    if (plan.transactional) await client.query('BEGIN');
    for (const stmt of parsed.statements) {
      try {
        await client.query(stmt.sql);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        return failed(migration.path, toStatementError(err, parsed.source, stmt.offset));
      }
    }
    if (plan.transactional) await client.query('COMMIT');
    statements += parsed.statements.length;
  }
  return { files: units.length, statements, durationMs: elapsed(started) };
}

export interface ApplyOptions {
  /** A second session on the same database, to watch statements that cannot run in a transaction. */
  observer: pg.Client | null;
  /** Runs after each migration that applied, before the next starts (e.g. reading the catalog). */
  afterMigration?: (outcome: FileOutcome) => Promise<void>;
}

/**
 * Applies the change's migrations statement by statement, each in one transaction where its
 * framework uses one, and measures every statement from Postgres itself: the relation locks its
 * backend holds (pg_locks, before commit), relations rewritten (new relfilenode), sequential
 * scans (pg_stat_xact_user_tables), time and rows. A statement outside a transaction is measured
 * inside one of its own; one that refuses a transaction is watched from a second session. The
 * first failure rolls back its migration and stops the run: later migrations usually depend on it.
 */
export async function applyChanges(client: pg.Client, units: ApplyUnit[], major: number, options: ApplyOptions = { observer: null }): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const pid = ((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0] as { pid: number }).pid;
  const probes = await Probes.prepare(client);
  const session: TracedSession = { client, pid, probes, last: await probes.read(client, 'full', EMPTY_PROBE), observer: options.observer, major };
  let stopped = false;
  for (const { migration, parsed } of units) {
    const base = {
      key: migration.key,
      path: migration.path,
      framework: migration.framework,
      transaction: migration.transaction,
      heldAtCommit: [] as HeldLock[],
    };
    if (!parsed.ok) {
      outcomes.push({
        ...base,
        status: stopped ? 'not-run' : 'failed',
        transactional: false,
        statements: [],
        incompatible: [],
        ...(stopped ? {} : { parseError: { message: parsed.error.message, position: parsed.error.position } }),
      });
      stopped = true;
      continue;
    }
    const plan = executionPlan(migration, parsed.statements, major);
    const outcome: FileOutcome = {
      ...base,
      status: 'not-run',
      transactional: plan.transactional,
      statements: parsed.statements.map(notRun),
      incompatible: plan.incompatible.map((s) => s.index),
    };
    outcomes.push(outcome);
    if (stopped) continue;
    stopped = !(await new MigrationRun(session, parsed, plan, outcome).apply());
    if (!stopped) await options.afterMigration?.(outcome);
  }
  return outcomes;
}
