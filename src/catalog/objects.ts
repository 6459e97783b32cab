import type pg from 'pg';
import { REVIEW_PREFIX } from '../sandbox/database.js';
import type { CatalogObject, OtherObjectType } from './types.js';

// Objects an extension created belong to the extension, not to the migrations.
const notInExtension = (oid: string, catalog: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = '${catalog}'::regclass AND dep.objid = ${oid} AND dep.deptype = 'e')`;
// The sandbox's own roles, this review's and others'.
const SANDBOX_ROLE = (name: string) => `left(${name}, ${REVIEW_PREFIX.length}) = '${REVIEW_PREFIX}'`;
const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;

interface Row {
  name: string;
  summary: string;
  props: Record<string, unknown>;
}

/** Each query returns (name, summary, props json) for one kind of object. */
const QUERIES: [OtherObjectType, string][] = [
  [
    'extension',
    `SELECT e.extname AS name, e.extname || ' ' || e.extversion || ' in schema ' || n.nspname AS summary,
            json_build_object('version', e.extversion, 'schema', n.nspname) AS props
       FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql'`,
  ],
  [
    'sequence',
    `SELECT s.schemaname || '.' || s.sequencename AS name,
            s.data_type || ' start ' || s.start_value || ' increment ' || s.increment_by AS summary,
            json_build_object('type', s.data_type::text, 'start', s.start_value, 'increment', s.increment_by, 'min', s.min_value,
                              'max', s.max_value, 'cycle', s.cycle, 'cache', s.cache_size, 'privileges', c.relacl::text[]) AS props
       FROM pg_sequences s JOIN pg_namespace n ON n.nspname = s.schemaname JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.sequencename
      WHERE ${USER_NS} AND ${notInExtension('c.oid', 'pg_class')}
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')`,
  ],
  [
    'view',
    `SELECT n.nspname || '.' || c.relname AS name, pg_get_viewdef(c.oid) AS summary,
            json_build_object('definition', pg_get_viewdef(c.oid), 'privileges', c.relacl::text[], 'comment', obj_description(c.oid, 'pg_class')) AS props
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'v' AND ${USER_NS} AND ${notInExtension('c.oid', 'pg_class')}`,
  ],
  [
    'materialized view',
    `SELECT n.nspname || '.' || c.relname AS name, pg_get_viewdef(c.oid) AS summary,
            json_build_object('definition', pg_get_viewdef(c.oid), 'populated', c.relispopulated, 'privileges', c.relacl::text[],
                              'indexes', (SELECT array_agg(pg_get_indexdef(x.indexrelid) ORDER BY 1) FROM pg_index x WHERE x.indrelid = c.oid)) AS props
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'm' AND ${USER_NS}`,
  ],
  [
    'function',
    `SELECT n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
            CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' WHEN 'w' THEN 'window function' ELSE 'function returning ' || pg_get_function_result(p.oid) END
              || ', ' || l.lanname || CASE WHEN p.prosecdef THEN ', SECURITY DEFINER' ELSE '' END
              || coalesce(', SET ' || array_to_string(p.proconfig, ', SET '), '') AS summary,
            json_build_object('kind', p.prokind, 'returns', pg_get_function_result(p.oid), 'language', l.lanname,
                              'volatility', CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END,
                              'security definer', p.prosecdef, 'settings', p.proconfig, 'body', md5(coalesce(p.prosrc, '')),
                              'privileges', p.proacl::text[], 'owner', pg_get_userbyid(p.proowner), 'comment', obj_description(p.oid, 'pg_proc')) AS props
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
      WHERE ${USER_NS} AND ${notInExtension('p.oid', 'pg_proc')}`,
  ],
  [
    'trigger',
    `SELECT n.nspname || '.' || c.relname || ' trigger ' || t.tgname AS name, pg_get_triggerdef(t.oid) AS summary,
            json_build_object('definition', pg_get_triggerdef(t.oid), 'enabled', t.tgenabled) AS props
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT t.tgisinternal AND ${USER_NS}`,
  ],
  [
    'type',
    `SELECT n.nspname || '.' || t.typname AS name,
            CASE t.typtype
              WHEN 'e' THEN 'enum (' || (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) || ')'
              WHEN 'c' THEN 'composite (' || (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) || ')'
              WHEN 'd' THEN 'domain over ' || format_type(t.typbasetype, t.typtypmod)
              ELSE 'range' END AS summary,
            json_build_object(
              'kind', CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'c' THEN 'composite' WHEN 'd' THEN 'domain' ELSE 'range' END,
              'values', (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),
              'attributes', (SELECT array_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped),
              'base', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
              'not null', t.typnotnull,
              'constraints', (SELECT array_agg(pg_get_constraintdef(co.oid) ORDER BY co.conname) FROM pg_constraint co WHERE co.contypid = t.oid),
              'privileges', t.typacl::text[], 'comment', obj_description(t.oid, 'pg_type')) AS props
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype IN ('e', 'c', 'd', 'r') AND ${USER_NS} AND ${notInExtension('t.oid', 'pg_type')}
        AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')`,
  ],
  [
    'policy',
    `SELECT p.schemaname || '.' || p.tablename || ' policy ' || p.policyname AS name,
            p.permissive || ' FOR ' || p.cmd || ' TO ' || array_to_string(p.roles, ', ')
              || coalesce(' USING (' || p.qual || ')', '') || coalesce(' WITH CHECK (' || p.with_check || ')', '') AS summary,
            json_build_object('permissive', p.permissive, 'command', p.cmd, 'roles', p.roles::text[], 'using', p.qual, 'with check', p.with_check) AS props
       FROM pg_policies p`,
  ],
  [
    'schema',
    `SELECT n.nspname AS name, 'owned by ' || pg_get_userbyid(n.nspowner) AS summary,
            json_build_object('privileges', n.nspacl::text[], 'owner', pg_get_userbyid(n.nspowner), 'comment', obj_description(n.oid, 'pg_namespace')) AS props
       FROM pg_namespace n WHERE ${USER_NS} AND ${notInExtension('n.oid', 'pg_namespace')}`,
  ],
  [
    'default privileges',
    `SELECT pg_get_userbyid(d.defaclrole) || coalesce(' in schema ' || n.nspname, '') || ' on ' ||
              CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types' WHEN 'n' THEN 'schemas' ELSE d.defaclobjtype::text END AS name,
            array_to_string(d.defaclacl::text[], ', ') AS summary,
            json_build_object('privileges', d.defaclacl::text[]) AS props
       FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace`,
  ],
  [
    'role',
    `SELECT r.rolname AS name,
            concat_ws(', ', CASE WHEN r.rolsuper THEN 'SUPERUSER' END, CASE WHEN r.rolcanlogin THEN 'LOGIN' ELSE 'NOLOGIN' END,
                      CASE WHEN r.rolcreaterole THEN 'CREATEROLE' END, CASE WHEN r.rolcreatedb THEN 'CREATEDB' END,
                      CASE WHEN r.rolbypassrls THEN 'BYPASSRLS' END, CASE WHEN r.rolreplication THEN 'REPLICATION' END) AS summary,
            json_build_object('superuser', r.rolsuper, 'login', r.rolcanlogin, 'create role', r.rolcreaterole, 'create database', r.rolcreatedb,
                              'bypass rls', r.rolbypassrls, 'replication', r.rolreplication, 'inherit', r.rolinherit,
                              'member of', (SELECT array_agg(g.rolname ORDER BY g.rolname) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid AND NOT ${SANDBOX_ROLE('g.rolname')})) AS props
       FROM pg_roles r WHERE r.oid >= 16384 AND r.rolname NOT LIKE 'pg\\_%' AND NOT ${SANDBOX_ROLE('r.rolname')}
        -- Roles are cluster-wide: those other reviews on a shared server create (their role administers them,
        -- or, for a privileged one their setup made, is a role they are members of) are not this one's.
        AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles a ON a.oid = m.member
                         WHERE m.roleid = r.oid AND m.admin_option AND ${SANDBOX_ROLE('a.rolname')} AND a.rolname <> session_user)
        AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles a ON a.oid = m.roleid
                         WHERE m.member = r.oid AND ${SANDBOX_ROLE('a.rolname')} AND a.rolname <> session_user)`,
  ],
  [
    'publication',
    `SELECT p.pubname AS name, CASE WHEN p.puballtables THEN 'FOR ALL TABLES' ELSE 'FOR ' || coalesce((SELECT string_agg(t.schemaname || '.' || t.tablename, ', ' ORDER BY 1) FROM pg_publication_tables t WHERE t.pubname = p.pubname), 'no tables') END AS summary,
            json_build_object('all tables', p.puballtables, 'insert', p.pubinsert, 'update', p.pubupdate, 'delete', p.pubdelete, 'truncate', p.pubtruncate,
                              'tables', (SELECT array_agg(t.schemaname || '.' || t.tablename ORDER BY 1) FROM pg_publication_tables t WHERE t.pubname = p.pubname)) AS props
       FROM pg_publication p`,
  ],
];

/** Every object outside tables, by kind and qualified name. */
export async function readObjects(client: pg.Client): Promise<Record<OtherObjectType, Record<string, CatalogObject>>> {
  const out = {} as Record<OtherObjectType, Record<string, CatalogObject>>;
  for (const [kind, sql] of QUERIES) {
    const { rows } = await client.query<Row>(sql);
    // By name: the order catalog scans return rows in changes as rows are updated (ANALYZE, locks).
    rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    out[kind] = Object.fromEntries(rows.map((r) => [r.name, { summary: r.summary.replace(/\s+/g, ' ').trim(), properties: r.props }]));
  }
  return out;
}
