import type pg from 'pg';
import type { ParsedFile, Statement } from '../parse/statements.js';
import type { SourceText } from '../parse/sourceText.js';
import { cannotRunInTransaction, controlsTransactions } from './transactions.js';
import type { BaseReplay, FileOutcome, StatementError, StatementOutcome } from './types.js';

interface PgError extends Error {
  code?: string;
  detail?: string;
  hint?: string;
  position?: string;
}

/** Maps a Postgres error raised by `text` (which starts at `offset` in the file) to a file position. */
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

/** Runs as a whole transaction unless the file manages transactions or holds a statement that cannot. */
function runsInOneTransaction(statements: Statement[], major: number): boolean {
  return !controlsTransactions(statements) && !statements.some((s) => cannotRunInTransaction(s, major));
}

/**
 * Replays the base branch's history: what production already has. Files that can run as one
 * transaction are sent whole (one round trip); a failure stops the replay.
 */
export async function replayBase(client: pg.Client, files: ParsedFile[], major: number): Promise<BaseReplay> {
  const started = process.hrtime.bigint();
  let statements = 0;
  const failed = (file: string, error: StatementError): BaseReplay => ({ files: files.length, statements, durationMs: elapsed(started), failure: { file, error } });
  for (const file of files) {
    if (!file.ok) return failed(file.file, { message: file.error.message, position: file.error.position });
    if (!file.statements.length) continue;
    const whole = runsInOneTransaction(file.statements, major);
    if (whole) {
      try {
        await client.query(file.source.text);
        statements += file.statements.length;
        continue;
      } catch {
        // Fall through: replaying the (rolled back) file statement by statement finds the culprit.
      }
    }
    if (whole) await client.query('BEGIN');
    for (const stmt of file.statements) {
      try {
        await client.query(stmt.sql);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        return failed(file.file, toStatementError(err, file.source, stmt.offset));
      }
    }
    if (whole) await client.query('COMMIT');
    statements += file.statements.length;
  }
  return { files: files.length, statements, durationMs: elapsed(started) };
}

function pending(stmt: Statement): StatementOutcome {
  return { file: stmt.file, index: stmt.index, sql: stmt.sql, kind: stmt.kind, start: stmt.start, end: stmt.end, status: 'not-run', durationMs: 0, rowCount: null };
}

/**
 * Applies the pull request's migrations statement by statement, each file in one transaction
 * as migration frameworks do. The first failure rolls back its file and stops the run: later
 * files usually depend on it.
 */
export async function applyChanges(client: pg.Client, files: ParsedFile[], major: number): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  let stopped = false;
  for (const file of files) {
    if (!file.ok) {
      outcomes.push({ path: file.file, status: stopped ? 'not-run' : 'failed', transactional: false, statements: [], ...(stopped ? {} : { parseError: { message: file.error.message, position: file.error.position } }) });
      stopped = true;
      continue;
    }
    const transactional = runsInOneTransaction(file.statements, major);
    const statements = file.statements.map(pending);
    const outcome: FileOutcome = { path: file.file, status: 'not-run', transactional, statements };
    outcomes.push(outcome);
    if (stopped) continue;
    if (transactional) await client.query('BEGIN');
    for (const [i, stmt] of file.statements.entries()) {
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
        result.error = toStatementError(err, file.source, stmt.offset);
        stopped = true;
        break;
      }
    }
    if (stopped) {
      if (transactional) {
        await client.query('ROLLBACK');
        for (const s of statements) if (s.status === 'applied') s.status = 'rolled-back';
      } else {
        // A file that failed while inside its own BEGIN must not leave the session aborted.
        await client.query('ROLLBACK').catch(() => {});
      }
      outcome.status = 'failed';
    } else {
      if (transactional) await client.query('COMMIT');
      outcome.status = 'applied';
    }
  }
  return outcomes;
}
