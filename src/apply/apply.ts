import type pg from 'pg';
import type { Migration } from '../discover/types.js';
import type { ParsedFile, Statement } from '../parse/statements.js';
import type { SourceText } from '../parse/sourceText.js';
import { cannotRunInTransaction, controlsTransactions } from './transactions.js';
import type { BaseReplay, FileOutcome, StatementError, StatementOutcome } from './types.js';

/** A migration ready to run: what discovery found, parsed. */
export interface ApplyUnit {
  migration: Pick<Migration, 'key' | 'path' | 'transaction' | 'framework'>;
  parsed: ParsedFile;
}

interface PgError extends Error {
  code?: string;
  detail?: string;
  hint?: string;
  position?: string;
}

/** Maps a Postgres error raised by text starting at `offset` in the file to a file position. */
export function toStatementError(err: unknown, source: SourceText, offset: number): StatementError {
  const e = err as PgError;
  const pos = e.position ? Number(e.position) : 0;
  const index = pos > 0 ? source.indexAfterChars(offset, pos - 1) : offset;
  return {
    message: e.message ?? String(err),
    ...(e.code ? { code: e.code } : {}),
    ...(e.detail ? { detail: e.detail } : {}),
    ...(e.hint ? { hint: e.hint } : {}),
    position: source.positionAt(index),
  };
}

function elapsed(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

export interface ExecutionPlan {
  /** Run inside one BEGIN ... COMMIT here; otherwise statement by statement, as written. */
  transactional: boolean;
  /** Statements that refuse a transaction block where the framework would run them inside one. */
  incompatible: Statement[];
}

/**
 * How a migration runs, from its framework's transaction behaviour and what it holds. The
 * sandbox always runs what production could run; where production would fail (a statement that
 * refuses a transaction inside one), the plan records it and runs the statements one by one so
 * the rest of the review still measures them.
 */
export function executionPlan(migration: ApplyUnit['migration'], statements: Statement[], major: number): ExecutionPlan {
  const controls = controlsTransactions(statements);
  const nonTx = statements.filter((s) => cannotRunInTransaction(s, major));
  const transactional = !controls && nonTx.length === 0 && migration.transaction !== 'none';
  switch (migration.transaction) {
    case 'wrapped':
      return { transactional, incompatible: nonTx };
    case 'implicit':
      return { transactional, incompatible: statements.length > 1 && !controls ? nonTx : [] };
    case 'auto':
      return { transactional, incompatible: nonTx.length > 0 && nonTx.length < statements.length ? nonTx : [] };
    default:
      return { transactional, incompatible: [] };
  }
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

function pending(stmt: Statement): StatementOutcome {
  return { file: stmt.file, index: stmt.index, sql: stmt.sql, kind: stmt.kind, start: stmt.start, end: stmt.end, status: 'not-run', durationMs: 0, rowCount: null };
}

/**
 * Applies the change's migrations statement by statement, each in one transaction where its
 * framework uses one. The first failure rolls back its migration and stops the run: later
 * migrations usually depend on it.
 */
export async function applyChanges(client: pg.Client, units: ApplyUnit[], major: number): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  let stopped = false;
  for (const { migration, parsed } of units) {
    const base = { key: migration.key, path: migration.path, framework: migration.framework, transaction: migration.transaction };
    if (!parsed.ok) {
      outcomes.push({ ...base, status: stopped ? 'not-run' : 'failed', transactional: false, statements: [], incompatible: [], ...(stopped ? {} : { parseError: { message: parsed.error.message, position: parsed.error.position } }) });
      stopped = true;
      continue;
    }
    const plan = executionPlan(migration, parsed.statements, major);
    const statements = parsed.statements.map(pending);
    const outcome: FileOutcome = { ...base, status: 'not-run', transactional: plan.transactional, statements, incompatible: plan.incompatible.map((s) => s.index) };
    outcomes.push(outcome);
    if (stopped) continue;
    if (plan.transactional) await client.query('BEGIN');
    for (const [i, stmt] of parsed.statements.entries()) {
      const result = statements[i] as StatementOutcome;
      const started = process.hrtime.bigint();
      try {
        const res = await client.query(stmt.sql);
        result.durationMs = elapsed(started);
        result.status = 'applied';
        result.rowCount = Array.isArray(res) ? null : res.rowCount;
      } catch (err) {
        result.durationMs = elapsed(started);
        result.status = 'failed';
        result.error = toStatementError(err, parsed.source, stmt.offset);
        stopped = true;
        break;
      }
    }
    if (stopped) {
      if (plan.transactional) {
        await client.query('ROLLBACK');
        for (const s of statements) if (s.status === 'applied') s.status = 'rolled-back';
      } else {
        // A migration that failed inside its own BEGIN must not leave the session aborted.
        await client.query('ROLLBACK').catch(() => {});
      }
      outcome.status = 'failed';
    } else {
      if (plan.transactional) await client.query('COMMIT');
      outcome.status = 'applied';
    }
  }
  return outcomes;
}
