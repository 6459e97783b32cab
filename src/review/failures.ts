import type { FileOutcome } from '../apply/types.js';
import type { Finding } from './types.js';

/** A migration that does not apply is an error finding at the failing statement. */
export function failureFindings(files: FileOutcome[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    if (file.parseError) {
      findings.push({
        ruleId: 'syntax-error',
        severity: 'error',
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
      const extra = [stmt.error.detail, stmt.error.hint && `Hint: ${stmt.error.hint}`].filter(Boolean).join(' ');
      findings.push({
        ruleId: 'migration-failed',
        severity: 'error',
        file: file.path,
        line: stmt.error.position.line,
        column: stmt.error.position.column,
        endLine: stmt.end.line,
        message: `PostgreSQL rejected this statement: ${stmt.error.message}${stmt.error.code ? ` (SQLSTATE ${stmt.error.code})` : ''}.${extra ? ` ${extra}` : ''}${before}`,
      });
    }
  }
  return findings;
}
