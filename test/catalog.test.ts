import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { diffCatalog } from '../src/catalog/diff.js';
import { readCatalog } from '../src/catalog/read.js';
import type { CatalogChange } from '../src/catalog/types.js';
import { freshDatabase } from './support/postgres.js';

let env: Awaited<ReturnType<typeof freshDatabase>>;
beforeEach(async () => (env = await freshDatabase()));
afterEach(async () => env.close());

async function diffOf(before: string, change: string): Promise<CatalogChange[]> {
  if (before) await env.client.query(before);
  const a = await readCatalog(env.client);
  await env.client.query(change);
  return diffCatalog(a, await readCatalog(env.client));
}

const lines = (changes: CatalogChange[]) => changes.map((c) => `${c.action} ${c.objectType} ${c.name}${c.details.length ? `: ${c.details.join('; ')}` : ''}`);

describe('catalog read and diff', () => {
  it('reads a new table with its columns, keys and indexes', async () => {
    await env.client.query(`
      CREATE TABLE parents (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
      CREATE UNLOGGED TABLE kids (
        id bigserial PRIMARY KEY,
        parent_id bigint NOT NULL REFERENCES parents(id) ON DELETE CASCADE DEFERRABLE,
        name varchar(80) COLLATE "C",
        total numeric(12,2) GENERATED ALWAYS AS (1.5) STORED
      );
      ALTER TABLE kids ADD CONSTRAINT name_len CHECK (length(name) > 1) NOT VALID;
      CREATE INDEX kids_recent ON kids (parent_id, id) WHERE name IS NOT NULL;
      ALTER TABLE kids ENABLE ROW LEVEL SECURITY;
      GRANT SELECT ON kids TO PUBLIC;`);
    const catalog = await readCatalog(env.client);
    const kids = catalog.tables['public.kids'];
    expect(kids).toMatchObject({ persistence: 'unlogged', rowSecurity: true, forceRowSecurity: false });
    expect(kids?.acl?.some((a) => a.startsWith('=r/'))).toBe(true);
    expect(kids?.columns.map((c) => [c.name, c.type, c.notNull, c.identity, c.generated, c.collation])).toEqual([
      ['id', 'bigint', true, null, null, null],
      ['parent_id', 'bigint', true, null, null, null],
      ['name', 'character varying(80)', false, null, null, 'C'],
      ['total', 'numeric(12,2)', false, null, '1.5', null],
    ]);
    expect(kids?.columns[0]?.default).toBe("nextval('kids_id_seq'::regclass)");
    expect(catalog.tables['public.parents']?.columns[0]?.identity).toBe('always');
    const fk = kids?.constraints.find((c) => c.type === 'foreign key');
    expect(fk).toMatchObject({
      columns: ['parent_id'],
      deferrable: true,
      validated: true,
      references: { table: 'public.parents', columns: ['id'], onDelete: 'cascade', onUpdate: 'no action' },
    });
    expect(kids?.constraints.find((c) => c.name === 'name_len')).toMatchObject({ type: 'check', validated: false });
    expect(kids?.indexes.find((i) => i.name === 'kids_recent')).toMatchObject({
      columns: ['parent_id', 'id'],
      unique: false,
      predicate: '(name IS NOT NULL)',
      predicateColumns: ['name'],
      valid: true,
      method: 'btree',
    });
    expect(kids?.constraints.find((c) => c.name === 'name_len')?.columns).toEqual(['name']);
  });

  it('names column changes precisely', async () => {
    const changes = await diffOf(
      'CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2), note text)',
      `ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2), ALTER COLUMN note SET NOT NULL, ALTER COLUMN note SET DEFAULT '', ADD COLUMN placed_at timestamptz DEFAULT now()`,
    );
    expect(lines(changes)).toEqual([
      'changed column public.orders.total: type: numeric(10,2) -> numeric(12,2)',
      "changed column public.orders.note: not null: false -> true; default: none -> ''::text",
      'added column public.orders.placed_at: timestamp with time zone DEFAULT now()',
    ]);
  });

  it('reports indexes, constraints, schemas and dropped tables', async () => {
    const changes = await diffOf(
      'CREATE TABLE a (id int PRIMARY KEY, b_id int); CREATE TABLE b (id int PRIMARY KEY); CREATE TABLE gone (x int)',
      `CREATE SCHEMA audit;
       CREATE INDEX a_b_id_idx ON a (b_id);
       ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id) ON DELETE SET NULL NOT VALID;
       DROP TABLE gone;`,
    );
    expect(lines(changes)).toEqual([
      'added schema audit',
      'added index public.a index a_b_id_idx: CREATE INDEX a_b_id_idx ON public.a USING btree (b_id)',
      'added constraint public.a constraint a_b_fk: FOREIGN KEY (b_id) REFERENCES b(id) ON DELETE SET NULL NOT VALID',
      'removed table public.gone',
      'removed column public.gone.x: integer',
    ]);
  });

  it('sees validation, RLS and privilege changes on existing tables', async () => {
    const changes = await diffOf(
      'CREATE TABLE t (id int PRIMARY KEY, n int); ALTER TABLE t ADD CONSTRAINT n_pos CHECK (n > 0) NOT VALID',
      'ALTER TABLE t VALIDATE CONSTRAINT n_pos; ALTER TABLE t ENABLE ROW LEVEL SECURITY; REVOKE ALL ON t FROM PUBLIC; GRANT SELECT ON t TO PUBLIC',
    );
    expect(lines(changes)[0]).toMatch(/^changed table public.t: row level security: false -> true; privileges: none -> .*=r\//);
    expect(lines(changes)[1]).toBe(
      'changed constraint public.t constraint n_pos: definition: CHECK ((n > 0)) NOT VALID -> CHECK ((n > 0)); validated: false -> true',
    );
  });

  it('leaves extension-owned objects out', async () => {
    await env.client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const catalog = await readCatalog(env.client);
    expect(Object.keys(catalog.tables)).toEqual([]);
  });
});

describe('catalog diff of every object kind', () => {
  it('names each change precisely', async () => {
    const sql = await readFile(new URL('./fixtures/object-kinds.sql', import.meta.url), 'utf8');
    const role = `reporting_${Math.random().toString(36).slice(2, 8)}`;
    // The sandbox's TimeZone is UTC, which the partition bound shows.
    const changes = await diffOf(
      "CREATE TABLE accounts (id int PRIMARY KEY, email text, balance int); CREATE TYPE level AS ENUM ('low')",
      sql.replaceAll('reporting', role),
    );
    // The role it creates is the review's, dropped with its database; the review role owns the rest.
    const out = lines(changes).map((l) => l.replaceAll(role, 'reporting').replaceAll(env.db.role, 'owner'));
    expect(out).toEqual([
      'changed schema public: privileges: pg_database_owner=UC/pg_database_owner, =U/pg_database_owner -> pg_database_owner=UC/pg_database_owner, =U/pg_database_owner, reporting=U/pg_database_owner',
      'changed table public.accounts: row level security: false -> true; privileges: none -> owner=arwdDxtm/owner, reporting=r/owner; replica identity: default -> full',
      'changed column public.accounts.email: privileges: none -> reporting=r/owner; comment: none -> login',
      'added table public.events: PARTITION BY RANGE (at)',
      'added column public.events.id: bigint',
      'added column public.events.at: timestamp with time zone NOT NULL',
      "added table public.events_2026: partition of public.events FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00')",
      'added column public.events_2026.id: bigint',
      'added column public.events_2026.at: timestamp with time zone NOT NULL',
      'added extension pg_trgm: pg_trgm 1.6 in schema public',
      'added sequence public.invoice_no: bigint start 1000 increment 10',
      'added view public.rich: SELECT id FROM accounts WHERE (balance > 100);',
      'added materialized view public.totals: SELECT count(*) AS n FROM accounts;',
      'added function public.noop(): procedure, sql',
      'added function public.touch(): function returning trigger, plpgsql, SECURITY DEFINER, SET search_path=public',
      'added trigger public.accounts trigger accounts_touch: CREATE TRIGGER accounts_touch BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION touch()',
      'changed type public.level: values: low -> low, high',
      "added type public.mood: enum ('sad', 'ok')",
      'added type public.pair: composite (a integer, b text)',
      'added type public.positive_int: domain over integer',
      'added policy public.accounts policy own_rows: PERMISSIVE FOR SELECT TO public USING (true)',
      'added default privileges owner in schema public on tables: reporting=r/owner',
      'added role reporting: NOLOGIN',
      'added publication cdc: FOR public.accounts',
    ]);
  });
});

describe('catalog diff of changes to existing objects', () => {
  it('names what changed in functions, views, sequences, policies and publications', async () => {
    const changes = await diffOf(
      `CREATE TABLE t (id int PRIMARY KEY, n int); CREATE SEQUENCE s; CREATE VIEW v AS SELECT id FROM t;
       CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'; ALTER TABLE t ENABLE ROW LEVEL SECURITY;
       CREATE POLICY p ON t USING (n > 0); CREATE PUBLICATION pub FOR TABLE t`,
      `ALTER SEQUENCE s INCREMENT 5; CREATE OR REPLACE VIEW v AS SELECT id, n FROM t;
       CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql STABLE AS 'SELECT 2'; ALTER FUNCTION f() SECURITY DEFINER;
       ALTER POLICY p ON t USING (n > 1); ALTER PUBLICATION pub SET (publish = 'insert'); DROP FUNCTION IF EXISTS nothing()`,
    );
    await env.client.query('DROP PUBLICATION pub');
    expect(lines(changes)).toEqual([
      'changed sequence public.s: increment: 1 -> 5',
      'changed view public.v: definition: SELECT id FROM t; -> SELECT id, n FROM t;',
      'changed function public.f(): volatility: volatile -> stable; security definer: false -> true; body changed',
      'changed policy public.t policy p: using: (n > 0) -> (n > 1)',
      'changed publication pub: update: true -> false; delete: true -> false; truncate: true -> false',
    ]);
  });
});
