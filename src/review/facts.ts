import { indexLeadsWith, PERSONAL_NAME, RETENTION_NAME, STATUS_NAME, TIME_NAME } from '../catalog/facts.js';
import type { CatalogChange, ConstraintInfo, IndexInfo, TableInfo } from '../catalog/types.js';
import type { Review } from './types.js';
import { accessAdvice, type AccessAdvice } from './access.js';
import { BRIN_CORRELATION, childGrowth, tableGrowth, timeCorrelation, type ChildGrowth, type Growth } from './growth.js';

export interface ForeignKeyGap {
  table: TableInfo;
  constraint: ConstraintInfo;
  /** The table existed before the change, so holds production data. */
  existingTable: boolean;
}

export interface ColumnRef {
  table: string;
  column: string;
}

/** Facts about the schema change, derived from the catalogs before and after, for the review's sections. */
export interface ChangeFacts {
  newTables: TableInfo[];
  /** Tables that existed before and whose columns, indexes or constraints changed. */
  changedTables: TableInfo[];
  droppedTables: string[];
  droppedColumns: string[];
  addedIndexes: { table: string; index: IndexInfo }[];
  droppedIndexes: CatalogChange[];
  unindexedForeignKeys: ForeignKeyGap[];
  tablesWithoutPrimaryKey: string[];
  unloggedTables: string[];
  privilegeChanges: CatalogChange[];
  statusColumns: (ColumnRef & { values: string[] })[];
  retentionColumns: ColumnRef[];
  timeColumns: (ColumnRef & {
    type: string;
    /** Rows arrive in its order: a new table's column defaulting to now(), or production's correlation past BRIN_CORRELATION. */
    ordered: 'default now()' | { correlation: number } | null;
    growth: Growth;
  })[];
  /** New tables with foreign keys: how they grow with each parent. */
  growth: ChildGrowth[];
  /** Least-privilege grants and RLS skeletons for new tables. */
  access: AccessAdvice[];
  personalDataColumns: ColumnRef[];
}

// A whole quoted literal of pg_get_constraintdef's output; matched from its opening quote to its
// closing one in one pass, so a run of quotes costs linear time.
const LITERAL = /'(?:[^']|'')*'/g;

/** The string literals of a CHECK constraint that reads the column: `status IN ('a', 'b')`. */
function checkValues(table: TableInfo, column: string): string[] {
  for (const c of table.constraints) {
    if (c.type !== 'check' || !c.columns.includes(column)) continue;
    // Typed constants (`'a'::text`) are the values; other quoted text is not.
    const values = [...c.definition.matchAll(LITERAL)]
      .filter((m) => c.definition.startsWith('::', m.index + m[0].length))
      .map((m) => m[0].slice(1, -1).replace(/''/g, "'"));
    if (values.length) return values;
  }
  return [];
}

export function changeFacts(review: Review): ChangeFacts {
  const facts: ChangeFacts = {
    newTables: [],
    changedTables: [],
    droppedTables: [],
    droppedColumns: [],
    addedIndexes: [],
    droppedIndexes: [],
    unindexedForeignKeys: [],
    tablesWithoutPrimaryKey: [],
    unloggedTables: [],
    privilegeChanges: [],
    statusColumns: [],
    retentionColumns: [],
    timeColumns: [],
    personalDataColumns: [],
    growth: [],
    access: [],
  };
  const catalog = review.catalog;
  if (!catalog) return facts;
  const { before, after, changes } = catalog;
  const touched = new Set(changes.map((c) => c.table ?? c.name));

  for (const change of changes) {
    if (change.objectType === 'table' && change.action === 'removed') facts.droppedTables.push(change.name);
    if (change.objectType === 'column' && change.action === 'removed' && change.table && after.tables[change.table]) facts.droppedColumns.push(change.name);
    if (change.objectType === 'index' && change.action === 'removed' && change.table && after.tables[change.table]) facts.droppedIndexes.push(change);
    if (change.objectType === 'table' && change.details.some((d) => d.startsWith('privileges:'))) facts.privilegeChanges.push(change);
    if (change.objectType === 'index' && change.action === 'added' && change.table) {
      const table = after.tables[change.table];
      const index = table?.indexes.find((i) => `${change.table} index ${i.name}` === change.name);
      if (index) facts.addedIndexes.push({ table: change.table, index });
    }
  }

  for (const table of Object.values(after.tables)) {
    if (!touched.has(table.qualifiedName)) continue;
    const existingTable = before.tables[table.qualifiedName] !== undefined;
    (existingTable ? facts.changedTables : facts.newTables).push(table);
    if (table.persistence === 'unlogged') facts.unloggedTables.push(table.qualifiedName);
    if (!existingTable && !table.constraints.some((c) => c.type === 'primary key')) facts.tablesWithoutPrimaryKey.push(table.qualifiedName);
    for (const constraint of table.constraints) {
      if (constraint.type !== 'foreign key') continue;
      if (!table.indexes.some((i) => indexLeadsWith(i, constraint.columns))) facts.unindexedForeignKeys.push({ table, constraint, existingTable });
    }
    const oldColumns = new Set(before.tables[table.qualifiedName]?.columns.map((c) => c.name) ?? []);
    for (const column of table.columns) {
      if (oldColumns.has(column.name)) continue;
      const ref = { table: table.qualifiedName, column: column.name };
      if (STATUS_NAME.test(column.name)) facts.statusColumns.push({ ...ref, values: checkValues(table, column.name) });
      if (RETENTION_NAME.test(column.name)) facts.retentionColumns.push(ref);
      if (TIME_NAME.test(column.name) && /^(timestamp|date)/.test(column.type)) facts.timeColumns.push({ ...ref, ...timeFacts(review, table, column) });
      if (PERSONAL_NAME.test(column.name)) facts.personalDataColumns.push(ref);
    }
  }
  const data = review.config?.data ?? { rows: 0, tables: {} };
  for (const t of facts.newTables) {
    const parents = [...new Set(t.constraints.flatMap((c) => (c.type === 'foreign key' && c.references ? [c.references.table] : [])))];
    facts.growth.push(...childGrowth(t.qualifiedName, parents, data, review.productionStats));
  }
  // A new table starts empty in production and grows as its parents do.
  for (const t of facts.timeColumns) {
    if (before.tables[t.table]) continue;
    const rates = facts.growth.filter((g) => g.child === t.table && g.perMonth !== null).map((g) => g.perMonth as number);
    t.growth = { ...t.growth, rows: 0, perMonth: rates.length ? Math.max(...rates) : null };
  }
  facts.access = accessAdvice(catalog, facts.newTables);
  return facts;
}

const NOW = /^(now\(\)|CURRENT_TIMESTAMP|CURRENT_DATE|clock_timestamp\(\)|statement_timestamp\(\)|transaction_timestamp\(\))$/i;

/** Whether rows arrive in a time column's order, and how big its table is and grows. */
function timeFacts(
  review: Review,
  table: TableInfo,
  column: TableInfo['columns'][number],
): Pick<ChangeFacts['timeColumns'][number], 'type' | 'ordered' | 'growth'> {
  const correlation = timeCorrelation(table.qualifiedName, column.name, review.productionStats);
  const ordered =
    correlation !== null && Math.abs(correlation) >= BRIN_CORRELATION
      ? { correlation }
      : column.default && NOW.test(column.default)
        ? ('default now()' as const)
        : null;
  return { type: column.type, ordered, growth: tableGrowth(table.qualifiedName, review.config?.data ?? { rows: 0, tables: {} }, review.productionStats) };
}
