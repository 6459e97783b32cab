import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { readCatalog } from '../src/catalog/read.js';
import { fillTables, type FillResult } from '../src/data/fill.js';
import type { RowCache } from '../src/data/rowCache.js';
import { SnapshotStore } from '../src/sandbox/snapshotStore.js';
import { freshDatabase } from './support/postgres.js';

const SCHEMA = `
CREATE TYPE plan_kind AS ENUM ('free', 'team', 'enterprise');
CREATE TABLE orgs (id bigserial PRIMARY KEY, name text NOT NULL UNIQUE, kind plan_kind NOT NULL DEFAULT 'free', created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE projects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id bigint NOT NULL REFERENCES orgs,
  parent_id uuid REFERENCES projects,
  seq int GENERATED ALWAYS AS IDENTITY,
  budget numeric(10, 2) CHECK (budget >= 0),
  tags text[],
  slug text GENERATED ALWAYS AS (lower(id::text)) STORED,
  meta jsonb
);
CREATE INDEX projects_org ON projects (org_id, budget);
`;

const QUERIES = [
  'SELECT * FROM projects WHERE org_id = 42 AND budget > 100',
  "SELECT o.kind, count(*) FROM orgs o JOIN projects p ON p.org_id = o.id WHERE 'x' = ANY (p.tags) GROUP BY 1",
  "SELECT * FROM orgs WHERE name LIKE 'amber%' ORDER BY created_at DESC LIMIT 10",
];

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dba-rowcache-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The store as RowFiles, counting the files it found and kept. */
function counted(store: SnapshotStore) {
  const seen = { hits: 0, saves: 0 };
  const files: RowCache['files'] = {
    file: async (key) => {
      const found = await store.file(key);
      if (found) seen.hits++;
      return found;
    },
    saveFile: async (key, write, meta) => {
      seen.saves++;
      await store.saveFile(key, write, meta);
    },
  };
  return { files, seen };
}

/** What a reviewer's queries and the planner see of a database: every row, the sequences, pg_stats and the plans. */
async function observed(client: pg.Client) {
  const rows = async (table: string) =>
    (await client.query<{ digest: string; n: string }>(`SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest, count(*) AS n FROM ${table} t`))
      .rows[0];
  const stats = await client.query(
    `SELECT tablename, attname, null_frac, avg_width, n_distinct, most_common_vals::text, most_common_freqs, histogram_bounds::text, correlation,
            most_common_elems::text, most_common_elem_freqs, elem_count_histogram
       FROM pg_stats WHERE schemaname = 'public' ORDER BY 1, 2`,
  );
  const sizes = await client.query(
    `SELECT relname, relpages, reltuples FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'i') ORDER BY 1`,
  );
  const plans: string[] = [];
  for (const q of QUERIES)
    plans.push(((await client.query(`EXPLAIN (COSTS ON) ${q}`)).rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n'));
  const next = await client.query(`SELECT nextval('orgs_id_seq') AS org, nextval(pg_get_serial_sequence('projects', 'seq')) AS project`);
  return { orgs: await rows('orgs'), projects: await rows('projects'), stats: stats.rows, sizes: sizes.rows, plans, next: next.rows[0] };
}

async function fillOnce(cache: RowCache | null, schema = SCHEMA, wanted: Record<string, number> = { 'public.orgs': 300, 'public.projects': 2000 }) {
  const env = await freshDatabase();
  try {
    await env.client.query(schema);
    const fill = await fillTables(env.client, await readCatalog(env.client), ['public.projects'], (t) => wanted[t] ?? 0, cache);
    return { fill, seen: await observed(env.client) };
  } finally {
    await env.close();
  }
}

const server = async () => {
  const env = await freshDatabase();
  const v = (
    await env.client.query<{ version: string; num: string }>(
      "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num",
    )
  ).rows[0];
  await env.close();
  return { major: Math.floor(Number(v?.num) / 10000), version: v?.version ?? '' };
};

/** A cache in a store of its own, counting what it found and kept. */
async function cacheIn(name: string) {
  const { files, seen } = counted(new SnapshotStore(join(root, name), 2 ** 30));
  return { cache: { files, server: await server() }, seen };
}

const outcome = (f: FillResult) => ({ rows: f.rows, generated: f.generated, notes: f.notes, failures: f.failures });

describe('generated rows kept between reviews', () => {
  it('loads the rows, sequences and statistics a fill left, so the database is as a new fill would leave it', async () => {
    const { cache, seen } = await cacheIn('same');
    const first = await fillOnce(cache);
    expect(seen).toEqual({ hits: 0, saves: 2 });
    expect(first.fill.generated).toEqual({ 'public.orgs': 300, 'public.projects': 2000 });
    expect((await readdir(join(root, 'same'))).filter((n) => n.startsWith('rows-'))).toHaveLength(2);

    const second = await fillOnce(cache);
    expect(seen).toEqual({ hits: 2, saves: 2 });
    expect(outcome(second.fill)).toEqual(outcome(first.fill));
    // The same rows (random UUID keys and all), the sequences where the fill left them, the same statistics and plans.
    expect(second.seen).toEqual(first.seen);
    expect(second.seen.projects).toMatchObject({ n: '2000' });
  }, 120_000);

  it('generates anew what changed, and a child whose parent was generated anew, never rows pointing at another parent', async () => {
    const { cache, seen } = await cacheIn('changed');
    await fillOnce(cache);
    // A column more in the child: the parent is loaded, the child generated and kept anew.
    const widened = `${SCHEMA}\nALTER TABLE projects ADD COLUMN note text;`;
    const after = await fillOnce(cache, widened);
    expect(seen).toEqual({ hits: 1, saves: 3 });
    expect(after.fill.generated).toEqual({ 'public.orgs': 300, 'public.projects': 2000 });
    // More rows for the parent: both anew; every child row still finds its parent (the fill would have failed otherwise).
    const bigger = await fillOnce(cache, SCHEMA, { 'public.orgs': 400, 'public.projects': 2000 });
    expect(seen).toEqual({ hits: 1, saves: 5 });
    expect(bigger.fill.failures).toEqual([]);
    expect(bigger.seen.orgs).toMatchObject({ n: '400' });
  }, 120_000);

  it('keeps nothing of a table that held rows before the fill, nor of its children', async () => {
    const { cache, seen } = await cacheIn('seeded');
    const seeded = `${SCHEMA}\nINSERT INTO orgs (name) VALUES ('seed');`;
    await fillOnce(cache, seeded);
    await fillOnce(cache, seeded);
    expect(seen).toEqual({ hits: 0, saves: 0 });
  }, 120_000);
});
