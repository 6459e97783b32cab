// What a failed statement tells the review: PostgreSQL's error, bounded, at its place in the file.

import type { SourceText } from '../parse/sourceText.js';
import type { StatementError } from './types.js';

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

export function elapsed(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}
