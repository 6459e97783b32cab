// Which rows each table gets, decided from the catalog alone: columns, keys, digits and filters (no database, no SQL run).

import escapeStringRegexp from 'escape-string-regexp';
import pg from 'pg';
import type { CatalogState, ConstraintInfo, TableInfo } from '../catalog/types.js';
import { boundsFor, checkOf, domainCheckFor, readCheck, type ColumnBounds, type Fact } from './checks.js';
import { baseTypeOf, resolveType, type ResolvedType, type TypeCatalog } from './columnTypes.js';
import { canBeInjective, digitRadix } from './values.js';

const ident = pg.escapeIdentifier;
/** The table's name as SQL, schema-qualified. */
export const relation = (qualifiedName: string, catalog: CatalogState) => {
  const t = catalog.tables[qualifiedName];
  const [schema, name] = t ? [t.schema, t.name] : [qualifiedName.slice(0, qualifiedName.indexOf('.')), qualifiedName.slice(qualifiedName.indexOf('.') + 1)];
  return `${ident(schema)}.${ident(name)}`;
};

// Defaults that make keys (sequences, identity, UUID generators) stay: they are distinct already.
const KEY_DEFAULT = /nextval\(|gen_random_uuid\(|uuid_generate_v|uuidv[47]\(/;

export interface ForeignKey {
  constraint: ConstraintInfo;
  parent: string;
  parentSql: string;
  columns: string[];
  parentColumns: string[];
  /** Every referencing column may be NULL, which skips the check (MATCH SIMPLE and FULL alike when all are NULL). */
  nullable: boolean;
  /** An earlier foreign key sets some of its columns: rows must be checked to match a parent row. */
  overlaps: boolean;
}

export type Digit = { fk: number } | { column: string; radix: number | 'unbounded' };

export interface ColumnPlan {
  name: string;
  type: string;
  /** The type under its domains: the generating query must not apply a domain's checks before its filter does. */
  baseType: string;
  role: 'value' | 'fk' | 'default' | 'generated';
  resolved: ResolvedType | null;
  bounds: ColumnBounds;
  notNull: boolean;
  injective: boolean;
  /** Its default makes distinct values: identity, a sequence, a UUID generator. */
  distinctDefault: boolean;
  /** The foreign key (index in TablePlan.fks) that sets it. */
  fk: number | null;
}

export interface TablePlan {
  table: TableInfo;
  sql: string;
  columns: ColumnPlan[];
  fks: ForeignKey[];
  /** Mixed-radix digits of the row number that make all-foreign-key unique keys distinct, least significant first. */
  digits: Digit[];
  /** Columns in a unique key or a foreign key. */
  keyed: Set<string>;
  /** `(<check>) IS NOT FALSE` for each enforced CHECK, so no row can fail one. */
  filters: string[];
  /** CHECK constraints the generator cannot aim at; rows failing them are filtered out. */
  unmodelled: string[];
  /** Why the table cannot be filled at all. */
  blocker: string | null;
  /**
   * Whether every unique key is distinct by construction (with enough digit combinations). If not,
   * or when rows are already there, INSERT takes ON CONFLICT DO NOTHING, whose speculative
   * insertion costs about a third more.
   */
  distinct: boolean;
}

export function planTable(table: TableInfo, catalog: CatalogState, types: TypeCatalog): TablePlan {
  const plan: TablePlan = {
    table,
    sql: relation(table.qualifiedName, catalog),
    columns: [],
    fks: [],
    digits: [],
    keyed: new Set(),
    filters: [],
    unmodelled: [],
    blocker: null,
    distinct: true,
  };
  const facts: Fact[] = [];
  for (const c of table.constraints) {
    const check = c.type === 'check' ? checkOf(c.definition) : null;
    if (!check) continue;
    const reading = readCheck(check.expression);
    facts.push(...reading.facts);
    if (check.enforced) plan.filters.push(`(${check.expression}) IS NOT FALSE`);
    if (!reading.complete) plan.unmodelled.push(c.name);
  }
  for (const column of table.columns) {
    const resolved = resolveType(column.type, types);
    for (const definition of resolved?.checks ?? []) {
      const check = checkOf(definition);
      if (!check) continue;
      facts.push(...readCheck(check.expression, column.name).facts);
      plan.filters.push(`(${domainCheckFor(check.expression, column.name)}) IS NOT FALSE`);
    }
    const bounds = boundsFor(column.name, facts);
    const notNull = column.notNull || bounds.notNull || (resolved?.notNull ?? false);
    const distinctDefault = column.identity !== null || KEY_DEFAULT.test(column.default ?? '');
    const role: ColumnPlan['role'] = column.generated
      ? 'generated'
      : distinctDefault || (!resolved && (column.default !== null || !notNull))
        ? 'default'
        : 'value';
    if (!resolved && role === 'value')
      plan.blocker ??= `column ${column.name} has type ${column.type}, which the generator does not know, and is NOT NULL without a default`;
    plan.columns.push({
      name: column.name,
      type: column.type,
      baseType: baseTypeOf(column.type, types),
      role,
      resolved,
      bounds,
      notNull,
      injective: false,
      distinctDefault,
      fk: null,
    });
  }
  const byName = new Map(plan.columns.map((c) => [c.name, c]));
  for (const c of table.constraints) {
    if (c.type !== 'foreign key' || !c.references) continue;
    const columns = c.columns.map((n) => byName.get(n));
    // A referencing column the generator does not write (default, generated) keeps what it gets.
    if (columns.some((col) => !col || (col.role !== 'value' && col.role !== 'fk'))) continue;
    const index = plan.fks.length;
    let overlaps = false;
    for (const col of columns as ColumnPlan[]) {
      if (col.role === 'fk') overlaps = true;
      else Object.assign(col, { role: 'fk', fk: index });
      plan.keyed.add(col.name);
    }
    plan.fks.push({
      constraint: c,
      parent: c.references.table,
      parentSql: relation(c.references.table, catalog),
      columns: c.columns,
      parentColumns: c.references.columns,
      nullable: columns.every((col) => !col?.notNull),
      overlaps,
    });
  }
  planKeys(plan, byName);
  return plan;
}

/**
 * Makes each unique key distinct: one of its columns the generator writes made injective in the
 * row number, or, when all it has are foreign keys and short lists (enums, CHECK lists, booleans,
 * dates), those as digits of the row number in mixed radix.
 */
function planKeys(plan: TablePlan, byName: Map<string, ColumnPlan>): void {
  const keys = new Map<string, string[]>();
  for (const c of plan.table.constraints) if (c.type === 'primary key' || c.type === 'unique') keys.set([...c.columns].sort().join(','), c.columns);
  for (const i of plan.table.indexes) {
    const columns = i.columns.filter((c): c is string => c !== null);
    if (i.unique && columns.length === i.columns.length) keys.set([...columns].sort().join(','), columns);
    else if (i.unique) {
      // An expression such as lower(name): distinct values of the columns it reads make collisions
      // rare (the generated texts differ in more than case), and skipping duplicates does the rest.
      plan.distinct = false;
      const body = i.definition.slice(i.definition.indexOf(' USING '));
      const read = plan.columns.filter((c) => new RegExp(`(^|[^\\w"])"?${escapeStringRegexp(c.name)}"?($|[^\\w"])`).test(body));
      const candidate = read.find((c) => c.role === 'value' && c.resolved && canBeInjective(c.name, c.resolved, c.bounds));
      if (candidate && !read.some((c) => c.injective || c.distinctDefault)) candidate.injective = true;
    }
  }
  if (plan.table.constraints.some((c) => c.type === 'exclusion')) plan.distinct = false;
  const digitOf = (d: Digit) => ('fk' in d ? `fk ${d.fk}` : d.column);
  const byDigits: string[][] = [];
  for (const key of [...keys.values()].sort((a, b) => a.length - b.length)) {
    const columns = key.map((n) => byName.get(n)).filter((c): c is ColumnPlan => c !== undefined);
    for (const c of columns) plan.keyed.add(c.name);
    if (columns.some((c) => c.injective || c.distinctDefault)) continue;
    const candidate = columns.find((c) => c.role === 'value' && c.resolved && canBeInjective(c.name, c.resolved, c.bounds));
    if (candidate) {
      candidate.injective = true;
      continue;
    }
    const used: string[] = [];
    byDigits.push(used);
    for (const c of columns) {
      const digit: Digit | null = c.fk !== null ? { fk: c.fk } : c.resolved && c.role === 'value' ? radixDigit(c) : null;
      if (!digit) plan.distinct = false;
      if (digit && !used.includes(digitOf(digit))) used.push(digitOf(digit));
      if (!digit || plan.digits.some((d) => digitOf(d) === digitOf(digit))) continue;
      const unbounded = plan.digits.findIndex((d) => 'radix' in d && d.radix === 'unbounded');
      const isUnbounded = 'radix' in digit && digit.radix === 'unbounded';
      // Only the most significant digit can be unbounded; a second one stays an ordinary value.
      if (isUnbounded && unbounded >= 0) {
        plan.distinct = false;
        continue;
      }
      if (!isUnbounded && unbounded >= 0) plan.digits.splice(unbounded, 0, digit);
      else plan.digits.push(digit);
    }
  }
  // A key's digits make it distinct only as the least significant ones: (a) and (a, b), not (b).
  const order = plan.digits.map(digitOf);
  if (byDigits.some((used) => used.some((d) => order.indexOf(d) >= used.length))) plan.distinct = false;
}

function radixDigit(c: ColumnPlan): Digit | null {
  const radix = digitRadix(c.name, c.resolved as ResolvedType, c.bounds);
  return radix === null ? null : { column: c.name, radix };
}

/** Parents before children, so foreign keys can point at rows that exist; a cycle is cut where it closes. */
export function fkOrder(tables: TableInfo[], catalog: CatalogState): TableInfo[] {
  const ordered = new Map<string, TableInfo>();
  const visit = (t: TableInfo, path: Set<string>) => {
    if (ordered.has(t.qualifiedName) || path.has(t.qualifiedName)) return;
    path.add(t.qualifiedName);
    for (const c of t.constraints) {
      const parent = c.references && catalog.tables[c.references.table];
      if (parent && parent !== t) visit(parent, path);
    }
    ordered.set(t.qualifiedName, t);
  };
  for (const t of tables) visit(t, new Set());
  return [...ordered.values()];
}
