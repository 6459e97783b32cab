import type pg from 'pg';
import type { ParsedFile, Statement } from '../parse/statements.js';
import { strength } from '../trace/locks.js';
import { observeLocks } from '../trace/observer.js';
import { compareProbes, lockFacts, probeAfter, Probes, type LockFact, type ProbeState } from '../trace/probe.js';
import { runBatch, type Batch, type LostBatch } from './batch.js';
import { elapsed, toStatementError } from './errors.js';
import type { ExecutionPlan } from './plan.js';
import { cannotRunInTransaction } from './transactions.js';
import type { FileOutcome, HeldLock, StatementOutcome } from './types.js';

/** The session the change runs on, and what its latest probe saw: one for all of a change's migrations. */
export interface TracedSession {
  client: pg.Client;
  pid: number;
  probes: Probes;
  last: ProbeState;
  /** A second session on the same database, to watch statements that cannot run in a transaction. */
  observer: pg.Client | null;
  major: number;
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

/**
 * One migration file applied and measured: whole as one batch where its framework runs it in one
 * transaction, else (or when that batch failed and was rolled back, to locate the failure)
 * statement by statement. Its result is `outcome`, filled in as it runs.
 */
export class MigrationRun {
  private tx: OpenTransaction | null = null;
  private readonly statements: StatementOutcome[];

  constructor(
    private readonly session: TracedSession,
    private readonly parsed: Extract<ParsedFile, { ok: true }>,
    private readonly plan: ExecutionPlan,
    readonly outcome: FileOutcome,
  ) {
    this.statements = outcome.statements;
  }

  /** Runs the file; false when a statement failed (the file is then rolled back as its framework would). */
  async apply(): Promise<boolean> {
    const whole = this.plan.transactional
      ? await runBatch(this.session.client, this.parsed.statements, this.session.last, this.session.probes, this.session.major)
      : null;
    if (whole && 'lost' in whole) return this.lose(whole, 0);
    if (whole) {
      this.record(whole, 0);
      this.outcome.status = 'applied';
      return true;
    }
    return (await this.eachStatement()) ? this.finish() : this.fail();
  }

  /** What a batch of the file's statements from `first` on measured, recorded in the outcome. */
  private record(batch: Batch, first: number): void {
    const tx = new OpenTransaction();
    let before = batch.begin;
    for (const [k, ran] of batch.statements.entries()) {
      const facts = compareProbes(before, ran.probe);
      Object.assign(this.statements[first + k] as StatementOutcome, {
        status: 'applied',
        durationMs: Number(ran.ranNs) / 1e6,
        rowCount: ran.rowCount,
        rewrites: facts.rewrites,
        locks: facts.locks,
        scans: facts.scans,
        observedFrom: 'own session',
      });
      tx.took(facts.locks, first + k, ran.ranNs);
      before = ran.probe;
    }
    this.outcome.heldAtCommit.push(...tx.committed(lockFacts(before.locks, before), batch.commitNs));
    this.session.last = batch.end;
  }

  /** A batch whose session died: the statement that was running failed, those before it were rolled back. */
  private lose(batch: LostBatch, first: number): false {
    for (const result of this.statements.slice(first, first + batch.statement)) result.status = 'rolled-back';
    const failed = this.statements[first + batch.statement] as StatementOutcome;
    const stmt = this.parsed.statements[first + batch.statement];
    Object.assign(failed, {
      status: 'failed',
      durationMs: Number(batch.ranNs) / 1e6,
      error: toStatementError(batch.error, this.parsed.source, stmt?.offset ?? 0),
    });
    this.outcome.status = 'failed';
    return false;
  }

  private async begin(): Promise<void> {
    await this.session.client.query('BEGIN');
    this.tx = new OpenTransaction();
    // Scan counters hold a backend's unflushed counts across transactions; inside one, nothing
    // flushes them, so a probe taken here makes the next statement's deltas exact.
    this.session.last = await this.session.probes.read(this.session.client, 'begin', this.session.last);
  }

  private async commit(): Promise<void> {
    const started = process.hrtime.bigint();
    await this.session.client.query('COMMIT');
    const last = this.session.last;
    this.outcome.heldAtCommit.push(...(this.tx?.committed(lockFacts(last.locks, last), process.hrtime.bigint() - started) ?? []));
    this.tx = null;
  }

  /** Statement by statement; false at the first that fails. */
  private async eachStatement(): Promise<boolean> {
    if (this.plan.transactional) await this.begin();
    for (const i of this.parsed.statements.keys()) if (!(await this.statement(i))) return false;
    return true;
  }

  /** One statement, measured in a transaction of its own when the file runs it outside any. */
  private async statement(i: number): Promise<boolean> {
    const { client, major } = this.session;
    const stmt = this.parsed.statements[i] as Statement;
    const result = this.statements[i] as StatementOutcome;
    const refuses = cannotRunInTransaction(stmt, major);
    const own = !this.plan.transactional && client.getTransactionStatus() === 'I' && !refuses && stmt.kind !== 'TransactionStmt';
    // In a transaction of its own: a batch of one, unless it fails (then rolled back, and run below to locate the error).
    const single = own ? await runBatch(client, [stmt], this.session.last, this.session.probes, major) : null;
    if (single && 'lost' in single) return this.lose(single, i);
    if (single) {
      this.record(single, i);
      return true;
    }
    let started = process.hrtime.bigint();
    try {
      if (own) {
        await this.begin();
        started = process.hrtime.bigint();
      }
      // A transaction the file opens itself (BEGIN in the file) is tracked like ours.
      const opensOwn = stmt.kind === 'TransactionStmt' && client.getTransactionStatus() === 'I';
      let observed: LockFact[] | undefined;
      let res;
      if (refuses && this.session.observer) {
        const running = client.query(stmt.sql);
        observed = await observeLocks(this.session.observer, this.session.pid, running);
        res = await running;
      } else {
        res = await client.query(stmt.sql);
      }
      const ranNs = process.hrtime.bigint() - started;
      result.durationMs = Number(ranNs) / 1e6;
      result.status = 'applied';
      result.rowCount = Array.isArray(res) ? null : res.rowCount;
      if (opensOwn && client.getTransactionStatus() === 'T') this.tx = new OpenTransaction();
      const before = this.session.last;
      // DISCARD and DEALLOCATE remove the session's prepared statements, the probes among them.
      if (stmt.kind === 'DiscardStmt' || stmt.kind === 'DeallocateStmt') this.session.probes = await Probes.prepare(client);
      this.session.last = await this.session.probes.read(client, probeAfter(stmt, refuses), before);
      const facts = compareProbes(before, this.session.last);
      result.rewrites = facts.rewrites;
      if (refuses) {
        // Seen from a second session, or not at all when it finished before one could look.
        if (observed?.length) {
          result.locks = observed;
          result.observedFrom = 'second session';
        }
      } else {
        result.locks = facts.locks;
        result.scans = facts.scans;
        result.observedFrom = 'own session';
      }
      this.tx?.took(result.locks ?? [], i, ranNs);
      if (own) await this.commit();
      else if (this.tx && client.getTransactionStatus() === 'I') {
        // The file's own COMMIT (this statement) ended it: what the previous probe saw was held until now.
        this.outcome.heldAtCommit.push(...this.tx.committed(lockFacts(before.locks, before), 0n));
        this.tx = null;
      }
      return true;
    } catch (err) {
      result.durationMs = elapsed(started);
      result.status = 'failed';
      result.error = toStatementError(err, this.parsed.source, stmt.offset);
      return false;
    }
  }

  /** After a failure: rolled back, as the framework's transaction (or the session's end) would. */
  private async fail(): Promise<false> {
    const { client } = this.session;
    if (client.getTransactionStatus() !== 'I') await client.query('ROLLBACK').catch(() => {});
    if (this.plan.transactional) for (const s of this.statements) if (s.status === 'applied') s.status = 'rolled-back';
    this.outcome.status = 'failed';
    return false;
  }

  /** After every statement ran: the framework's commit, or the rollback of a transaction the file left open. */
  private async finish(): Promise<true> {
    const { client } = this.session;
    if (this.plan.transactional) await this.commit();
    else if (client.getTransactionStatus() !== 'I') {
      // The file opened a transaction and never committed it: runners end such a session
      // with a rollback, so nothing after its BEGIN takes effect.
      await client.query('ROLLBACK');
      const begin = this.statements.findLastIndex((st) => st.kind === 'TransactionStmt');
      for (const st of this.statements.slice(begin)) if (st.status === 'applied') st.status = 'rolled-back';
      this.tx = null;
    }
    this.outcome.status = 'applied';
    return true;
  }
}
