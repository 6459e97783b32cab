import escapeStringRegexp from 'escape-string-regexp';
import type { Fix } from '../model/finding.js';
import type { StatementContext } from './types.js';

const split = new WeakMap<StatementContext['migration'], string[]>();
const lowered = new WeakMap<StatementContext['migration'], string[]>();

/** The migration's lines, split once however many fixes it gets. */
function lines(s: StatementContext): string[] {
  let all = split.get(s.migration);
  if (!all) split.set(s.migration, (all = s.migration.text.split('\n')));
  return all;
}

function lowerLines(s: StatementContext): string[] {
  let all = lowered.get(s.migration);
  if (!all) lowered.set(s.migration, (all = s.migration.text.toLowerCase().split('\n')));
  return all;
}

/** Rewrites the first line of the statement that matches `pattern`. */
export function replaceInStatement(s: StatementContext, pattern: RegExp, replace: string): Fix | undefined {
  const all = lines(s);
  for (let line = s.stmt.start.line; line <= s.stmt.end.line; line++) {
    const text = all[line - 1] ?? '';
    if (pattern.test(text)) return { startLine: line, endLine: line, replacement: text.replace(pattern, replace) };
  }
  return undefined;
}

const columnLines = new Map<string, RegExp>();

/** Rewrites the line that defines a column (its name followed by the type). */
export function replaceInColumnLine(s: StatementContext, column: string, pattern: RegExp, replace: string | ((match: string) => string)): Fix | undefined {
  const all = lines(s);
  const lower = lowerLines(s);
  // Compiled once per column name: a long history has hundreds of such fixes.
  let definesColumn = columnLines.get(column);
  // Matched literally, whatever characters a quoted identifier holds.
  if (!definesColumn) columnLines.set(column, (definesColumn = new RegExp(`(^|[\\s,("])"?${escapeStringRegexp(column)}"?\\s+`, 'i')));
  const name = column.toLowerCase();
  for (let line = s.stmt.start.line; line <= s.stmt.end.line; line++) {
    const text = all[line - 1] ?? '';
    // Most lines of a CREATE TABLE define other columns: a substring test rules them out cheaply.
    if (!lower[line - 1]?.includes(name)) continue;
    const at = definesColumn.exec(text);
    if (!at) continue;
    const head = text.slice(0, at.index + at[0].length);
    const tail = text.slice(head.length);
    if (pattern.test(tail))
      return {
        startLine: line,
        endLine: line,
        replacement: head + (typeof replace === 'string' ? tail.replace(pattern, replace) : tail.replace(pattern, replace)),
      };
  }
  return undefined;
}

/** Appends text to the statement, just before its end (the semicolon, if on the same line). */
export function appendToStatement(s: StatementContext, text: string): Fix {
  const line = s.stmt.end.line;
  const original = lines(s)[line - 1] ?? '';
  const endColumn = s.stmt.end.column - 1;
  return { startLine: line, endLine: line, replacement: original.slice(0, endColumn) + text + original.slice(endColumn) };
}

/** Puts new lines right before the statement (on its first line). */
export function insertBefore(s: StatementContext, text: string): Fix {
  const line = s.stmt.start.line;
  const original = lines(s)[line - 1] ?? '';
  const indent = /^\s*/.exec(original)?.[0] ?? '';
  return { startLine: line, endLine: line, replacement: `${indent}${text}\n${original}` };
}

/** Puts new lines right after the statement (on its last line). */
export function insertAfter(s: StatementContext, text: string): Fix {
  const line = s.stmt.end.line;
  const original = lines(s)[line - 1] ?? '';
  return { startLine: line, endLine: line, replacement: `${original}\n${text}` };
}
