// The restore drill's errors and catalog differences, each told at the change's statement that
// made the object it is about: one finding per statement.
import escapeStringRegexp from 'escape-string-regexp';
import type { CatalogChange, CatalogState } from '../catalog/types.js';
import { bareName } from '../data/touched.js';
import type { Detection } from '../model/finding.js';
import type { Statement } from '../parse/statements.js';
import type { RestoreError } from '../sandbox/dumpRestore.js';
import { blame, functionsIn, lastName, node } from './stepFindings.js';

// SQLSTATE-free test for a name that did not resolve: what search_path = '' does to unqualified names.
const UNRESOLVED = /(relation|function|type|operator|schema) .* does not exist/;

const SEARCH_PATH_HINT =
  "A dump restores with search_path = '' (pg_dump sets it): a function that a CHECK constraint, a default, a generated column or an index expression calls must schema-qualify what it reads and calls (schema.name), or carry its own SET search_path = public.";

/** A name as a whole word of a statement's text. */
const mentions = (s: Statement, name: string) => name !== '' && new RegExp(`(^|[^\\w$])"?${escapeStringRegexp(name)}"?($|[^\\w$])`, 'i').test(s.sql);

/** The index's table in the catalog after the change, for an index the restore could not build. */
function tableOfIndex(index: string, after: CatalogState): string | undefined {
  return Object.values(after.tables).find((t) => t.indexes.some((i) => i.name === index))?.qualifiedName;
}

/** The statement that made what a pg_restore error is about, when one of the change's did. */
function errorStatement(e: RestoreError, statements: Statement[], after: CatalogState): Statement | undefined {
  const functions = functionsIn(e.message);
  const [first = '', second = ''] = e.tag.split(' ');
  switch (e.desc) {
    case 'TABLE DATA':
      return blame(e.tag, statements, [], functions);
    case 'INDEX':
      return (
        statements.find((s) => s.kind === 'IndexStmt' && node(s).idxname === e.tag) ??
        blame(tableOfIndex(e.tag, after) ?? e.tag, statements, [], functions) ??
        statements.find((s) => mentions(s, e.tag))
      );
    case 'CONSTRAINT':
    case 'CHECK CONSTRAINT':
    case 'FK CONSTRAINT':
    case 'TRIGGER':
      return statements.find((s) => mentions(s, second)) ?? blame(first, statements, [], functions);
    case 'FUNCTION':
    case 'PROCEDURE':
      return statements.find((s) => s.kind === 'CreateFunctionStmt' && lastName(node(s).funcname) === e.tag.split('(')[0]);
    default:
      return statements.find((s) => mentions(s, bareName(e.tag.split(' ').pop() ?? '')));
  }
}

/** The statement that made the object a catalog difference names: a constraint's or index's own, else its table's. */
function differenceStatement(c: CatalogChange, statements: Statement[]): Statement | undefined {
  const own = c.name.includes(' ') ? (c.name.split(' ').pop() as string) : bareName(c.name);
  return statements.find((s) => mentions(s, own)) ?? (c.table ? blame(c.table, statements, [], []) : undefined);
}

/** pg_restore's error in a line: its first line, and the function it happened in. */
function describeError(e: RestoreError): string {
  const [first = ''] = e.message.split('\n');
  const context = e.message
    .split('\n')
    .find((l) => l.startsWith('CONTEXT:'))
    ?.slice('CONTEXT:'.length)
    .trim();
  const what = e.desc ? `${e.desc} ${e.tag}: ` : '';
  return `${what}${first.replace(/ERROR:\s+/, '')}${context ? ` (${context})` : ''}`;
}

function describeDifference(c: CatalogChange): string {
  const verb = c.action === 'added' ? 'appears only after the restore' : c.action === 'removed' ? 'is missing after the restore' : 'differs after the restore';
  return `${c.objectType} ${c.name} ${verb}${c.action === 'changed' ? ` (${c.details.join('; ')})` : ''}`;
}

/** A list in a sentence, its first few items and how many more. */
function some(items: string[], most = 4): string {
  return `${items.slice(0, most).join('; ')}${items.length > most ? `; and ${items.length - most} more` : ''}`;
}

/**
 * restore-fails findings: pg_restore's errors and the catalog's differences, grouped by the
 * statement that made their object. What no statement of the change made is `unplaced` (in a
 * line): the review says it, but it is not this change's finding.
 */
export function restoreFindings(
  errors: RestoreError[],
  differences: CatalogChange[],
  statements: Statement[],
  after: CatalogState,
): { detections: Detection[]; unplaced: string | null } {
  const byStatement = new Map<Statement, { errors: string[]; differences: string[]; unresolved: boolean }>();
  const unplaced: string[] = [];
  const add = (at: Statement | undefined, text: string, kind: 'errors' | 'differences', unresolved = false) => {
    if (!at) return unplaced.push(text);
    const entry = byStatement.get(at) ?? { errors: [], differences: [], unresolved: false };
    entry[kind].push(text);
    entry.unresolved ||= unresolved;
    byStatement.set(at, entry);
  };
  for (const e of errors) add(errorStatement(e, statements, after), describeError(e), 'errors', UNRESOLVED.test(e.message));
  for (const c of differences) add(differenceStatement(c, statements), describeDifference(c), 'differences');
  const detections = [...byStatement].map(([s, found]): Detection => {
    const parts = [
      ...(found.errors.length ? [`pg_restore failed: ${some(found.errors)}`] : []),
      ...(found.differences.length ? [`the restored catalog differs: ${some(found.differences)}`] : []),
    ];
    return {
      ruleId: 'restore-fails',
      file: s.file,
      line: s.start.line,
      column: s.start.column,
      message: `A pg_dump of the database after this change does not restore as it was: ${parts.map((p, i) => (i ? `${p[0]?.toUpperCase()}${p.slice(1)}` : p)).join('. ')}.${found.unresolved ? ` ${SEARCH_PATH_HINT}` : ''}`,
    };
  });
  return { detections, unplaced: unplaced.length ? some(unplaced) : null };
}
