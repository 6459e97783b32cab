import type pg from 'pg';
import type { Statement } from '../parse/statements.js';
import type { SourceText } from '../parse/sourceText.js';
import { strength } from '../trace/locks.js';
import { observeLocks } from '../trace/observer.js';
import { compareProbes, EMPTY_PROBE, lockFacts, probeAfter, Probes, type LockFact } from '../trace/probe.js';
import { runBatch, type Batch, type LostBatch } from './batch.js';
import { executionPlan, notRun } from './plan.js';
import { cannotRunInTransaction } from './transactions.js';
import type { ApplyUnit, BaseReplay, FileOutcome, HeldLock, StatementError, StatementOutcome } from './types.js';

interface PgError extends Error {
  code?: string;
  detail?: string;
  hint?: string;
  position?: string;
  /** Set by the sandbox when it, not PostgreSQL, ended the statement (AnswerLimitError). */
  cutOff?: string;
}

// An error text is the PR's to choose (RAISE EXCEPTION): the review keeps the start of each field.
const FIELD_CHARS = 2048;

function bounded(text: string): string {
  return text.length > FIELD_CHARS ? `${text.slice(0, FIELD_CHARS)}… (${(text.length - FIELD_CHARS).toLocaleString('en-US')} more characters)` : text;
}

/** PostgreSQL's own cut-offs, by the message it gives. */
const CUT_OFF: [RegExp, string][] = [
  [/^canceling statement due to statement timeout$/, 'by statement_timeout'],
  [/^canceling statement due to lock timeout$/, 'by lock_timeout'],
  [/^temporary file size exceeds "?temp_file_limit"?/, 'by temp_file_limit'],
];

/** Maps a Postgres error raised by text starting at `offset` in the file to a file position. */
export function toStatementError(err: unknown, source: SourceText, offset: number): StatementError {
  const e = err as PgError;
  const pos = e.position ? Number(e.position) : 0;
  const index = pos > 0 ? source.indexAfterChars(offset, pos - 1) : offset;
  const cutOff = e.cutOff ?? CUT_OFF.find(([message]) => message.test(e.message ?? ''))?.[1];
  return {
    message: bounded(e.message ?? String(err)),
    ...(e.code ? { code: e.code } : {}),
    ...(e.detail ? { detail: bounded(e.detail) } : {}),
    ...(e.hint ? { hint: bounded(e.hint) } : {}),
    ...(cutOff ? { cutOff } : {}),
    position: source.positionAt(index),
  };
}

function elapsed(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

/**
 * Replays the base branch's history: what production already has. A migration that can run
 * atomically is sent whole (one round trip); one that fails is replayed statement by statement
 * to locate the failing statement, and the replay stops there.
 */
export async function replayBase(client: pg.Client, units: ApplyUnit[], major: number): Promise<BaseReplay> {
  const started = process.hrtime.bigint();
  let statements = 0;
  const failed = (file: string, error: StatementError): BaseReplay => ({ files: units.length, statements, durationMs: elapsed(started), failure: { file, error } });
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

/**
 * Tracks one open transaction: when each lock was first taken, counted in the time statements
 * ran (the sandbox's own probes between them are left out), so its holding time is known at commit.
 */
class OpenTransaction {
  private readonly firstTaken = new Map<string, { work: bigint; index: number }>();
  private work = 0n;

  /** Locks a statement took, recorded before its running time is added. */
  took(locks: LockFact[], index: number, ranNs: bigint): void {
    for (const l of locks) if (!this.firstTaken.has(`${l.relation}:${l.mode}`)) this.firstTaken.set(`${l.relation}:${l.mode}`, { work: this.work, index });
    this.work += ranNs;
  }

  /** The strongest lock per relation among those held at commit, with how long each was held. */
  committed(held: LockFact[], commitNs: bigint): HeldLock[] {
    const byRelation = new Map<string, LockFact>();
    for (const l of held) {
      const prev = byRelation.get(l.relation);
      if (!prev || strength(l.mode) > strength(prev.mode)) byRelation.set(l.relation, l);
    }
    return [...byRelation.values()].flatMap((l) => {
      const first = this.firstTaken.get(`${l.relation}:${l.mode}`);
      return first ? [{ relation: l.relation, mode: l.mode, kind: l.kind, heldMs: Number(this.work - first.work + commitNs) / 1e6, since: first.index }] : [];
    });
  }
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
  let probes = await Probes.prepare(client);
  let last = await probes.read(client, 'full', EMPTY_PROBE);
  let stopped = false;
  for (const { migration, parsed } of units) {
    const base = { key: migration.key, path: migration.path, framework: migration.framework, transaction: migration.transaction, heldAtCommit: [] as HeldLock[] };
    if (!parsed.ok) {
      outcomes.push({ ...base, status: stopped ? 'not-run' : 'failed', transactional: false, statements: [], incompatible: [], ...(stopped ? {} : { parseError: { message: parsed.error.message, position: parsed.error.position } }) });
      stopped = true;
      continue;
    }
    const plan = executionPlan(migration, parsed.statements, major);
    const statements = parsed.statements.map(notRun);
    const outcome: FileOutcome = { ...base, status: 'not-run', transactional: plan.transactional, statements, incompatible: plan.incompatible.map((s) => s.index) };
    outcomes.push(outcome);
    if (stopped) continue;

    /** What a batch of the file's statements from `first` on measured, recorded as the file's outcome. */
    const record = (batch: Batch, first: number) => {
      const tx = new OpenTransaction();
      let before = batch.begin;
      for (const [k, ran] of batch.statements.entries()) {
        const facts = compareProbes(before, ran.probe);
        Object.assign(statements[first + k] as StatementOutcome, { status: 'applied', durationMs: Number(ran.ranNs) / 1e6, rowCount: ran.rowCount, rewrites: facts.rewrites, locks: facts.locks, scans: facts.scans, observedFrom: 'own session' });
        tx.took(facts.locks, first + k, ran.ranNs);
        before = ran.probe;
      }
      outcome.heldAtCommit.push(...tx.committed(lockFacts(before.locks, before), batch.commitNs));
      last = batch.end;
    };
    /** A batch whose session died: the statement that was running failed, those before it were rolled back. */
    const lose = (batch: LostBatch, first: number) => {
      for (const result of statements.slice(first, first + batch.statement)) result.status = 'rolled-back';
      const failed = statements[first + batch.statement] as StatementOutcome;
      Object.assign(failed, { status: 'failed', durationMs: Number(batch.ranNs) / 1e6, error: toStatementError(batch.error, parsed.source, (parsed.statements[first + batch.statement] as Statement).offset) });
      outcome.status = 'failed';
      stopped = true;
    };
    const whole = plan.transactional ? await runBatch(client, parsed.statements, last, probes, major) : null;
    if (whole && 'lost' in whole) {
      lose(whole, 0);
      continue;
    }
    if (whole) {
      record(whole, 0);
      outcome.status = 'applied';
      await options.afterMigration?.(outcome);
      continue;
    }
    // Not run as one batch, or it failed (and was rolled back): statement by statement, to find where.

    let tx: OpenTransaction | null = null;
    const begin = async () => {
      await client.query('BEGIN');
      tx = new OpenTransaction();
      // Scan counters hold a backend's unflushed counts across transactions; inside one, nothing
      // flushes them, so a probe taken here makes the next statement's deltas exact.
      last = await probes.read(client, 'begin', last);
    };
    const commit = async () => {
      const started = process.hrtime.bigint();
      await client.query('COMMIT');
      outcome.heldAtCommit.push(...(tx?.committed(lockFacts(last.locks, last), process.hrtime.bigint() - started) ?? []));
      tx = null;
    };
    if (plan.transactional) await begin();
    for (const [i, stmt] of parsed.statements.entries()) {
      const result = statements[i] as StatementOutcome;
      const refuses = cannotRunInTransaction(stmt, major);
      // A statement the file runs outside any transaction is measured inside one of its own.
      const own = !plan.transactional && client.getTransactionStatus() === 'I' && !refuses && stmt.kind !== 'TransactionStmt';
      // In a transaction of its own: a batch of one, unless it fails (then rolled back, and run below to locate the error).
      const single = own ? await runBatch(client, [stmt], last, probes, major) : null;
      if (single && 'lost' in single) {
        lose(single, i);
        break;
      }
      if (single) {
        record(single, i);
        continue;
      }
      let started = process.hrtime.bigint();
      try {
        if (own) {
          await begin();
          started = process.hrtime.bigint();
        }
        // A transaction the file opens itself (BEGIN in the file) is tracked like ours.
        const opensOwn = stmt.kind === 'TransactionStmt' && client.getTransactionStatus() === 'I';
        let observed: LockFact[] | undefined;
        let res;
        if (refuses && options.observer) {
          const running = client.query(stmt.sql);
          observed = await observeLocks(options.observer, pid, running);
          res = await running;
        } else {
          res = await client.query(stmt.sql);
        }
        const ranNs = process.hrtime.bigint() - started;
        result.durationMs = Number(ranNs) / 1e6;
        result.status = 'applied';
        result.rowCount = Array.isArray(res) ? null : res.rowCount;
        if (opensOwn && client.getTransactionStatus() === 'T') tx = new OpenTransaction();
        const before = last;
        // DISCARD and DEALLOCATE remove the session's prepared statements, the probes among them.
        if (stmt.kind === 'DiscardStmt' || stmt.kind === 'DeallocateStmt') probes = await Probes.prepare(client);
        last = await probes.read(client, probeAfter(stmt, refuses), last);
        const facts = compareProbes(before, last);
        result.rewrites = facts.rewrites;
        if (refuses) {
          // Seen from a second session, or not at all when it finished before one could look.
          if (observed?.length) (result.locks = observed), (result.observedFrom = 'second session');
        } else {
          result.locks = facts.locks;
          result.scans = facts.scans;
          result.observedFrom = 'own session';
        }
        (tx as OpenTransaction | null)?.took(result.locks ?? [], i, ranNs);
        if (own) await commit();
        else if (tx && client.getTransactionStatus() === 'I') {
          // The file's own COMMIT (this statement) ended it: what the previous probe saw was held until now.
          outcome.heldAtCommit.push(...(tx as OpenTransaction).committed(lockFacts(before.locks, before), 0n));
          tx = null;
        }
      } catch (err) {
        result.durationMs = elapsed(started);
        result.status = 'failed';
        result.error = toStatementError(err, parsed.source, stmt.offset);
        stopped = true;
        break;
      }
    }
    if (stopped) {
      if (client.getTransactionStatus() !== 'I') await client.query('ROLLBACK').catch(() => {});
      if (plan.transactional) for (const s of statements) if (s.status === 'applied') s.status = 'rolled-back';
      outcome.status = 'failed';
    } else {
      if (plan.transactional) await commit();
      else if (client.getTransactionStatus() !== 'I') {
        // The file opened a transaction and never committed it: runners end such a session
        // with a rollback, so nothing after its BEGIN takes effect.
        await client.query('ROLLBACK');
        const begin = statements.findLastIndex((st) => st.kind === 'TransactionStmt');
        for (const st of statements.slice(begin)) if (st.status === 'applied') st.status = 'rolled-back';
        tx = null;
      }
      outcome.status = 'applied';
      await options.afterMigration?.(outcome);
    }
  }
  return outcomes;
}
