import type pg from 'pg';
import type { CatalogSnapshot, ColumnInfo, TableInfo } from '../catalog/types.js';

export interface FillResult {
  /** Rows each table holds once filled (qualified name -> rows). */
  rows: Record<string, number>;
  /** Rows the generator added (qualified name -> rows), as opposed to those the history put there. */
  generated: Record<string, number>;
  notes: string[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const qualified = (t: TableInfo) => `${ident(t.schema)}.${ident(t.name)}`;

/** A value expression for row number `i` of a column, or null when the type is not known here. */
function valueFor(table: TableInfo, column: ColumnInfo, enums: Map<string, string>): string | null {
  const type = column.type;
  const length = /\((\d+)\)$/.exec(type)?.[1];
  const text = (expr: string) => (length ? `left(${expr}, ${length})` : expr);
  if (type.endsWith('[]')) return `'{}'`;
  if (enums.has(type)) return `(enum_range(NULL::${type}))[1 + i % array_length(enum_range(NULL::${type}), 1)]`;
  if (/^(integer|bigint)$/.test(type)) return 'i';
  if (type === 'smallint') return '(i % 32000)::smallint';
  if (type.startsWith('numeric')) {
    const [, p, s] = /numeric\((\d+),(\d+)\)/.exec(type) ?? [];
    return p && s ? `(i % ${10 ** Math.max(0, Number(p) - Number(s) - 1)})::numeric` : 'i::numeric';
  }
  if (/^(real|double precision|money)$/.test(type)) return `(i * 1.5)::${type}`;
  if (/^(text|character varying|character|citext|name)/.test(type)) {
    return /e?mail/.test(column.name) ? text(`'user' || i || '@example.com'`) : text(`md5('${column.name.replace(/'/g, "''")}' || i)`);
  }
  if (type === 'uuid') return `md5(${`'${table.qualifiedName.replace(/'/g, "''")}'`} || i)::uuid`;
  if (type === 'boolean') return '(i % 2 = 0)';
  if (type.startsWith('timestamp')) return `now() - make_interval(mins => i)`;
  if (type === 'date') return `current_date - (i % 3650)`;
  if (type.startsWith('time')) return `'12:00'::${type}`;
  if (type === 'jsonb' || type === 'json') return `'{}'::${type}`;
  if (type === 'bytea') return `'\\x00'::bytea`;
  if (type === 'inet' || type === 'cidr') return `('10.' || (i / 65536 % 256) || '.' || (i / 256 % 256) || '.' || (i % 256))::${type}`;
  return null;
}

/** Parents before children, so foreign keys can point at rows that exist. */
function fkOrder(tables: TableInfo[], snapshot: CatalogSnapshot): TableInfo[] {
  const wanted = new Map<string, TableInfo>();
  const visit = (t: TableInfo, path: Set<string>) => {
    if (wanted.has(t.qualifiedName) || path.has(t.qualifiedName)) return;
    path.add(t.qualifiedName);
    for (const c of t.constraints) {
      const parent = c.references && snapshot.tables[c.references.table];
      if (parent && parent !== t) visit(parent, path);
    }
    wanted.set(t.qualifiedName, t);
  };
  for (const t of tables) visit(t, new Set());
  return [...wanted.values()];
}

/**
 * Fills tables (and the parents their foreign keys need) with `rows` rows each, set-based, so
 * that rewrites and validation scans show a cost. Values satisfy types, NOT NULL, single-column
 * keys and foreign keys; a table whose constraints still refuse them is left as it was, with a note.
 */
export async function fillTables(client: pg.Client, snapshot: CatalogSnapshot, names: string[], rows: number): Promise<FillResult> {
  const result: FillResult = { rows: {}, generated: {}, notes: [] };
  const targets = names.map((n) => snapshot.tables[n]).filter((t): t is TableInfo => t !== undefined);
  const enumRows = await client.query<{ name: string }>(`SELECT format_type(oid, NULL) AS name FROM pg_type WHERE typtype = 'e'`);
  const enums = new Map(enumRows.rows.map((r) => [r.name, r.name]));
  for (const table of fkOrder(targets, snapshot)) {
    const present = Number(((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(table)}`)).rows[0] as { n: string }).n);
    if (present >= rows || table.partitioned) {
      result.rows[table.qualifiedName] = present;
      continue;
    }
    const columns: string[] = [];
    const values: string[] = [];
    const ctes: string[] = [];
    let missing: string | null = null;
    for (const column of table.columns) {
      if (column.identity || column.generated) continue;
      const fk = table.constraints.find((c) => c.type === 'foreign key' && c.columns.length === 1 && c.columns[0] === column.name);
      if (fk?.references) {
        const alias = `p${ctes.length}`;
        const parent = snapshot.tables[fk.references.table];
        ctes.push(`${alias} AS (SELECT array_agg(${ident(fk.references.columns[0] as string)}) AS a FROM ${parent ? qualified(parent) : fk.references.table})`);
        columns.push(ident(column.name));
        values.push(`${alias}.a[1 + i % greatest(array_length(${alias}.a, 1), 1)]`);
        continue;
      }
      const keyed = table.constraints.some((c) => (c.type === 'primary key' || c.type === 'unique') && c.columns.includes(column.name));
      if (column.default !== null && !keyed) continue; // its default serves
      if (column.default !== null && /nextval|gen_random_uuid|uuid_generate/.test(column.default)) continue;
      const value = valueFor(table, column, enums);
      if (value === null) {
        if (column.notNull && column.default === null) missing = `${column.name} (${column.type})`;
        continue;
      }
      columns.push(ident(column.name));
      values.push(value);
    }
    if (missing) {
      result.notes.push(`${table.qualifiedName} was not filled: no generator for column ${missing}; it was measured with ${present} rows.`);
      result.rows[table.qualifiedName] = present;
      continue;
    }
    const from = [`generate_series(${present + 1}, ${rows}) AS g(i)`, ...ctes.map((_, k) => `p${k}`)].join(', ');
    const sql = `${ctes.length ? `WITH ${ctes.join(', ')} ` : ''}INSERT INTO ${qualified(table)} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${from} ON CONFLICT DO NOTHING`;
    try {
      await client.query(columns.length ? sql : `INSERT INTO ${qualified(table)} SELECT FROM generate_series(${present + 1}, ${rows})`);
      await client.query(`ANALYZE ${qualified(table)}`);
    } catch (err) {
      result.notes.push(`${table.qualifiedName} could not be filled (${(err as Error).message}); it was measured with ${present} rows.`);
    }
    result.rows[table.qualifiedName] = Number(((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(table)}`)).rows[0] as { n: string }).n);
    if ((result.rows[table.qualifiedName] as number) > present) result.generated[table.qualifiedName] = (result.rows[table.qualifiedName] as number) - present;
  }
  return result;
}
