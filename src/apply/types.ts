import type { FrameworkId, Migration, TransactionMode } from '../discover/types.js';
import type { ParsedFile } from '../parse/statements.js';
import type { Estimate } from '../model/estimate.js';
import type { Position } from '../parse/sourceText.js';
import type { LockMode } from '../trace/locks.js';
import type { LockFact, ScanFact } from '../trace/probe.js';

/** A migration ready to run: what discovery found, parsed. */
export interface ApplyUnit {
  migration: Pick<Migration, 'key' | 'path' | 'transaction' | 'framework'>;
  parsed: ParsedFile;
}

export interface StatementError {
  message: string;
  /** SQLSTATE, e.g. 42P01. */
  code?: string;
  detail?: string;
  hint?: string;
  /** What cut a statement off instead of rejecting it, e.g. "by statement_timeout". */
  cutOff?: string;
  /** Where Postgres (or the parser) placed the error in the file. */
  position: Position;
}

export type StatementStatus = 'applied' | 'failed' | 'rolled-back' | 'not-run';

export interface StatementOutcome {
  file: string;
  index: number;
  sql: string;
  kind: string;
  start: Position;
  end: Position;
  status: StatementStatus;
  durationMs: number;
  rowCount: number | null;
  error?: StatementError;
  /** Relation locks the statement acquired, as pg_locks showed them (absent when not measured). */
  locks?: LockFact[];
  /** Tables and indexes whose data was written anew (their relfilenode changed). */
  rewrites?: string[];
  /** Sequential scans the statement ran (validation scans included); absent when not measurable. */
  scans?: ScanFact[];
  /** Where the locks were read: the statement's own session, or a second session while it ran. */
  observedFrom?: 'own session' | 'second session';
  /** Its time at production size, when it rewrote, scanned or indexed an existing table (set by review/estimate.ts). */
  estimate?: Estimate;
}

/** A lock held until a transaction ended, and for how long. */
export interface HeldLock {
  relation: string;
  mode: LockMode;
  kind: LockFact['kind'];
  /** From the start of the statement that took it to the end of the COMMIT. */
  heldMs: number;
  /** Index of the statement that took it. */
  since: number;
}

export interface FileOutcome {
  /** The migration's key: its path, or path#id for a Liquibase changeset. */
  key: string;
  path: string;
  status: 'applied' | 'failed' | 'not-run';
  framework: FrameworkId;
  /** How its framework runs it. */
  transaction: TransactionMode;
  /** Applied inside one transaction here, or statement by statement. */
  transactional: boolean;
  /** Indexes of statements that refuse a transaction block where the framework runs them in one. */
  incompatible: number[];
  statements: StatementOutcome[];
  /** The strongest lock on each relation at each commit, with how long it was held. */
  heldAtCommit: HeldLock[];
  /** The file could not be parsed; nothing in it ran. */
  parseError?: StatementError;
}

export interface BaseReplay {
  files: number;
  statements: number;
  durationMs: number;
  failure?: { file: string; error: StatementError };
}
