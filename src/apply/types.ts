import type { FrameworkId, TransactionMode } from '../discover/types.js';
import type { Position } from '../parse/sourceText.js';

export interface StatementError {
  message: string;
  /** SQLSTATE, e.g. 42P01. */
  code?: string;
  detail?: string;
  hint?: string;
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
  /** The file could not be parsed; nothing in it ran. */
  parseError?: StatementError;
}

export interface BaseReplay {
  files: number;
  statements: number;
  durationMs: number;
  failure?: { file: string; error: StatementError };
}
