import type { FileOutcome } from '../apply/types.js';
import { LAYOUTS } from '../discover/layouts/index.js';
import type { Detection } from '../model/finding.js';

const KIND_WORDS: Record<string, string> = {
  IndexStmt: 'CREATE INDEX CONCURRENTLY',
  DropStmt: 'DROP INDEX CONCURRENTLY',
  ReindexStmt: 'REINDEX CONCURRENTLY',
  VacuumStmt: 'VACUUM',
  AlterEnumStmt: 'ALTER TYPE ... ADD VALUE',
  AlterTableStmt: 'DETACH PARTITION CONCURRENTLY',
};

/** SQLSTATE of a statement the review role may not run. */
export const INSUFFICIENT_PRIVILEGE = '42501';
const UNPRIVILEGED =
  'The sandbox runs the change as a role that owns its database but is not a superuser (and may create roles only from PostgreSQL 16): give what your platform provides beyond that in postgres.preamble or postgres.extensions.';

/** A duration in seconds, or in minutes when whole: "0.5 s", "3 s", "10 min". */
export function seconds(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Number((ms / 1000).toFixed(1))} s`;
}

/** What the migration run showed: statements that fail or would fail in production. */
export function outcomeFindings(files: FileOutcome[]): Detection[] {
  const findings: Detection[] = [];
  for (const file of files) {
    const layout = LAYOUTS[file.framework];
    for (const index of file.incompatible) {
      const stmt = file.statements[index];
      if (!stmt) continue;
      const what = KIND_WORDS[stmt.kind] ?? stmt.kind;
      const why =
        file.transaction === 'auto'
          ? `${layout.label} runs such a statement outside a transaction but refuses a migration that mixes it with statements that run inside one`
          : file.transaction === 'implicit'
            ? `${layout.label} sends this migration as one multi-statement query, which PostgreSQL runs as one transaction`
            : `${layout.label} runs this migration inside a transaction`;
      findings.push({
        ruleId: 'transaction-incompatible',
        file: file.path,
        line: stmt.start.line,
        column: stmt.start.column,
        endLine: stmt.end.line,
        message: `${what} cannot run inside a transaction block, and ${why}: this migration fails in production. ${layout.optOut ? `Opt out with ${layout.optOut}.` : 'Put this statement in a migration of its own.'} (The sandbox ran it outside a transaction to review the rest.)`,
      });
    }
    if (file.parseError) {
      findings.push({
        ruleId: 'syntax-error',
        file: file.path,
        line: file.parseError.position.line,
        column: file.parseError.position.column,
        message: `The file does not parse as PostgreSQL SQL: ${file.parseError.message}. Nothing in it was applied.`,
      });
    }
    for (const stmt of file.statements) {
      if (stmt.status !== 'failed' || !stmt.error) continue;
      const applied = file.statements.filter((s) => s.status === 'rolled-back' || s.status === 'applied').length;
      const before = file.transactional
        ? applied
          ? ` The ${applied} statement(s) before it in this file were rolled back with it.`
          : ''
        : applied
          ? ` The ${applied} statement(s) before it stay applied: this file does not run in one transaction.`
          : '';
      const extra = [stmt.error.detail, stmt.error.hint && `Hint: ${stmt.error.hint}`, stmt.error.code === INSUFFICIENT_PRIVILEGE && UNPRIVILEGED]
        .filter(Boolean)
        .join(' ');
      const postgres = `${stmt.error.message}${stmt.error.code ? ` (SQLSTATE ${stmt.error.code})` : ''}`;
      // Without a SQLSTATE the words are the sandbox's, not PostgreSQL's.
      const said = stmt.error.code ? `PostgreSQL: ${postgres}` : `${stmt.error.message[0]?.toUpperCase()}${stmt.error.message.slice(1)}`;
      const what = stmt.error.cutOff
        ? `This statement was cut off after ${seconds(stmt.durationMs)} ${stmt.error.cutOff}. ${said}.`
        : `PostgreSQL rejected this statement: ${postgres}.`;
      findings.push({
        ruleId: 'migration-failed',
        file: file.path,
        line: stmt.error.position.line,
        column: stmt.error.position.column,
        endLine: stmt.end.line,
        message: `${what}${extra ? ` ${extra}` : ''}${before}`,
      });
    }
  }
  return findings;
}
