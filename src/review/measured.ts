import type { FileOutcome, StatementOutcome } from '../apply/types.js';
import { strength, type LockMode } from '../trace/locks.js';
import type { Review } from './types.js';

/** What one statement measurably did to one table that existed before the change. */
export interface TableImpact {
  table: string;
  mode: LockMode | null;
  /** How long the lock was held: to the end of the migration's transaction, or of the statement. */
  heldMs: number | null;
  rows: number | null;
  rewritten: boolean;
  /** Indexes of the table rewritten with it. */
  indexesRewritten: string[];
  rowsScanned: number | null;
}

export interface StatementImpact {
  file: FileOutcome;
  statement: StatementOutcome;
  tables: TableImpact[];
  /** The statement refuses a transaction and finished before a second session could see its locks. */
  locksUnseen: boolean;
}

/** The index's table, from the catalog before the change. */
function tableOfIndex(review: Review, index: string): string | undefined {
  const [schema, name] = index.split('.');
  for (const t of Object.values(review.catalog?.before.tables ?? {})) {
    if (t.schema === schema && t.indexes.some((i) => i.name === name)) return t.qualifiedName;
  }
  return undefined;
}

/**
 * The measured effect of each statement on tables that existed before the change (tables the
 * change creates are used by no one yet, so their locks stop nothing).
 */
export function statementImpacts(review: Review): StatementImpact[] {
  // Every rendering (comment and check summary, at each size) asks: work it out once per review.
  let impacts = computed.get(review);
  if (!impacts) computed.set(review, (impacts = computeImpacts(review)));
  return impacts;
}

const computed = new WeakMap<Review, StatementImpact[]>();

function computeImpacts(review: Review): StatementImpact[] {
  const existing = new Set(Object.keys(review.catalog?.before.tables ?? {}));
  const out: StatementImpact[] = [];
  for (const file of review.files) {
    for (const statement of file.statements) {
      if (statement.status === 'not-run') continue;
      const tables = new Map<string, TableImpact>();
      const impact = (table: string): TableImpact => {
        let t = tables.get(table);
        if (!t) {
          t = { table, mode: null, heldMs: null, rows: review.rows[table] ?? null, rewritten: false, indexesRewritten: [], rowsScanned: null };
          tables.set(table, t);
        }
        return t;
      };
      for (const lock of statement.locks ?? []) {
        if (lock.kind !== 'table' || !existing.has(lock.relation)) continue;
        const t = impact(lock.relation);
        if (!t.mode || strength(lock.mode) > strength(t.mode)) t.mode = lock.mode;
      }
      for (const t of tables.values()) {
        const held = file.heldAtCommit.find((h) => h.relation === t.table && h.since === statement.index && h.mode === t.mode);
        t.heldMs = held ? held.heldMs : statement.durationMs;
      }
      for (const rel of statement.rewrites ?? []) {
        if (existing.has(rel)) impact(rel).rewritten = true;
        else {
          const table = tableOfIndex(review, rel);
          if (table) impact(table).indexesRewritten.push(rel);
        }
      }
      for (const scan of statement.scans ?? []) if (existing.has(scan.relation)) impact(scan.relation).rowsScanned = scan.rowsRead;
      const locksUnseen = statement.locks === undefined && statement.status === 'applied';
      if (tables.size || locksUnseen) out.push({ file, statement, tables: [...tables.values()], locksUnseen });
    }
  }
  return out;
}
