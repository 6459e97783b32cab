import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApplyUnit } from '../src/apply/types.js';
import { readCatalog } from '../src/catalog/read.js';
import type { CatalogState } from '../src/catalog/types.js';
import { resolveConfig } from '../src/config/resolve.js';
import { discoverMigrations } from '../src/discover/discover.js';
import type { Migration } from '../src/discover/types.js';
import { parseMigration } from '../src/parse/statements.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { openSchemaAt } from '../src/explain/schemaAt.js';
import { openBase } from '../src/base/base.js';
import { NO_TEMPLATES } from '../src/parse/templates.js';
import { runReview } from '../src/review/run.js';
import { RULE_NAMES } from '../src/rules/index.js';
import { ReviewDatabase } from '../src/sandbox/database.js';
import { EmbeddedSandboxProvider } from '../src/sandbox/embedded.js';
import { bundledMajor } from '../src/sandbox/embeddedVersions.js';
import { removeLeftovers } from '../src/sandbox/leftovers.js';
import { sandboxFromEnv } from '../src/sandbox/fromEnv.js';
import { SnapshotStore } from '../src/sandbox/snapshotStore.js';
import { freshBase } from '../src/sandbox/freshBase.js';
import { ReviewGuard } from '../src/sandbox/guard.js';
import type { BaseRequest, SandboxProvider } from '../src/sandbox/types.js';
import type { PostgresServer } from '../src/sandbox/server.js';
import { MemorySource } from '../src/source/memory.js';

const CORPUS = fileURLToPath(new URL('./fixtures/corpus/', import.meta.url));

let tmp: string;
let provider: EmbeddedSandboxProvider;
let server: PostgresServer;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-snapshots-'));
  provider = new EmbeddedSandboxProvider({ snapshots: { dir: join(tmp, 'store'), budgetBytes: 2 ** 32 } });
  server = await provider.server(bundledMajor());
});

afterAll(async () => {
  await provider?.close();
  await rm(tmp, { recursive: true, force: true });
});

/** A catalog with the review role's name, which each root cluster or server picks anew, as one placeholder. */
function anonymous(catalog: CatalogState | undefined, role: string): CatalogState {
  return JSON.parse(JSON.stringify(catalog).replaceAll(role, '<review role>')) as CatalogState;
}

/** The catalog and the roles of a database, then the database dropped. */
async function contents(db: ReviewDatabase) {
  const client = await db.connect();
  try {
    // Besides the review role itself, which each server names anew.
    const roles = await client.query<{ rolname: string; rolconfig: string[] | null }>(
      "SELECT rolname, rolconfig FROM pg_roles WHERE rolname !~ '^pg_' AND rolname NOT IN ('postgres', current_user) ORDER BY rolname",
    );
    return { catalog: anonymous(await readCatalog(client), db.role), roles: roles.rows };
  } finally {
    await client.end();
    await db.drop();
  }
}

/**
 * A history replayed by plain SQL, recording where each replay started: unit i creates table
 * t<i>, and the first also a role with a setting and a grant, which live outside the database.
 */
function synthetic(count: number, log: number[]): BaseRequest<{ tables: number }> {
  const sql = (i: number) =>
    i === 0
      ? "CREATE ROLE app_reader NOLOGIN; ALTER ROLE app_reader SET work_mem = '8MB'; CREATE TABLE t0 (id int PRIMARY KEY); GRANT SELECT ON t0 TO app_reader"
      : `CREATE TABLE t${i} (id int PRIMARY KEY, t0 int REFERENCES t0)`;
  return {
    units: Array.from({ length: count }, (_, i) => `unit ${i} ${sql(i)}`),
    keep: [],
    replay: async (db, from, to, state) => {
      log.push(from);
      expect(state?.tables ?? 0).toBe(from);
      const client = await db.connect();
      try {
        for (let i = from; i < to; i++) await client.query(sql(i));
        return { statements: to - from, durationMs: 1, state: { tables: to } };
      } finally {
        await client.end();
      }
    },
  };
}

async function corpusHistory(name: string): Promise<{ preamble: ApplyUnit | null; migrations: Migration[] }> {
  const source = await MemorySource.fromDirectory(join(CORPUS, name));
  const { migrations } = await discoverMigrations(source, source.tree, { paths: null, framework: null });
  const path = join(CORPUS, name, '_preamble.sql');
  const preamble = existsSync(path)
    ? {
        migration: { key: '_preamble.sql', path: '_preamble.sql', framework: 'plain' as const, transaction: 'none' as const },
        parsed: await parseMigration('_preamble.sql', await readFile(path, 'utf8')),
      }
    : null;
  return { preamble, migrations };
}

describe('base snapshots', () => {
  it('restores a prefix and replays only what was merged since, and a restored catalog equals a fresh replay', async () => {
    const { preamble, migrations } = await corpusHistory('measure');
    const rows = (names: string[]) => ({ names, data: { rows: 200, tables: {} } });
    const spec = (migrations: Migration[], tables: string[]) => ({
      setup: { extensions: [], preamble },
      migrations,
      templates: NO_TEMPLATES,
      rows: rows(tables),
      guard: new ReviewGuard(provider.limits),
    });
    const first = await openBase(provider, server, spec(migrations.slice(0, -10), ['measure.apps']));
    expect(first.base.cache).toMatchObject({ status: 'miss', restored: 0, units: 63, rowsRestored: false });
    expect(first.base.failure).toBeUndefined();
    await first.db.drop();

    // The base advanced by 10 migrations: the preamble and 62 migrations come from the snapshot.
    const prefix = await openBase(provider, server, spec(migrations, ['measure.apps']));
    expect(prefix.base.cache).toMatchObject({ status: 'prefix', restored: 63, units: 73, restoredStatements: first.base.statements, rowsRestored: false });
    expect(prefix.base.statements).toBeGreaterThan(first.base.statements);
    expect(prefix.fill?.generated).toMatchObject({ 'measure.apps': 200 });
    const replayed = await contents(prefix.db);
    expect(anonymous(prefix.catalog, prefix.db.role)).toEqual(replayed.catalog);

    // The same base and rows: everything from the snapshot, the catalog and the generated rows too.
    const hit = await openBase(provider, server, spec(migrations, ['measure.apps']));
    expect(hit.base.cache).toMatchObject({ status: 'hit', restored: 73, units: 73, restoredStatements: prefix.base.statements, rowsRestored: true });
    expect(hit.base.statements).toBe(prefix.base.statements);
    expect(hit.fill).toEqual(prefix.fill);
    const restored = await contents(hit.db);
    expect(Object.keys(restored.catalog.tables)).toHaveLength(25);
    expect(restored).toEqual(replayed);
    expect(anonymous(hit.catalog, hit.db.role)).toEqual(restored.catalog);

    // Rows for other tables: the base from its snapshot, the rows generated anew.
    const other = await openBase(provider, server, spec(migrations, ['measure.users']));
    expect(other.base.cache).toMatchObject({ status: 'hit', restored: 73, rowsRestored: false });
    expect(other.fill?.generated).toMatchObject({ 'measure.users': 200 });
    expect(other.fill?.generated['measure.apps']).toBeUndefined();
    await other.db.drop();

    // The same history replayed without the cache, into a new database of the long-lived server
    // (this file's own: roles are cluster-wide, and the suite's shared server holds other tests' roles).
    const plain = new EmbeddedSandboxProvider();
    const plainServer = await plain.server(bundledMajor());
    const uncached: SandboxProvider = {
      name: 'uncached',
      limits: provider.limits,
      server: async () => plainServer,
      baseDatabase: (s, request) => freshBase(s, provider.limits, request),
      close: async () => {},
    };
    const fresh = await openBase(uncached, plainServer, spec(migrations, ['measure.apps']));
    expect(fresh.base.cache.status).toBe('off');
    expect(fresh.base.statements).toBe(hit.base.statements);
    expect((await contents(fresh.db)).catalog).toEqual(restored.catalog);
    await plain.close();
  }, 300_000);

  it('restores roles and their settings, and keeps what one review does from the next', async () => {
    const replays: number[] = [];
    const miss = await provider.baseDatabase(server, synthetic(2, replays));
    expect(miss.cache.status).toBe('miss');
    await miss.db.drop();
    const prefix = await provider.baseDatabase(server, synthetic(3, replays));
    expect(prefix.cache).toMatchObject({ status: 'prefix', restored: 2, units: 3, restoredStatements: 2 });
    await prefix.db.drop();
    // Started when the previous review of the same base ended.
    const hit = await provider.baseDatabase(server, synthetic(3, replays));
    expect(hit.cache).toMatchObject({ status: 'hit', restored: 3, ahead: true });
    expect(hit.replay).toBeNull();
    expect(replays).toEqual([0, 2]);

    const client = await hit.db.connect();
    const { rows } = await client.query(
      "SELECT has_table_privilege('app_reader', 't0', 'SELECT') AS reads, (SELECT rolconfig FROM pg_roles WHERE rolname = 'app_reader') AS config, (SELECT count(*)::int FROM pg_tables WHERE tablename ~ '^t\\d$') AS tables",
    );
    expect(rows[0]).toEqual({ reads: true, config: ['work_mem=8MB'], tables: 3 });
    // A change that creates a role: the next review's cluster does not have it.
    await client.query('CREATE ROLE made_by_a_change');
    await client.end();
    await hit.db.drop();
    const next = await provider.baseDatabase(server, synthetic(3, replays));
    expect(next.cache).toMatchObject({ status: 'hit', ahead: true });
    expect((await contents(next.db)).roles).toEqual([{ rolname: 'app_reader', rolconfig: ['work_mem=8MB'] }]);
  }, 120_000);

  it('replays a base once when reviews of it run at once, and stays whole when two processes build it together', async () => {
    const replays: number[] = [];
    const both = await Promise.all([provider.baseDatabase(server, synthetic(4, replays)), provider.baseDatabase(server, synthetic(4, replays))]);
    expect(replays).toEqual([3]); // from the 3-unit snapshot of the test above
    expect(both.map((b) => b.cache.status).sort()).toEqual(['hit', 'prefix']);
    await Promise.all(both.map((b) => b.db.drop()));

    // Two providers on one store, as two processes would be: both build, one snapshot is kept.
    const other = new EmbeddedSandboxProvider({ snapshots: { dir: join(tmp, 'store'), budgetBytes: 2 ** 32 } });
    try {
      const twice: number[] = [];
      const otherServer = await other.server(bundledMajor());
      const built = await Promise.all([provider.baseDatabase(server, synthetic(6, twice)), other.baseDatabase(otherServer, synthetic(6, twice))]);
      expect(twice).toEqual([4, 4]);
      await Promise.all(built.map((b) => b.db.drop()));
      expect((await readdir(join(tmp, 'store'))).filter((n) => n.startsWith('.'))).toEqual([]);
      const hit = await provider.baseDatabase(server, synthetic(6, twice));
      expect(hit.cache.status).toBe('hit');
      const client = await hit.db.connect();
      expect((await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE tablename ~ '^t\\d$'")).rows[0].n).toBe(6);
      await client.end();
      await hit.db.drop();
    } finally {
      await other.close();
    }
  }, 120_000);

  it('keeps the copy started ahead when a base no next review asks for (the second size of the estimates) ends', async () => {
    const replays: number[] = [];
    const first = await provider.baseDatabase(server, synthetic(5, replays));
    await first.db.drop();
    const second = await provider.baseDatabase(server, { ...synthetic(6, replays), ahead: false });
    await second.db.drop();
    const next = await provider.baseDatabase(server, synthetic(5, replays));
    expect(next.cache).toMatchObject({ status: 'hit', ahead: true });
    await next.db.drop();
  }, 120_000);

  it('keeps no spent WAL in a snapshot: a base that wrote much of it is copied (and held in memory) without it', async () => {
    const store = join(tmp, 'wal-store');
    const own = new EmbeddedSandboxProvider({ snapshots: { dir: store, budgetBytes: 2 ** 32 } });
    try {
      const bulk = [
        // Tens of MB of WAL, then nothing of it left in the database.
        'CREATE TABLE bulk AS SELECT g AS id, md5(g::text) AS note FROM generate_series(1, 400000) g; DROP TABLE bulk',
        'CREATE TABLE kept (id int PRIMARY KEY)',
      ];
      const built = await own.baseDatabase(await own.server(bundledMajor()), {
        units: bulk.map((sql, i) => `wal unit ${i} ${sql}`),
        keep: [1],
        replay: async (db, from, to) => {
          const client = await db.connect();
          try {
            for (const sql of bulk.slice(from, to)) await client.query(sql);
          } finally {
            await client.end();
          }
          return { statements: to - from, durationMs: 1, state: null };
        },
      });
      await built.db.drop();
      const snapshots = (await readdir(store)).filter((n) => !n.startsWith('.'));
      expect(snapshots).toHaveLength(3); // the empty cluster, after the bulk unit, after both
      for (const name of snapshots) {
        const listing = await new Promise<string>((resolve, reject) =>
          execFile('tar', ['-tvf', join(store, name, 'cluster.tar')], { maxBuffer: 16 * 1024 ** 2 }, (err, out) => (err ? reject(err) : resolve(out))),
        );
        const walBytes = listing
          .split('\n')
          .filter((l) => / \.\/pg_wal\/[0-9A-F]{24}$/.test(l))
          .reduce((n, l) => n + Number(l.trim().split(/\s+/)[2]), 0);
        // initdb's own WAL, or the segment of the shutdown checkpoint: spent segments are removed, not kept for reuse (8 MB of them here otherwise).
        expect(walBytes).toBeLessThanOrEqual(5 * 1024 ** 2);
      }
    } finally {
      await own.close();
    }
  }, 120_000);

  it('makes the empty cluster ahead when asked, once, so a first review starts from it', async () => {
    const store = join(tmp, 'prepared-store');
    const own = new EmbeddedSandboxProvider({ snapshots: { dir: store, budgetBytes: 2 ** 32 } });
    try {
      await Promise.all([own.prepare(bundledMajor()), own.prepare(bundledMajor())]);
      const kept = (await readdir(store)).filter((n) => !n.startsWith('.'));
      expect(kept).toHaveLength(1);
      expect(JSON.parse(await readFile(join(store, kept[0] as string, 'meta.json'), 'utf8'))).toMatchObject({ units: 0, statements: 0 });
      await own.prepare(bundledMajor());
      // A review's chain starts at that cluster: only the units' own snapshots are added.
      const replays: number[] = [];
      const built = await own.baseDatabase(await own.server(bundledMajor()), synthetic(1, replays));
      await built.db.drop();
      expect(replays).toEqual([0]);
      const after = (await readdir(store)).filter((n) => !n.startsWith('.'));
      expect(after).toHaveLength(2);
      expect(after).toContain(kept[0]);
    } finally {
      await own.close();
    }
  }, 120_000);

  it('reports in the review whether the base came from a snapshot, and what that saved', async () => {
    const base = { 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n' };
    const head = { ...base, 'db/migrations/002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);\n' };
    const config = resolveConfig({}, RULE_NAMES);
    if (!config.ok) throw new Error(config.errors.join());
    const review = () =>
      runReview({
        source: MemorySource.pullRequest(base, head),
        subject: { title: 'Orders', baseSha: 'base', headSha: 'head' },
        changedFiles: [{ path: 'db/migrations/002_orders.sql', status: 'added' }],
        config: config.config,
        sandbox: provider,
      });
    const cold = await review();
    expect(cold.base?.cache.status).toBe('miss');
    expect(renderMarkdown(cold)).toContain("after replaying the base branch's 1 migration (1 statement) in");
    const warm = await review();
    expect(warm.outcome).toBe('reviewed');
    expect(warm.base?.cache).toMatchObject({ status: 'hit', units: 1, restored: 1, rowsRestored: true });
    expect(warm.rows).toEqual(cold.rows);
    expect(renderMarkdown(warm)).toMatch(
      /after restoring a cached snapshot of the base branch's 1 migration \(1 statement\) and of the rows generated for the tables the change touches in [\d.]+ m?s \(a copy started ahead, when the previous review of this base ended\)/,
    );
    expect(JSON.parse(renderJson(warm)).base.cache).toMatchObject({ status: 'hit', units: 1, restored: 1, restoredStatements: 1 });
    expect(warm.catalog?.changes.map((c) => `${c.action} ${c.objectType} ${c.name}`)).toEqual(
      cold.catalog?.changes.map((c) => `${c.action} ${c.objectType} ${c.name}`),
    );
  }, 120_000);

  it("opens /dba explain's schema through the same cache, with the query's tables filled", async () => {
    const files = {
      'db/migrations/001_accounts.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n',
      'db/migrations/002_invoices.sql': 'CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);\n',
    };
    const config = resolveConfig({ data: { rows: 300 } }, RULE_NAMES);
    if (!config.ok) throw new Error(config.errors.join());
    const source = MemorySource.pullRequest(files, files);
    const parsed = await parseMigration('query', 'SELECT * FROM invoices WHERE account_id = 1');
    const statements = parsed.ok ? parsed.statements : [];
    const open = () =>
      openSchemaAt({ source, sha: 'head', config: config.config, sandbox: provider, server, data: config.config.data, preambleFrom: 'base' }, statements);
    const first = await open();
    await first.close();
    const again = await open();
    try {
      expect(first.cache).toMatchObject({ status: 'miss', rowsRestored: false });
      expect(again.problem).toBeNull();
      expect(again.cache).toMatchObject({ status: 'hit', units: 2, restored: 2, rowsRestored: true });
      expect(again.rows).toEqual({ 'public.accounts': 300, 'public.invoices': 300 });
      expect((await again.client?.query('SELECT count(*)::int AS n FROM invoices'))?.rows[0]).toEqual({ n: 300 });
    } finally {
      await again.close();
    }
  }, 120_000);

  it('starts no long-lived server: reviews get servers of their own, and the description says so if used as one', async () => {
    expect(server).toMatchObject({ major: bundledMajor(), version: expect.stringMatching(new RegExp(`^${bundledMajor()}\\.`)) });
    expect(() => server.admin).toThrow(/is described, not started: reviews get servers of their own/);
    expect(Object.keys(server)).not.toContain('admin');
  });

  it('reads its budget from the environment and explains a bad one', () => {
    expect(() => sandboxFromEnv({ PG_DBA_REVIEW_SNAPSHOT_BYTES: 'lots' })).toThrow(
      'PG_DBA_REVIEW_SNAPSHOT_BYTES must be a whole number of bytes (0 turns base snapshots off), not "lots".',
    );
    expect(sandboxFromEnv({ PG_DBA_REVIEW_SNAPSHOT_BYTES: '0' }).name).toBe('embedded');
  });
});

describe('leftovers of a crashed process', () => {
  it('removes old data folders whose server is gone, and nothing else', async () => {
    const root = join(tmp, 'work');
    const folder = async (name: string, pid: number | null, hoursOld: number) => {
      await mkdir(join(root, name, 'data'), { recursive: true });
      if (pid !== null) await writeFile(join(root, name, 'data', 'postmaster.pid'), `${pid}\n/somewhere\n`);
      const then = new Date(Date.now() - hoursOld * 3600_000);
      await utimes(join(root, name), then, then);
    };
    await folder('pg-dba-review-dead01', 2 ** 22 + 1, 2); // above the largest pid Linux hands out
    await folder('pg-dba-review-nopid1', null, 2);
    await folder('pg-dba-review-alive1', process.pid, 2);
    await folder('pg-dba-review-young1', null, 0);
    await folder('pg-dba-review-test-abcdef', null, 2);
    await removeLeftovers(root);
    expect((await readdir(root)).sort()).toEqual(['pg-dba-review-alive1', 'pg-dba-review-test-abcdef', 'pg-dba-review-young1']);
  });
});

describe('the snapshot store', () => {
  /** A fake stopped cluster: a folder holding `kb` kilobytes. */
  async function cluster(name: string, kb: number): Promise<string> {
    const dir = join(tmp, 'fake', name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'file'), Buffer.alloc(kb * 1024, name));
    return dir;
  }
  const meta = { units: 1, statements: 1, replayMs: 1, password: 'p', login: { name: 'r', password: 'p' }, state: null };
  const pause = () => new Promise((r) => setTimeout(r, 30));

  it('evicts the least recently used snapshots beyond its budget', async () => {
    const store = new SnapshotStore(join(tmp, 'small'), 250 * 1024);
    await store.save('a', await cluster('a', 100), meta);
    await pause();
    await store.save('b', await cluster('b', 100), meta);
    await pause();
    expect((await store.longest(['x', 'a', 'y']))?.key).toBe('a'); // a is now the most recently used
    await pause();
    await store.save('c', await cluster('c', 100), meta);
    expect((await readdir(join(tmp, 'small'))).sort()).toEqual(['a', 'c']);
    expect(await store.longest(['b'])).toBeNull();
    // A snapshot larger than the whole budget is not kept, and costs the others nothing.
    await store.save('d', await cluster('d', 300), meta);
    expect((await readdir(join(tmp, 'small'))).sort()).toEqual(['a', 'c']);
    // What is restored is what was saved.
    await store.restore('c', join(tmp, 'restored'));
    expect((await readFile(join(tmp, 'restored', 'file'))).equals(await readFile(join(tmp, 'fake', 'c', 'file')))).toBe(true);
    expect(await store.restore('b', join(tmp, 'gone'))).toBe(false);
  });

  it('keeps one whole snapshot when several saves of one key race', async () => {
    const store = new SnapshotStore(join(tmp, 'race'), 2 ** 30);
    const dir = await cluster('same', 64);
    await Promise.all(Array.from({ length: 5 }, () => store.save('k', dir, meta)));
    expect(await readdir(join(tmp, 'race'))).toEqual(['k']);
    await store.restore('k', join(tmp, 'race-restored'));
    expect((await readFile(join(tmp, 'race-restored', 'file'))).length).toBe(64 * 1024);
  });
});
