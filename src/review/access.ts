import type { CatalogState, TableInfo } from '../catalog/types.js';

/**
 * Least-privilege advice for the tables a change creates, from what the base already grants:
 * the roles that write existing tables get the writes, those that only read get SELECT; and, for
 * a table with an owner-like column and no row level security, the policy that keeps rows apart.
 */
export interface AccessAdvice {
  table: string;
  /** GRANT statements, to the roles found or to a placeholder when none is. */
  grants: string[];
  /** The roles the grants name came from existing grants (else a placeholder stands in). */
  fromRoles: boolean;
  /** ALTER TABLE ... ENABLE ROW LEVEL SECURITY and CREATE POLICY, when the table has an owner-like column and RLS is off. */
  rls: string[];
}

/** Columns that say whose a row is. */
export const OWNER_COLUMN = /^(user|owner|tenant|account|org|organization|organisation|workspace|team|customer|company)_id$/;

const WRITES = /[awd]/;
const PLACEHOLDER = 'app_role';

/** grantee -> privileges of one aclitem text ("app=arwd/owner"); PUBLIC is "". The owner's own entry is left out. */
function grantsOf(acl: string[] | null): { role: string; privileges: string }[] {
  return (acl ?? []).flatMap((item) => {
    const m = /^("(?:[^"]|"")*"|[^=]*)=([a-zA-Z*]*)\/(.*)$/.exec(item);
    if (!m || m[1] === m[3] || !m[1]) return [];
    return [{ role: (m[1] as string).replace(/^"|"$/g, '').replace(/""/g, '"'), privileges: m[2] as string }];
  });
}

const ident = (name: string) => (/^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`);

/** Roles that write existing tables, and roles that only read them, by how many tables each has. */
function rolesOf(before: CatalogState): { writers: string[]; readers: string[] } {
  const writes = new Map<string, number>();
  const reads = new Map<string, number>();
  for (const t of Object.values(before.tables))
    for (const g of grantsOf(t.acl)) {
      const into = WRITES.test(g.privileges) ? writes : g.privileges.includes('r') ? reads : undefined;
      into?.set(g.role, (into.get(g.role) ?? 0) + 1);
    }
  const ranked = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r]) => r);
  const writers = ranked(writes);
  return { writers, readers: ranked(reads).filter((r) => !writes.has(r)) };
}

/** The sequence a serial column's default draws from: writers need USAGE on it. */
function serialSequences(t: TableInfo): string[] {
  return t.columns.flatMap((c) => {
    const m = /nextval\('([^']+)'::regclass\)/.exec(c.default ?? '');
    return m ? [(m[1] as string).includes('.') ? (m[1] as string) : `${t.schema}.${m[1]}`] : [];
  });
}

/** The setting a policy compares the owner column with, cast to the column's type. */
function currentOwner(column: { name: string; type: string }, supabase: boolean): string {
  if (supabase && column.name === 'user_id' && column.type === 'uuid') return '(select auth.uid())';
  const cast = /^(uuid|bigint|integer|smallint|text)$/.test(column.type) ? `::${column.type}` : '';
  return `current_setting('app.${column.name}')${cast}`;
}

export function accessAdvice(catalog: { before: CatalogState; after: CatalogState } | null, newTables: TableInfo[]): AccessAdvice[] {
  if (!catalog) return [];
  const { writers, readers } = rolesOf(catalog.before);
  const supabase = Object.keys(catalog.after.objects.function ?? {}).some((f) => f.startsWith('auth.uid('));
  const apiRole = supabase && catalog.after.objects.role?.authenticated ? ' TO authenticated' : '';
  return newTables.flatMap((t) => {
    const name = t.qualifiedName;
    const grants: string[] = [];
    if (!t.acl) {
      const writeTo = writers.length ? writers : [PLACEHOLDER];
      grants.push(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${name} TO ${writeTo.map(ident).join(', ')};`);
      for (const seq of serialSequences(t)) grants.push(`GRANT USAGE ON SEQUENCE ${seq} TO ${writeTo.map(ident).join(', ')};`);
      if (readers.length) grants.push(`GRANT SELECT ON ${name} TO ${readers.map(ident).join(', ')};`);
    }
    const owner = t.rowSecurity || t.partitionOf ? undefined : t.columns.find((c) => OWNER_COLUMN.test(c.name));
    const check = owner ? `${ident(owner.name)} = ${currentOwner(owner, supabase)}` : '';
    const rls = owner
      ? [
          `ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;`,
          `CREATE POLICY ${ident(`${t.name}_by_${owner.name}`.slice(0, 63))} ON ${name}${apiRole} USING (${check}) WITH CHECK (${check});`,
        ]
      : [];
    return grants.length || rls.length ? [{ table: name, grants, fromRoles: writers.length + readers.length > 0, rls }] : [];
  });
}
