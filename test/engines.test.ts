import { describe, expect, it } from '@jest/globals';
import { discoverMigrations } from '../src/discover/discover.js';
import { MemorySource } from '../src/source/memory.js';

const HYDRA = new URL('./fixtures/corpus/hydra/persistence/sql/migrations', import.meta.url).pathname;
const DIR = 'persistence/sql/migrations';

async function discover(files: Record<string, string>) {
  const source = new MemorySource(files);
  return discoverMigrations(source, source.tree, { paths: null, framework: null });
}

let hydraOnce: ReturnType<typeof discover> | undefined;
function hydra() {
  hydraOnce ??= MemorySource.fromDirectory(HYDRA, `${DIR}/`).then((source) => discoverMigrations(source, source.tree, { paths: null, framework: null }));
  return hydraOnce;
}

/** What a user checks: the files replayed, and each file left out with its reason. */
const brief = (d: Awaited<ReturnType<typeof discover>>) => ({
  replayed: d.migrations.map((m) => m.path),
  leftOut: Object.fromEntries(d.leftOut.map((l) => [l.path, l.reason])),
  unknown: d.unknownEngine.map((u) => `${u.framework} ${u.set}`),
});

describe('pop / popx on hydra (1,223 files in four dialects)', () => {
  it('replays one file per version, the PostgreSQL one, in version order', async () => {
    const d = await hydra();
    expect(d.migrations).toHaveLength(228);
    expect(new Set(d.migrations.map((m) => m.framework))).toEqual(new Set(['pop']));
    expect(d.migrations.filter((m) => /\.(mysql|sqlite|cockroach)\./.test(m.path))).toEqual([]);
    const versions = d.migrations.map((m) => m.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect([...versions].sort()).toEqual(versions);
    expect(d.unknownEngine).toEqual([]);
    // Every file is either replayed (as an up or its down) or listed as left out.
    const used = d.migrations.flatMap((m) => [m.path, ...(m.down ? [m.down.path] : [])]);
    expect(used.length + d.leftOut.length).toBe(1223);
  });

  it.each([
    // version, file replayed, transaction, down
    ['20150101000001000000', 'networks.postgres.up.sql', 'wrapped', 'networks.down.sql'],
    ['20190100000001000000', 'client.up.sql', 'wrapped', 'client.down.sql'],
    ['20241609000001000000', 'device_flow.postgres.up.sql', 'wrapped', 'device_flow.down.sql'],
    [
      '20260325111700000000',
      'flow_login_session_id_subject_idx.postgres.autocommit.up.sql',
      'implicit',
      'flow_login_session_id_subject_idx.postgres.autocommit.down.sql',
    ],
    ['20260420120000000000', 'add_nid_subject_idx_to_access.autocommit.up.sql', 'implicit', 'add_nid_subject_idx_to_access.autocommit.down.sql'],
  ])('version %s replays %s (%s), down %s', async (version, up, transaction, down) => {
    const m = (await hydra()).migrations.find((x) => x.version === version);
    expect(m?.path).toBe(`${DIR}/${version}_${up}`);
    expect(m?.transaction).toBe(transaction);
    expect(m?.directive).toBe(transaction === 'implicit' ? '.autocommit' : undefined);
    expect(m?.down?.path).toBe(`${DIR}/${version}_${down}`);
  });

  it.each([
    ['20150101000001000000_networks.mysql.up.sql', 'MySQL (pop dialect suffix)'],
    ['20150101000001000000_networks.sqlite.up.sql', 'SQLite (pop dialect suffix)'],
    ['20150101000001000000_networks.cockroach.up.sql', 'CockroachDB (pop dialect suffix)'],
    [
      '20241609000001000000_device_flow.autocommit.up.sql',
      'on PostgreSQL pop runs 20241609000001000000_device_flow.postgres.up.sql for version 20241609000001000000 instead',
    ],
    [
      '20260325111700000000_flow_login_session_id_subject_idx.down.sql',
      'on PostgreSQL pop runs 20260325111700000000_flow_login_session_id_subject_idx.postgres.autocommit.down.sql for version 20260325111700000000 instead',
    ],
  ])('leaves out %s: %s', async (file, reason) => {
    expect((await hydra()).leftOut.find((l) => l.path === `${DIR}/${file}`)?.reason).toBe(reason);
  });
});

describe('pop dialects, synonyms and fizz', () => {
  it('reads dialect synonyms as pop does, and skips a dialect pop does not know', async () => {
    const d = await discover({
      'm/1_a.pg.up.sql': 'CREATE TABLE a (id int);',
      'm/1_a.up.sql': 'CREATE TABLE a (id int) -- generic;',
      'm/1_a.sqlite3.up.sql': 'CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT);',
      'm/1_a.crdb.up.sql': 'CREATE TABLE a (id INT8);',
      'm/1_a.mariadb.up.sql': 'CREATE TABLE `a` (id int);',
      'm/2_b.oracle.up.sql': 'CREATE TABLE b (id NUMBER);',
      'm/2_b.up.sql': 'CREATE TABLE b (id int);',
      'm/3_c.up.fizz': 'create_table("c") {}',
    });
    expect(brief(d)).toEqual({
      replayed: ['m/1_a.pg.up.sql', 'm/2_b.up.sql'],
      leftOut: {
        'm/1_a.up.sql': 'on PostgreSQL pop runs 1_a.pg.up.sql for version 1 instead',
        'm/1_a.sqlite3.up.sql': 'SQLite (pop dialect suffix)',
        'm/1_a.crdb.up.sql': 'CockroachDB (pop dialect suffix)',
        'm/1_a.mariadb.up.sql': 'MariaDB (pop dialect suffix)',
        'm/2_b.oracle.up.sql': 'pop dialect "oracle", which pop does not know (popx skips the file)',
      },
      unknown: [],
    });
    expect(d.hostLanguage).toEqual([{ path: 'm/3_c.up.fizz', framework: "gobuffalo pop fizz (pop's own DSL, turned into SQL by pop at run time)" }]);
  });

  it('leaves a folder of plain <version>_<name>.up.sql files to golang-migrate', async () => {
    const d = await discover({ 'db/migrations/1_a.up.sql': 'SELECT 1;', 'db/migrations/1_a.down.sql': 'SELECT 0;' });
    expect(d.migrations.map((m) => `${m.framework} ${m.path}`)).toEqual(['golang-migrate db/migrations/1_a.up.sql']);
  });
});

describe('only PostgreSQL is replayed: the engine of each history', () => {
  it.each([
    [
      'per-engine folders sharing versions',
      {
        'migrations/postgres/1_init.up.sql': 'CREATE TABLE t (id bigserial PRIMARY KEY);',
        'migrations/sqlite/1_init.up.sql': 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);',
        'migrations/mysql/1_init.up.sql': 'CREATE TABLE `t` (id BIGINT AUTO_INCREMENT PRIMARY KEY);',
      },
      {
        replayed: ['migrations/postgres/1_init.up.sql'],
        leftOut: { 'migrations/sqlite/1_init.up.sql': 'SQLite (folder name `sqlite`)', 'migrations/mysql/1_init.up.sql': 'MySQL (folder name `mysql`)' },
        unknown: [],
      },
    ],
    [
      'Flyway folders per database, H2 and HSQLDB among them',
      {
        'src/main/resources/db/migration/postgresql/V1__init.sql': 'CREATE TABLE t (id bigint);',
        'src/main/resources/db/migration/hsqldb/V1__init.sql': 'CREATE TABLE t (id bigint, name varchar_ignorecase(10));',
        'src/main/resources/db/migration/h2/V1__init.sql': 'CREATE TABLE t (id bigint);',
        'src/main/resources/db/migration/db2/V1__init.sql': 'CREATE TABLE t (id bigint);',
      },
      {
        replayed: ['src/main/resources/db/migration/postgresql/V1__init.sql'],
        leftOut: {
          'src/main/resources/db/migration/hsqldb/V1__init.sql': 'HSQLDB (folder name `hsqldb`)',
          'src/main/resources/db/migration/h2/V1__init.sql': 'H2 (folder name `h2`)',
          'src/main/resources/db/migration/db2/V1__init.sql': 'Db2 (folder name `db2`)',
        },
        unknown: [],
      },
    ],
    [
      'an engine written into one word of a folder name (river)',
      {
        'riverdriver/riverpgxv5/migration/main/001_init.up.sql': 'CREATE TABLE t (id bigint);',
        'riverdriver/riversqlite/migration/main/001_init.up.sql': '-- `t` holds jobs\nCREATE TABLE t (id integer) STRICT;',
      },
      {
        replayed: ['riverdriver/riverpgxv5/migration/main/001_init.up.sql'],
        leftOut: { 'riverdriver/riversqlite/migration/main/001_init.up.sql': 'SQLite (folder name `riversqlite`)' },
        // `pgx` is too short to be read inside a word: reviewed as PostgreSQL, with a note saying nothing named it.
        unknown: ['golang-migrate riverdriver/riverpgxv5/migration/main'],
      },
    ],
    [
      'a -sqlite crate beside the PostgreSQL one',
      {
        'crates/store-sqlite/migrations/001_init.sql': 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);',
        'crates/store-postgres/migrations/001_init.sql': 'CREATE TABLE t (id bigint);',
      },
      {
        replayed: ['crates/store-postgres/migrations/001_init.sql'],
        leftOut: { 'crates/store-sqlite/migrations/001_init.sql': 'SQLite (folder name `store-sqlite`)' },
        unknown: [],
      },
    ],
    [
      'ClickHouse migrations and schema beside Prisma',
      {
        'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
        'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "User" (id text PRIMARY KEY);',
        'clickhouse/migrations/0001_events.sql': 'CREATE TABLE events (ts DateTime) ENGINE = MergeTree ORDER BY ts;',
        'db/clickhouse/schema.sql': 'CREATE TABLE events (ts DateTime) ENGINE = MergeTree ORDER BY ts;',
      },
      {
        replayed: ['prisma/migrations/20240101000000_init/migration.sql'],
        leftOut: {
          'clickhouse/migrations/0001_events.sql': 'ClickHouse (folder name `clickhouse`)',
          'db/clickhouse/schema.sql': 'ClickHouse (folder name `clickhouse`)',
        },
        unknown: [],
      },
    ],
    [
      'a Prisma schema for MySQL',
      {
        'prisma/schema.prisma':
          'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "mysql"\n  url      = env("DATABASE_URL")\n}\n',
        'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE `User` (`id` VARCHAR(191) NOT NULL);',
      },
      { replayed: [], leftOut: { 'prisma/migrations/20240101000000_init/migration.sql': 'MySQL (provider "mysql" in prisma/schema.prisma)' }, unknown: [] },
    ],
    [
      "Diesel's sqlite feature in Cargo.toml",
      {
        'Cargo.toml': '[package]\nname = "x"\n\n[dependencies]\ndiesel = { version = "2.2", features = ["sqlite", "chrono"] }\n',
        'migrations/2024-01-01-000000_init/up.sql': 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);',
        'migrations/2024-01-01-000000_init/down.sql': 'DROP TABLE t;',
      },
      {
        replayed: [],
        leftOut: {
          'migrations/2024-01-01-000000_init/up.sql': "SQLite (diesel's `sqlite` feature in Cargo.toml)",
          'migrations/2024-01-01-000000_init/down.sql': "SQLite (diesel's `sqlite` feature in Cargo.toml)",
        },
        unknown: [],
      },
    ],
    [
      "sqlx's postgres feature in a workspace member's Cargo.toml",
      {
        'server/Cargo.toml': '[package]\nname = "server"\n\n[dependencies.sqlx]\nversion = "0.8"\nfeatures = ["runtime-tokio", "postgres", "macros"]\n',
        'server/migrations/20240101000000_init.up.sql': 'CREATE TABLE t (id bigint);',
      },
      { replayed: ['server/migrations/20240101000000_init.up.sql'], leftOut: {}, unknown: [] },
    ],
    [
      "dbmate's DATABASE_URL in .env.example",
      {
        '.env.example': 'DATABASE_URL="mysql://root@127.0.0.1:3306/app"\n',
        'db/migrations/20240101000000_init.sql': '-- migrate:up\nCREATE TABLE `t` (id int);\n-- migrate:down\nDROP TABLE `t`;\n',
      },
      { replayed: [], leftOut: { 'db/migrations/20240101000000_init.sql': 'MySQL (DATABASE_URL in .env.example)' }, unknown: [] },
    ],
    [
      "goose's GOOSE_DRIVER in .env",
      {
        '.env': 'GOOSE_DRIVER=postgres\nGOOSE_DBSTRING=postgres://localhost/app\n',
        'sql/migrations/00001_init.sql': '-- +goose Up\nCREATE TABLE t (id bigint);\n',
      },
      { replayed: ['sql/migrations/00001_init.sql'], leftOut: {}, unknown: [] },
    ],
    [
      "Atlas's database URLs in atlas.hcl",
      {
        'atlas.hcl':
          'env "local" {\n  url = "mysql://root:pass@localhost:3306/app"\n  dev = "docker://mysql/8/dev"\n  migration {\n    dir = "file://migrations"\n  }\n}\n',
        'migrations/20240101000000_init.sql': 'CREATE TABLE t (id bigint);\n',
        'migrations/atlas.sum': 'h1:x=\n20240101000000_init.sql h1:y=\n',
      },
      { replayed: [], leftOut: { 'migrations/20240101000000_init.sql': 'MySQL (the database URLs in atlas.hcl)' }, unknown: [] },
    ],
    [
      "Drizzle's journal dialect",
      {
        'drizzle/meta/_journal.json': JSON.stringify({ dialect: 'sqlite', entries: [{ idx: 0, tag: '0000_init', when: 1 }] }),
        'drizzle/0000_init.sql': 'CREATE TABLE `t` (`id` integer PRIMARY KEY AUTOINCREMENT);',
      },
      { replayed: [], leftOut: { 'drizzle/0000_init.sql': 'SQLite (dialect "sqlite" in drizzle/meta/_journal.json)' }, unknown: [] },
    ],
  ])('%s', async (_label, files, expected) => {
    expect(brief(await discover(files))).toEqual(expected);
  });

  it('in a history nothing names, leaves out only a file PostgreSQL cannot parse that shows another engine', async () => {
    const d = await discover({
      'db/migrations/001_init.sql': 'CREATE TABLE t (id bigint);',
      'db/migrations/002_mysql.sql': 'ALTER TABLE `t` ADD COLUMN `name` varchar(10);',
      'db/migrations/003_sqlite.sql': 'CREATE TABLE u (id INTEGER PRIMARY KEY AUTOINCREMENT);',
      'db/migrations/004_typo.sql': 'CREAT TABLE v (id int);',
      'db/migrations/005_quoted.sql': "COMMENT ON TABLE t IS 'named `t` in the old MySQL days';",
      // Backticks in a comment are prose: the syntax error is PostgreSQL's to report.
      'db/migrations/006_commented.sql': '-- rename `t`\nALTER TABLE t RENAM TO u;',
    });
    expect(brief(d)).toEqual({
      replayed: ['db/migrations/001_init.sql', 'db/migrations/004_typo.sql', 'db/migrations/005_quoted.sql', 'db/migrations/006_commented.sql'],
      leftOut: {
        'db/migrations/002_mysql.sql': 'MySQL (002_mysql.sql does not parse as PostgreSQL and has MySQL backticks)',
        'db/migrations/003_sqlite.sql': 'SQLite (003_sqlite.sql does not parse as PostgreSQL and has SQLite AUTOINCREMENT, WITHOUT ROWID or PRAGMA)',
      },
      unknown: ['plain db/migrations'],
    });
  });

  it('knows Supabase and node-pg-migrate histories are PostgreSQL', async () => {
    const d = await discover({
      'supabase/migrations/20240101000000_init.sql': 'CREATE TABLE t (id bigint);',
      'migrations/1_a.sql': '-- Up Migration\nSELECT 1;',
    });
    expect(brief(d)).toEqual({ replayed: ['migrations/1_a.sql', 'supabase/migrations/20240101000000_init.sql'], leftOut: {}, unknown: [] });
  });
});
