import type { Finding, Severity } from '../model/finding.js';
import type { Review } from '../review/types.js';

// GitHub Actions workflow commands (`::error file=…::message`), which the runner turns into
// annotations on the run and the pull request. Escaped as @actions/core escapes them; that package
// only writes to process.stdout and does not export its escaping, so it is not used here.

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A command's message: no line break or `%` of its own can end it or be read as an escape. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property's value: a message's escapes, and no `:` or `,` that would end the value or the properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One command line, `::name key=value,key=value::message`; properties without a value are left out, as @actions/core leaves them. */
export function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}

/** An annotation per finding; one whose file is gone from the commit (detached) has no place, so it names none. */
export function findingCommands(findings: Finding[]): string {
  return findings
    .map((f) =>
      workflowCommand(
        COMMAND[f.severity],
        f.detached ? { title: f.ruleId } : { file: f.file, line: f.line, endLine: Math.max(f.line, f.endLine ?? f.line), col: f.column, title: f.ruleId },
        f.message,
      ),
    )
    .join('');
}

/** A review as annotations: why it could not run, when it could not, then its findings. */
export function reviewCommands(review: Review): string {
  return review.problems.map((p) => workflowCommand('error', { title: 'pg-dba-review' }, p)).join('') + findingCommands(review.findings);
}
