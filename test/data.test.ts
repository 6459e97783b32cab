import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readCatalog } from '../src/catalog/read.js';
import { fillTables, type FillResult } from '../src/data/fill.js';
import { freshDatabase } from './support/postgres.js';

let env: Awaited<ReturnType<typeof freshDatabase>>;
beforeEach(async () => (env = await freshDatabase()));
afterEach(async () => env.close());

const q = (name: string) => (name.includes('.') ? name : `public.${name}`);

/** Creates the schema, then fills `rows` (short table names -> rows); tables not named get 0 unless asked as FK parents. */
async function fill(ddl: string, rows: Record<string, number>, parents: Record<string, number> = {}): Promise<FillResult> {
  await env.client.query(ddl);
  const catalog = await readCatalog(env.client);
  const wanted: Record<string, number> = {};
  for (const [name, n] of Object.entries({ ...parents, ...rows })) wanted[q(name)] = n;
  return fillTables(env.client, catalog, Object.keys(rows).map(q), (t) => wanted[t] ?? 0);
}

const value = async <T = number>(sql: string): Promise<T> => {
  const row = (await env.client.query(sql)).rows[0] as Record<string, unknown>;
  const v = Object.values(row)[0];
  return (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v) as T;
};

/**
 * The fill runs without triggers, so foreign keys are re-checked here: dropping and re-adding each
 * one makes PostgreSQL validate every row.
 */
async function revalidateForeignKeys(): Promise<number> {
  const fks = await env.client.query<{ t: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS t, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f'`,
  );
  for (const fk of fks.rows) await env.client.query(`ALTER TABLE ${fk.t} DROP CONSTRAINT "${fk.name}", ADD CONSTRAINT "${fk.name}" ${fk.def}`);
  return fks.rows.length;
}

describe('fillTables: realistic data, fast', () => {
  it('fills 200,000 members of 10,000 groups with skewed statuses and spread children, then analyses them', async () => {
    const result = await fill(
      `CREATE TABLE groups (id uuid PRIMARY KEY, name text NOT NULL);
       CREATE TABLE members (id uuid PRIMARY KEY, group_id uuid REFERENCES groups(id), user_email text NOT NULL,
         status text CHECK (status IN ('pending', 'accepted', 'expired')), created_at timestamp DEFAULT now(),
         deleted_at timestamptz, is_admin boolean NOT NULL DEFAULT false)`,
      { members: 200_000 },
      { groups: 10_000 },
    );
    console.log(`fillTables: 10,000 groups + 200,000 members in ${Math.round(result.durationMs)} ms`);
    expect(result.notes).toEqual([]);
    expect(result.rows).toEqual({ 'public.groups': 10_000, 'public.members': 200_000 });
    expect(result.generated).toEqual({ 'public.groups': 10_000, 'public.members': 200_000 });
    expect(await revalidateForeignKeys()).toBe(1);

    const statuses = (await env.client.query<{ status: string; n: string }>(`SELECT status, count(*) AS n FROM members GROUP BY 1 ORDER BY 2 DESC`)).rows;
    const counts = new Map(statuses.map((r) => [r.status, Number(r.n)]));
    expect([...counts.keys()].filter((s) => s !== null).sort()).toEqual(['accepted', 'expired', 'pending']);
    const sorted = [...counts.entries()].filter(([s]) => s !== null).map(([, n]) => n);
    expect(Math.max(...sorted)).toBeGreaterThan(2 * Math.min(...sorted));
    // Nullable non-key column: a few NULLs, not many.
    expect(counts.get(null as unknown as string) ?? 0).toBeGreaterThan(0);
    expect(counts.get(null as unknown as string) ?? 0).toBeLessThan(200_000 * 0.1);

    expect(await value(`SELECT count(DISTINCT user_email) FROM members`)).toBe(200_000);
    expect(await value(`SELECT count(*) FROM members WHERE user_email !~ '^[a-z]+\\.[a-z]+[0-9]+@[a-z.]+$'`)).toBe(0);
    // Event times mostly NULL, flags skewed, row times over the last two years.
    expect(await value(`SELECT avg((deleted_at IS NULL)::int)::float8 FROM members`)).toBeGreaterThan(0.8);
    expect(await value(`SELECT avg(is_admin::int)::float8 FROM members`)).toBeLessThan(0.2);
    const days = await value(`SELECT extract(day FROM max(created_at) - min(created_at))::int FROM members`);
    expect(days).toBeGreaterThan(600);
    expect(await value(`SELECT count(*) FROM members WHERE created_at > now() + interval '1 day' OR created_at < now() - interval '3 years'`)).toBe(0);

    // Children spread unevenly: the busiest group has many times the average.
    const perGroup = await env.client.query<{ max: number; used: string }>(
      `SELECT max(n)::int AS max, count(*) AS used FROM (SELECT count(*) AS n FROM members WHERE group_id IS NOT NULL GROUP BY group_id) x`,
    );
    expect(perGroup.rows[0]?.max).toBeGreaterThan(5 * 20);
    expect(Number(perGroup.rows[0]?.used)).toBeLessThanOrEqual(10_000);

    // ANALYZE ran: reltuples and pg_stats reflect the data.
    expect(await value(`SELECT reltuples::float8 FROM pg_class WHERE oid = 'members'::regclass`)).toBeGreaterThan(190_000);
    expect(await value(`SELECT reltuples::float8 FROM pg_class WHERE oid = 'groups'::regclass`)).toBe(10_000);
    const nd = await value(`SELECT n_distinct::float8 FROM pg_stats WHERE tablename = 'members' AND attname = 'group_id'`);
    const distinct = nd < 0 ? -nd * 200_000 : nd;
    expect(distinct).toBeGreaterThan(2_000);
    expect(distinct).toBeLessThanOrEqual(10_001);
    expect(await value(`SELECT n_distinct::float8 FROM pg_stats WHERE tablename = 'members' AND attname = 'id'`)).toBe(-1);
    const common = await value<number[]>(`SELECT most_common_freqs::float8[] FROM pg_stats WHERE tablename = 'members' AND attname = 'status'`);
    expect(common[0]).toBeGreaterThan(0.4);
  });

  it('is deterministic: the same schema gives the same rows', async () => {
    const ddl = `CREATE TABLE t (id int PRIMARY KEY, code text NOT NULL, amount numeric(8,2), at timestamptz NOT NULL, ok boolean NOT NULL)`;
    await fill(ddl, { t: 500 });
    const digest = `SELECT md5(string_agg(t::text, ',' ORDER BY id)) FROM t`;
    const first = await value<string>(digest);
    await env.close();
    env = await freshDatabase();
    await fill(ddl, { t: 500 });
    expect(await value<string>(digest)).toBe(first);
  });
});

describe('fillTables: constraints hold and row counts are met', () => {
  // Each case: schema, rows per table, and queries that count rows breaking what the case is about.
  const cases: { name: string; ddl: string; rows: Record<string, number>; parents?: Record<string, number>; broken: string[] }[] = [
    {
      name: 'primary key without default and a multi-column unique key',
      ddl: `CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b text NOT NULL, UNIQUE (a, b))`,
      rows: { t: 3000 },
      broken: [],
    },
    {
      name: 'multi-column foreign key',
      ddl: `CREATE TABLE parent (x int, y int, PRIMARY KEY (x, y));
            CREATE TABLE child (id serial PRIMARY KEY, x int NOT NULL, y int NOT NULL, FOREIGN KEY (x, y) REFERENCES parent);`,
      rows: { child: 2000 },
      parents: { parent: 100 },
      broken: [],
    },
    {
      name: 'join table whose primary key is all foreign keys',
      ddl: `CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text UNIQUE NOT NULL);
            CREATE TABLE teams (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
            CREATE TABLE memberships (user_id bigint REFERENCES users, team_id uuid REFERENCES teams, role text NOT NULL, PRIMARY KEY (user_id, team_id));`,
      rows: { memberships: 1500 },
      parents: { users: 50, teams: 40 },
      broken: [`SELECT count(*) FROM (SELECT count(DISTINCT team_id) n FROM memberships) x WHERE n < 30`],
    },
    {
      name: 'CHECK IN list, range and length',
      ddl: `CREATE TABLE t (
              id bigserial PRIMARY KEY,
              status varchar(10) NOT NULL CHECK (status IN ('new', 'open', 'closed')),
              qty int NOT NULL CHECK (qty BETWEEN 5 AND 10),
              price numeric(5,2) NOT NULL CHECK (price > 0 AND price < 100),
              delta int NOT NULL CHECK (delta <> 0) CHECK (delta >= -3) CHECK (delta <= 3),
              code varchar(12) NOT NULL CHECK (length(code) >= 10),
              label text NOT NULL CHECK (char_length(label) BETWEEN 3 AND 5),
              ratio real NOT NULL CHECK (NOT (ratio < 0.5)),
              due date NOT NULL CHECK (due > '2100-01-01'),
              opened_at timestamptz NOT NULL CHECK (opened_at >= '1999-01-01' AND opened_at < '2001-01-01'),
              total numeric GENERATED ALWAYS AS (qty * price) STORED)`,
      rows: { t: 2000 },
      broken: [
        `SELECT count(*) FROM t WHERE status NOT IN ('new', 'open', 'closed') OR qty NOT BETWEEN 5 AND 10 OR price <= 0 OR price >= 100 OR delta = 0 OR length(code) < 10 OR length(label) NOT BETWEEN 3 AND 5 OR ratio < 0.5`,
        `SELECT count(*) FROM t WHERE due <= '2100-01-01' OR opened_at < '1999-01-01' OR opened_at >= '2001-01-01' OR total IS DISTINCT FROM qty * price`,
        // Values vary: the generator aimed at the bounds rather than leaving the filter to drop rows.
        `SELECT count(*) FROM (SELECT count(DISTINCT qty) q, count(DISTINCT status) s, count(DISTINCT price) p FROM t) x WHERE q < 6 OR s < 3 OR p < 500`,
      ],
    },
    {
      name: 'a CHECK between two columns, which the generator cannot aim at',
      ddl: `CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b int NOT NULL, CHECK (a < b))`,
      rows: { t: 1000 },
      broken: [`SELECT count(*) FROM t WHERE NOT (a < b)`],
    },
    {
      name: 'enums, domains, varchar(n), char(n) and numeric(5,2)',
      ddl: `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE DOMAIN small_positive AS int NOT NULL CHECK (VALUE > 0) CHECK (VALUE < 50);
            CREATE DOMAIN email_address AS text CHECK (VALUE ~ '@');
            CREATE TABLE t (id int PRIMARY KEY, mood mood NOT NULL, size small_positive, contact email_address NOT NULL,
                            short varchar(3) NOT NULL, fixed char(2) NOT NULL, amount numeric(5,2) NOT NULL)`,
      rows: { t: 1000 },
      broken: [
        `SELECT count(*) FROM t WHERE length(short) > 3 OR amount > 999.99 OR amount < -999.99`,
        `SELECT count(*) FROM (SELECT count(DISTINCT mood) m, count(DISTINCT size) s FROM t) x WHERE m < 3 OR s < 20`,
      ],
    },
    {
      name: 'NOT NULL on every type the generator knows',
      ddl: `CREATE EXTENSION IF NOT EXISTS citext;
            CREATE TYPE color AS ENUM ('red', 'green');
            CREATE DOMAIN percent AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100);
            CREATE DOMAIN tiny AS int CHECK (VALUE BETWEEN 1 AND 3);
            CREATE TABLE t (
              a smallint NOT NULL, b integer NOT NULL, c bigint NOT NULL, d numeric NOT NULL, e numeric(7,3) NOT NULL,
              f real NOT NULL, g double precision NOT NULL, h money NOT NULL, i text NOT NULL, j varchar(10) NOT NULL,
              k char(4) NOT NULL, l citext NOT NULL, m uuid NOT NULL, n boolean NOT NULL, o date NOT NULL,
              p timestamp NOT NULL, q timestamptz NOT NULL, r time NOT NULL, s timetz NOT NULL, t interval NOT NULL,
              u json NOT NULL, v jsonb NOT NULL, w bytea NOT NULL, x inet NOT NULL, y cidr NOT NULL, z macaddr NOT NULL,
              aa int[] NOT NULL, ab text[] NOT NULL, ac color NOT NULL, ad color[] NOT NULL, ae percent NOT NULL,
              af timestamp(3) with time zone NOT NULL, ag "char" NOT NULL, ah name NOT NULL, ai tiny[] NOT NULL)`,
      rows: { t: 500 },
      broken: [],
    },
    {
      name: 'self-referencing foreign key with a serial key',
      ddl: `CREATE TABLE categories (id bigserial PRIMARY KEY, parent_id bigint REFERENCES categories, name text NOT NULL)`,
      rows: { categories: 1000 },
      broken: [`SELECT (count(*) FILTER (WHERE parent_id IS NOT NULL) < 300)::int FROM categories`],
    },
    {
      name: 'foreign keys that share a column (tenant) with two parents',
      ddl: `CREATE TABLE tenants (id int PRIMARY KEY);
            CREATE TABLE users (tenant_id int NOT NULL REFERENCES tenants, id int NOT NULL, PRIMARY KEY (tenant_id, id));
            CREATE TABLE tasks (id bigserial PRIMARY KEY, tenant_id int NOT NULL, user_id int,
                                FOREIGN KEY (tenant_id) REFERENCES tenants, FOREIGN KEY (tenant_id, user_id) REFERENCES users);`,
      rows: { tasks: 500 },
      parents: { tenants: 3, users: 300 },
      broken: [],
    },
  ];

  it.each(cases)('$name', async ({ ddl, rows, parents, broken }) => {
    const result = await fill(ddl, rows, parents);
    expect(result.notes).toEqual([]);
    for (const [name, n] of Object.entries({ ...parents, ...rows })) {
      expect(result.rows[q(name)]).toBe(n);
      expect(await value(`SELECT count(*) FROM ${name}`)).toBe(n);
    }
    await revalidateForeignKeys();
    for (const sql of broken) expect(await value(sql)).toBe(0);
  });
});

describe('fillTables: what it cannot do, it says', () => {
  it('breaks a foreign key cycle with NULLs and says so', async () => {
    const result = await fill(
      `CREATE TABLE a (id int PRIMARY KEY, b_id int);
       CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
       ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;`,
      { a: 100 },
      { b: 50 },
    );
    expect(result.rows).toEqual({ 'public.a': 100, 'public.b': 50 });
    expect(result.notes).toEqual(['public.b: a_id left NULL: public.a had no rows yet (a foreign key cycle).']);
    expect(await value(`SELECT count(*) FROM a WHERE b_id IS NOT NULL`)).toBeGreaterThan(50);
    await revalidateForeignKeys();
  });

  it('does not fill a table with a NOT NULL column of a type it does not know, and goes on with the others', async () => {
    const result = await fill(
      `CREATE TABLE odd (id int PRIMARY KEY, span int4range NOT NULL, note int4range);
       CREATE TABLE fine (id int PRIMARY KEY, span int4range, also int4range NOT NULL DEFAULT '[1,2)')`,
      { odd: 10, fine: 10 },
    );
    expect(result.notes).toEqual([
      'public.odd was not filled: column span has type int4range, which the generator does not know, and is NOT NULL without a default; it has 0 rows.',
    ]);
    expect(result.rows).toEqual({ 'public.odd': 0, 'public.fine': 10 });
    expect(result.generated).toEqual({ 'public.fine': 10 });
  });

  it('notes a statement PostgreSQL refuses (a partition missing) and keeps the other tables', async () => {
    const result = await fill(
      `CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at);
       CREATE TABLE events_2000 PARTITION OF events FOR VALUES FROM ('2000-01-01') TO ('2001-01-01');
       CREATE TABLE logs (id bigint NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at);
       CREATE TABLE logs_all PARTITION OF logs DEFAULT;
       CREATE TABLE other (id int PRIMARY KEY)`,
      { events: 100, logs: 100, other: 100 },
    );
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatch(/^public\.events was not filled: no partition of relation "events" found for row/);
    expect(result.rows).toEqual({ 'public.events': 0, 'public.logs': 100, 'public.other': 100 });
  });

  it('counts rows already there, leaves full tables and zero targets alone, and says when a one-to-one key runs out of parents', async () => {
    const result = await fill(
      `CREATE TABLE users (id int PRIMARY KEY, name text);
       INSERT INTO users SELECT i, 'seed' FROM generate_series(1, 30) i;
       CREATE TABLE profiles (user_id int PRIMARY KEY REFERENCES users, bio text);
       CREATE TABLE full_one (id int PRIMARY KEY); INSERT INTO full_one VALUES (1), (2), (3);
       CREATE TABLE skipped (id int PRIMARY KEY)`,
      { users: 50, profiles: 80, full_one: 2, skipped: 0 },
    );
    expect(result.rows).toEqual({ 'public.users': 50, 'public.profiles': 50, 'public.full_one': 3, 'public.skipped': 0 });
    expect(result.generated).toEqual({ 'public.users': 20, 'public.profiles': 50 });
    expect(result.notes).toEqual(['public.profiles was filled short (50 of 80 rows): its unique key allows only 50 combinations of public.users rows.']);
    expect(await value(`SELECT count(*) FROM users WHERE name = 'seed'`)).toBe(30);
    await revalidateForeignKeys();
  });

  it('skips rows that collide on a unique key it thought distinct, and says the table came out short', async () => {
    const result = await fill(`CREATE TABLE t (id int PRIMARY KEY, code varchar(2) NOT NULL UNIQUE)`, { t: 500 });
    expect(result.rows['public.t']).toBeGreaterThan(50);
    expect(result.rows['public.t']).toBeLessThan(500);
    expect(result.notes).toEqual([
      `public.t was filled short (${result.rows['public.t']} of 500 rows): generated rows collided with its unique keys or the rows already there.`,
    ]);
  });

  it('notes how short a CHECK it cannot model left a table', async () => {
    const result = await fill(`CREATE TABLE t (id int PRIMARY KEY, word text NOT NULL CONSTRAINT impossible CHECK (word ~ '^[0-9]+$'))`, { t: 100 });
    expect(result.rows['public.t']).toBe(0);
    expect(result.notes).toEqual(['public.t was not filled: generated rows that failed CHECK impossible were left out.']);
  });
});
