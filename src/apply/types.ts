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
  path: string;
  status: 'applied' | 'failed' | 'not-run';
  /** Applied inside one transaction (the usual framework behaviour) or statement by statement. */
  transactional: boolean;
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
