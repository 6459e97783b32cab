import type { Tree } from '../parse/ast.js';
import type { ApplyUnit } from '../apply/types.js';
import type { CatalogState, IndexInfo } from '../catalog/types.js';
import { failureContext, type StepFailure } from '../data/fill.js';
import { bareName, mentionedRelations } from '../data/touched.js';
import type { Statement } from '../parse/statements.js';
import type { Detection } from '../model/finding.js';

// SQLSTATEs of a name that did not resolve: undefined function, table, object, schema.
const UNRESOLVED = new Set(['42883', '42P01', '42704', '3F000']);

/** Functions an error's context names: `PL/pgSQL function norm(text) line 1 at RETURN`, `SQL function "norm" statement 1`. */
export function functionsIn(where: string | undefined): string[] {
  const names = [...(where ?? '').matchAll(/(?:PL\/pgSQL function ([^\s(]+)\(|SQL function "([^"]+)")/g)].map((m) => (m[1] ?? m[2]) as string);
  return names.map((n) => n.split('.').pop() as string);
}

export function node(s: Statement): Tree {
  return ((s.ast as Record<string, unknown>)[s.kind] ?? {}) as Tree;
}

/** The bare name of the last item of a name list (funcname, objname). */
export function lastName(list: unknown): string | undefined {
  const last = Array.isArray(list) ? (list.at(-1) as { String?: { sval?: string } } | undefined) : undefined;
  return last?.String?.sval;
}

/** Indexes the change added on `table` whose expression may have failed: those calling a function of the error's context first. */
function suspectIndexes(table: string, functions: string[], before: CatalogState | undefined, after: CatalogState | undefined): IndexInfo[] {
  const old = new Set(before?.tables[table]?.indexes.map((i) => i.name) ?? []);
  const added = (after?.tables[table]?.indexes ?? []).filter((i) => !old.has(i.name));
  const calling = added.filter((i) => functions.some((f) => i.definition.includes(`${f}(`)));
  return calling.length ? calling : added.filter((i) => i.columns.includes(null) || i.predicate !== null);
}

/**
 * The statement that made what failed on `table`'s rows: the index whose expression calls a
 * function of the error's context (or any expression index the change added to the table), the
 * table's CREATE or ALTER that calls such a function (a CHECK constraint, a default, a generated
 * column), else the function's CREATE, else the statement that created or touched the table.
 */
export function blame(table: string, statements: Statement[], indexes: IndexInfo[], functions: string[]): Statement | undefined {
  const bare = bareName(table);
  const names = new Set(indexes.map((i) => i.name));
  const onTable = (s: Statement) => bareName(mentionedRelations([s])[0] ?? '') === bare;
  return (
    statements.find((s) => s.kind === 'IndexStmt' && names.has(node(s).idxname)) ??
    statements.find((s) => s.kind === 'IndexStmt' && onTable(s) && functions.some((f) => s.sql.includes(f))) ??
    statements.find((s) => (s.kind === 'CreateStmt' || s.kind === 'AlterTableStmt') && onTable(s) && functions.some((f) => s.sql.includes(`${f}(`))) ??
    statements.find((s) => s.kind === 'CreateFunctionStmt' && functions.includes(lastName(node(s).funcname) ?? '')) ??
    statements.find((s) => s.kind === 'CreateStmt' && onTable(s)) ??
    statements.find((s) => mentionedRelations([s]).some((r) => bareName(r) === bare))
  );
}

function analyzeMessage(failure: StepFailure, indexes: IndexInfo[], major: number): string {
  const evaluating = indexes.length ? `, evaluating the expression of index ${indexes.map((i) => i.name).join(', ')}` : '';
  const parts = [
    `${failure.step} fails once ${failure.table} holds rows: ${failure.message}${failureContext(failure)}${evaluating}.`,
    `Autovacuum's analyze of this table fails the same way, so its statistics go stale, and a pg_dump of the database does not restore (pg_restore rebuilds the index the same way).`,
  ];
  if (failure.code && UNRESOLVED.has(failure.code) && major >= 17) {
    parts.push(
      `Since PostgreSQL 17, ANALYZE, VACUUM, CREATE INDEX, REINDEX and pg_restore evaluate index expressions with search_path = pg_catalog, pg_temp: a function that finds what it calls through the session's search_path works for INSERT and fails there. Schema-qualify what the function calls, or give it SET search_path.`,
    );
  }
  return parts.join(' ');
}

/**
 * Findings for steps of the review PostgreSQL refused because of what the change made (ANALYZE on
 * a table whose new index expression fails, a fill that cannot read a new table), placed at the
 * statement that made it; the review went on without that step.
 */
export function stepFindings(
  failures: StepFailure[],
  units: ApplyUnit[],
  catalog: { before?: CatalogState; after?: CatalogState },
  major: number,
): Detection[] {
  const statements = units.flatMap((u) => (u.parsed.ok ? u.parsed.statements : []));
  return failures.flatMap((failure): Detection[] => {
    const functions = functionsIn(failure.where);
    const indexes = suspectIndexes(failure.table, functions, catalog.before, catalog.after);
    const at = blame(failure.table, statements, indexes, functions) ?? statements[0];
    if (!at) return [];
    const where = { file: at.file, line: at.start.line, column: at.start.column, object: failure.table };
    if (failure.step.startsWith('ANALYZE ')) return [{ ruleId: 'analyze-fails', ...where, message: analyzeMessage(failure, indexes, major) }];
    return [
      {
        ruleId: 'review-step-failed',
        ...where,
        message: `${failure.step} failed after this change: ${failure.message}${failureContext(failure)}. The review went on without it, so what it would have measured is missing.${failure.step.startsWith('Filling') ? ` Reading ${failure.table} fails the same way for the application.` : ''}`,
      },
    ];
  });
}
