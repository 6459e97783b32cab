import type { Statement } from '../parse/statements.js';
import { cannotRunInTransaction, controlsTransactions } from './transactions.js';
import type { ApplyUnit, StatementOutcome } from './types.js';

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

/** A statement's outcome before (or without) running it. */
export function notRun(stmt: Statement): StatementOutcome {
  return {
    file: stmt.file,
    index: stmt.index,
    sql: stmt.sql,
    kind: stmt.kind,
    start: stmt.start,
    end: stmt.end,
    status: 'not-run',
    durationMs: 0,
    rowCount: null,
  };
}
