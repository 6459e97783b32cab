import type pg from 'pg';
import { readObjects } from './objects.js';
import type { CatalogState, ColumnInfo, ConstraintInfo, ConstraintType, IndexInfo, ReferentialAction, TableInfo } from './types.js';

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;
// Objects an extension created belong to the extension, not to the migrations.
const NOT_EXTENSION_MEMBER = (oid: string, catalog: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = '${catalog}'::regclass AND dep.objid = ${oid} AND dep.deptype = 'e')`;

const TABLES = `
SELECT c.oid, n.nspname AS schema, c.relname AS name, c.relkind = 'p' AS partitioned,
       c.relpersistence AS persistence, c.relrowsecurity, c.relforcerowsecurity,
       c.relacl::text[] AS acl, obj_description(c.oid, 'pg_class') AS comment,
       CASE c.relreplident WHEN 'd' THEN 'default' WHEN 'n' THEN 'nothing' WHEN 'f' THEN 'full'
         ELSE 'index ' || (SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = c.oid AND x.indisreplident) END AS replica_identity,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relispartition THEN (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits h JOIN pg_class pc ON pc.oid = h.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE h.inhrelid = c.oid)
         || ' ' || pg_get_expr(c.relpartbound, c.oid) END AS partition_of
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND c.relpersistence <> 't' AND ${USER_SCHEMAS} AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}
ORDER BY c.oid`; // creation order, not the heap order ANALYZE reshuffles

const COLUMNS = `
SELECT a.attrelid AS oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default,
       a.attidentity AS identity,
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END AS generated,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
       a.attacl::text[] AS acl, col_description(a.attrelid, a.attnum) AS comment
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND ${USER_SCHEMAS}
ORDER BY a.attrelid, a.attnum`;

const INDEXES = `
SELECT x.indrelid AS oid, i.relname AS name, pg_get_indexdef(i.oid) AS definition,
       x.indisunique AS unique, x.indisprimary AS primary, x.indisvalid AS valid,
       pg_get_expr(x.indpred, x.indrelid) AS predicate, am.amname AS method,
       (SELECT array_agg(att.attname::text ORDER BY k.ord)
          FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
          LEFT JOIN pg_attribute att ON att.attrelid = x.indrelid AND att.attnum = k.attnum
         WHERE k.ord <= x.indnkeyatts) AS columns,
       -- The columns a partial index's WHERE reads, from the stored tree's Var nodes (the tree's
       -- strings are escaped and its constants are bytes, so a name cannot forge one).
       (SELECT array_agg(DISTINCT att.attname::text ORDER BY att.attname::text)
          FROM regexp_matches(x.indpred::text, '\\{VAR :varno \\d+ :varattno (\\d+)', 'g') AS v(m)
          JOIN pg_attribute att ON att.attrelid = x.indrelid AND att.attnum = v.m[1]::int2) AS predicate_columns
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam
JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND ${USER_SCHEMAS}
ORDER BY i.relname`;

const CONSTRAINTS = `
SELECT con.conrelid AS oid, con.conname AS name, con.contype AS type, pg_get_constraintdef(con.oid) AS definition,
       con.convalidated AS validated, con.condeferrable AS deferrable,
       con.confdeltype AS on_delete, con.confupdtype AS on_update,
       CASE WHEN con.contype = 'f' THEN fn.nspname || '.' || fc.relname END AS ref_table,
       (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
       (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS ref_columns
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.contype IN ('p', 'f', 'u', 'c', 'x') AND c.relkind IN ('r', 'p') AND ${USER_SCHEMAS}
ORDER BY con.conname`;

const SCHEMAS = `SELECT n.nspname AS name FROM pg_namespace n WHERE ${USER_SCHEMAS} AND ${NOT_EXTENSION_MEMBER('n.oid', 'pg_namespace')} ORDER BY 1`;

const CONSTRAINT_TYPES: Record<string, ConstraintType> = {
  p: 'primary key',
  f: 'foreign key',
  u: 'unique',
  c: 'check',
  x: 'exclusion',
};

const ACTIONS: Record<string, ReferentialAction> = {
  a: 'no action',
  r: 'restrict',
  c: 'cascade',
  n: 'set null',
  d: 'set default',
};

const IDENTITY: Record<string, ColumnInfo['identity']> = { a: 'always', d: 'by default' };

/** Reads the user-visible schema of the connected database. */
export async function readCatalog(client: pg.Client): Promise<CatalogState> {
  // One read-only transaction so the five queries see one consistent catalog.
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const [schemas, tables, columns, indexes, constraints] = [
      await client.query<{ name: string }>(SCHEMAS),
      await client.query(TABLES),
      await client.query(COLUMNS),
      await client.query(INDEXES),
      await client.query(CONSTRAINTS),
    ];
    const byOid = new Map<number, TableInfo>();
    const catalog: CatalogState = { schemas: schemas.rows.map((r) => r.name), tables: {}, objects: await readObjects(client) };
    for (const r of tables.rows) {
      const qualifiedName = `${r.schema}.${r.name}`;
      const table: TableInfo = {
        schema: r.schema,
        name: r.name,
        qualifiedName,
        partitioned: r.partitioned,
        persistence: r.persistence === 'u' ? 'unlogged' : 'permanent',
        rowSecurity: r.relrowsecurity,
        forceRowSecurity: r.relforcerowsecurity,
        acl: r.acl,
        comment: r.comment,
        replicaIdentity: r.replica_identity,
        partitionKey: r.partition_key,
        partitionOf: r.partition_of,
        columns: [],
        indexes: [],
        constraints: [],
      };
      byOid.set(r.oid, table);
      catalog.tables[qualifiedName] = table;
    }
    for (const r of columns.rows) {
      byOid.get(r.oid)?.columns.push({
        name: r.name,
        type: r.type,
        notNull: r.not_null,
        default: r.default,
        identity: IDENTITY[r.identity] ?? null,
        generated: r.generated,
        collation: r.collation,
        acl: r.acl,
        comment: r.comment,
      });
    }
    for (const r of indexes.rows) {
      const index: IndexInfo = {
        name: r.name,
        definition: r.definition,
        columns: r.columns ?? [],
        unique: r.unique,
        primary: r.primary,
        valid: r.valid,
        predicate: r.predicate,
        predicateColumns: r.predicate_columns ?? [],
        method: r.method,
      };
      byOid.get(r.oid)?.indexes.push(index);
    }
    for (const r of constraints.rows) {
      const constraint: ConstraintInfo = {
        name: r.name,
        type: CONSTRAINT_TYPES[r.type] as ConstraintType,
        definition: r.definition,
        columns: r.columns ?? [],
        validated: r.validated,
        deferrable: r.deferrable,
        references:
          r.type === 'f'
            ? {
                table: r.ref_table,
                columns: r.ref_columns ?? [],
                onDelete: ACTIONS[r.on_delete] ?? 'no action',
                onUpdate: ACTIONS[r.on_update] ?? 'no action',
              }
            : null,
      };
      byOid.get(r.oid)?.constraints.push(constraint);
    }
    return catalog;
  } finally {
    await client.query('ROLLBACK');
  }
}

/** Catalogs of separate histories (separate databases) seen as one. */
export function mergeCatalogs(catalogs: CatalogState[]): CatalogState {
  const merged: CatalogState = { schemas: [], tables: {}, objects: {} as CatalogState['objects'] };
  for (const s of catalogs) {
    merged.schemas = [...new Set([...merged.schemas, ...s.schemas])];
    Object.assign(merged.tables, s.tables);
    for (const [kind, objects] of Object.entries(s.objects) as [keyof CatalogState['objects'], CatalogState['objects'][keyof CatalogState['objects']]][]) {
      merged.objects[kind] = { ...merged.objects[kind], ...objects };
    }
  }
  return merged;
}
