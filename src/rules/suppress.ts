import { scanSync } from 'libpg-query';
import { SourceText } from '../parse/sourceText.js';
import type { MigrationContext } from './types.js';

export interface Suppression {
  file: string;
  /** Line of the comment. */
  line: number;
  ruleIds: string[];
  reason: string;
  /** `dba-ignore-file`: every statement of the file; `dba-ignore`: one statement. */
  scope: 'file' | 'statement';
  /** Lines it applies to: the statement's (the next one), or the whole file's. */
  appliesTo: { from: number; to: number };
}

// `dba-ignore:` (the next statement) or `dba-ignore-file:` (the whole file), rule ids, then the reason.
const DIRECTIVE = /--\s*dba-ignore(-file)?:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(.*)$/i;

/** The comment's name as written in messages: `dba-ignore` or `dba-ignore-file`. */
export const directiveName = (s: Suppression) => (s.scope === 'file' ? 'dba-ignore-file' : 'dba-ignore');

const ruleIdsOf = (m: RegExpExecArray) => (m[2] as string).split(',').map((id) => id.trim().toLowerCase());

/**
 * The `--` comments of a file by line, as the scanner finds them: text inside a string or a
 * quoted name that merely looks like a directive (a column named "x\n-- dba-ignore: drop-table")
 * is not one.
 */
function commentLines(text: string): Map<number, string> {
  const source = new SourceText(text);
  const byLine = new Map<number, string>();
  for (const token of scanSync(text).tokens) {
    if (token.tokenName !== 'SQL_COMMENT') continue;
    const { line } = source.positionAt(source.indexOfByte(token.start));
    if (!byLine.has(line)) byLine.set(line, token.text);
  }
  return byLine;
}

/**
 * `-- dba-ignore: rule-id[, rule-id] reason` in the comments just before a statement suppresses
 * those rules for that statement; before a file's first statement it also covers file-level
 * findings. `-- dba-ignore-file: rule-id[, rule-id] reason` anywhere in the file suppresses them
 * for all of it.
 */
export function findSuppressions(migration: MigrationContext): Suppression[] {
  // Nearly every file has none: not worth splitting into lines. A file that did not parse has no statements to suppress findings of (and may not even scan).
  if (!/dba-ignore/i.test(migration.text) || !migration.statements.length) return [];
  const lastLine = migration.text.split('\n').length;
  const comments = commentLines(migration.text);
  const out: Suppression[] = [];
  for (const [line, comment] of comments) {
    const m = DIRECTIVE.exec(comment);
    if (m?.[1])
      out.push({ file: migration.path, line, ruleIds: ruleIdsOf(m), reason: (m[3] as string).trim(), scope: 'file', appliesTo: { from: 1, to: lastLine } });
  }
  const statements = migration.statements.map((s) => s.stmt);
  let previousEnd = 0;
  for (const [i, stmt] of [...statements, undefined].entries()) {
    const start = stmt?.start.line ?? lastLine;
    for (let line = Math.max(previousEnd, 1); line <= start; line++) {
      const m = DIRECTIVE.exec(comments.get(line) ?? '');
      if (!m || m[1]) continue;
      // On the line where the previous statement ends, a trailing comment is about that statement.
      const target = line === previousEnd && i > 0 ? statements[i - 1] : stmt;
      if (!target) continue;
      out.push({
        file: migration.path,
        line,
        ruleIds: ruleIdsOf(m),
        reason: (m[3] as string).trim(),
        scope: 'statement',
        appliesTo: { from: target === statements[0] ? 1 : target.start.line, to: target.end.line },
      });
    }
    previousEnd = stmt?.end.line ?? previousEnd;
  }
  return out.sort((a, b) => a.line - b.line);
}
