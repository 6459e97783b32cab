import type { CatalogChange, CatalogObject, CatalogState, ColumnInfo, ConstraintInfo, IndexInfo, OtherObjectType, TableInfo } from './types.js';

/** `label: before -> after` for each named property that differs. */
function propertyChanges<T>(before: T, after: T, props: [keyof T, string][]): string[] {
  const out: string[] = [];
  for (const [key, label] of props) {
    const a = JSON.stringify(before[key]);
    const b = JSON.stringify(after[key]);
    // Bodies are compared by hash: say that they changed, not the hashes.
    if (a !== b) out.push(label === 'body' ? 'body changed' : `${label}: ${show(before[key])} -> ${show(after[key])}`);
  }
  return out;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
  return String(value).replace(/\s+/g, ' ').trim();
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

/** What is notable about a new table beyond its members: storage, partitioning, row security. */
function describeTable(t: TableInfo): string[] {
  return [
    t.persistence === 'unlogged' ? 'UNLOGGED' : '',
    t.partitionKey ? `PARTITION BY ${t.partitionKey}` : '',
    t.partitionOf ? `partition of ${t.partitionOf}` : '',
    t.rowSecurity ? `row level security${t.forceRowSecurity ? ' (forced)' : ''}` : '',
    t.replicaIdentity !== 'default' ? `replica identity ${t.replicaIdentity}` : '',
  ].filter(Boolean);
}

const COLUMN_PROPS: [keyof ColumnInfo, string][] = [
  ['type', 'type'],
  ['notNull', 'not null'],
  ['default', 'default'],
  ['identity', 'identity'],
  ['generated', 'generated'],
  ['collation', 'collation'],
  ['acl', 'privileges'],
  ['comment', 'comment'],
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
  ['replicaIdentity', 'replica identity'],
  ['partitionKey', 'partition key'],
  ['partitionOf', 'partition of'],
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

/** Objects other than tables, property by property. */
function diffObjects(kind: OtherObjectType, before: CatalogState, after: CatalogState, changes: CatalogChange[]): void {
  const named = (objects: Record<string, CatalogObject> | undefined) =>
    Object.entries(objects ?? {}).map(([name, o]) => ({ name, summary: o.summary, ...o.properties }));
  const prev = named(before.objects[kind]);
  const next = named(after.objects[kind]);
  const keys = [...new Set([...prev, ...next].flatMap((o) => Object.keys(o)))].filter((k) => k !== 'name' && k !== 'summary');
  diffMembers(
    prev,
    next,
    // A schema is named by itself; its owner is noise on creation.
    (action, o, details) =>
      changes.push({
        objectType: kind,
        action,
        name: o.name,
        // Policies and triggers belong to a table: "public.t policy p".
        ...(kind === 'policy' || kind === 'trigger' ? { table: o.name.split(' ')[0] as string } : {}),
        details: kind === 'schema' && action !== 'changed' ? [] : details,
      }),
    keys.map((k) => [k, k] as [keyof (typeof prev)[number], string]),
    (o) => o.summary,
  );
}

/** Every difference between two catalogs: schemas first, then tables and their members, then other objects. */
export function diffCatalog(before: CatalogState, after: CatalogState): CatalogChange[] {
  const changes: CatalogChange[] = [];
  diffObjects('schema', before, after, changes);

  const tableNames = new Set([...Object.keys(before.tables), ...Object.keys(after.tables)]);
  for (const name of [...tableNames].sort()) {
    const prev = before.tables[name];
    const next = after.tables[name];
    if (!prev) changes.push({ objectType: 'table', action: 'added', name, details: describeTable(next as TableInfo) });
    else if (!next) changes.push({ objectType: 'table', action: 'removed', name, details: [] });
    else {
      const details = propertyChanges(prev, next, TABLE_PROPS);
      if (details.length) changes.push({ objectType: 'table', action: 'changed', name, details });
    }
    // A new or dropped table's members are listed with it, as additions or removals.
    const member =
      (objectType: CatalogChange['objectType'], separator: string) => (action: CatalogChange['action'], item: { name: string }, details: string[]) =>
        changes.push({ objectType, action, name: `${name}${separator}${item.name}`, table: name, details });
    diffMembers(prev?.columns ?? [], next?.columns ?? [], member('column', '.'), COLUMN_PROPS, describeColumn);
    diffMembers(prev?.indexes ?? [], next?.indexes ?? [], member('index', ' index '), INDEX_PROPS, (i) => i.definition);
    diffMembers(prev?.constraints ?? [], next?.constraints ?? [], member('constraint', ' constraint '), CONSTRAINT_PROPS, (c) => c.definition);
  }
  for (const kind of Object.keys(after.objects) as OtherObjectType[]) if (kind !== 'schema') diffObjects(kind, before, after, changes);
  return changes;
}
