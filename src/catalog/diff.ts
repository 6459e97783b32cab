import type { CatalogChange, CatalogSnapshot, ColumnInfo, ConstraintInfo, IndexInfo, TableInfo } from './types.js';

/** `label: before -> after` for each named property that differs. */
function propertyChanges<T>(before: T, after: T, props: [keyof T, string][]): string[] {
  const out: string[] = [];
  for (const [key, label] of props) {
    const a = JSON.stringify(before[key]);
    const b = JSON.stringify(after[key]);
    if (a !== b) out.push(`${label}: ${show(before[key])} -> ${show(after[key])}`);
  }
  return out;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
  return String(value);
}

export function describeColumn(c: ColumnInfo): string {
  const parts = [c.type];
  if (c.collation) parts.push(`COLLATE "${c.collation}"`);
  if (c.identity) parts.push(`GENERATED ${c.identity.toUpperCase()} AS IDENTITY`);
  if (c.generated) parts.push(`GENERATED ALWAYS AS (${c.generated}) STORED`);
  if (c.notNull) parts.push('NOT NULL');
  if (c.default !== null) parts.push(`DEFAULT ${c.default}`);
  return parts.join(' ');
}

const COLUMN_PROPS: [keyof ColumnInfo, string][] = [
  ['type', 'type'],
  ['notNull', 'not null'],
  ['default', 'default'],
  ['identity', 'identity'],
  ['generated', 'generated'],
  ['collation', 'collation'],
];
const INDEX_PROPS: [keyof IndexInfo, string][] = [
  ['definition', 'definition'],
  ['valid', 'valid'],
];
const CONSTRAINT_PROPS: [keyof ConstraintInfo, string][] = [
  ['definition', 'definition'],
  ['validated', 'validated'],
  ['deferrable', 'deferrable'],
];
const TABLE_PROPS: [keyof TableInfo, string][] = [
  ['persistence', 'persistence'],
  ['partitioned', 'partitioned'],
  ['rowSecurity', 'row level security'],
  ['forceRowSecurity', 'forced row level security'],
  ['acl', 'privileges'],
  ['comment', 'comment'],
];

/** Matches members of two lists by name and reports additions, removals and changes. */
function diffMembers<T extends { name: string }>(
  before: T[],
  after: T[],
  emit: (action: CatalogChange['action'], item: T, details: string[]) => void,
  props: [keyof T, string][],
  describe: (item: T) => string,
): void {
  const old = new Map(before.map((i) => [i.name, i]));
  const now = new Map(after.map((i) => [i.name, i]));
  for (const [name, item] of now) {
    const prev = old.get(name);
    if (!prev) emit('added', item, [describe(item)]);
    else {
      const details = propertyChanges(prev, item, props);
      if (details.length) emit('changed', item, details);
    }
  }
  for (const [name, item] of old) if (!now.has(name)) emit('removed', item, [describe(item)]);
}

/** Every schema, table, column, index and constraint difference between two snapshots. */
export function diffCatalog(before: CatalogSnapshot, after: CatalogSnapshot): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const named = (schemas: string[]) => schemas.map((name) => ({ name }));
  diffMembers(named(before.schemas), named(after.schemas), (action, s) => changes.push({ objectType: 'schema', action, name: s.name, details: [] }), [], () => '');

  const tableNames = new Set([...Object.keys(before.tables), ...Object.keys(after.tables)]);
  for (const name of [...tableNames].sort()) {
    const prev = before.tables[name];
    const next = after.tables[name];
    if (!prev) changes.push({ objectType: 'table', action: 'added', name, details: [] });
    else if (!next) changes.push({ objectType: 'table', action: 'removed', name, details: [] });
    else {
      const details = propertyChanges(prev, next, TABLE_PROPS);
      if (details.length) changes.push({ objectType: 'table', action: 'changed', name, details });
    }
    // A new or dropped table's members are listed with it, as additions or removals.
    const member =
      (objectType: CatalogChange['objectType'], separator: string) =>
      (action: CatalogChange['action'], item: { name: string }, details: string[]) =>
        changes.push({ objectType, action, name: `${name}${separator}${item.name}`, table: name, details });
    diffMembers(prev?.columns ?? [], next?.columns ?? [], member('column', '.'), COLUMN_PROPS, describeColumn);
    diffMembers(prev?.indexes ?? [], next?.indexes ?? [], member('index', ' index '), INDEX_PROPS, (i) => i.definition);
    diffMembers(prev?.constraints ?? [], next?.constraints ?? [], member('constraint', ' constraint '), CONSTRAINT_PROPS, (c) => c.definition);
  }
  return changes;
}
