import { describe, expect, it } from '@jest/globals';
import { discoverMigrations, MAX_FILE_BYTES, type DiscoverOptions } from '../src/discover/discover.js';
import type { Discovery } from '../src/discover/types.js';
import { MemorySource } from '../src/source/memory.js';

const AUTO: DiscoverOptions = { paths: null, framework: null };

async function discover(files: Record<string, string | Buffer>, options = AUTO, truncated = false): Promise<Discovery> {
  const source = new MemorySource(files, truncated);
  return discoverMigrations(source, source.tree, options);
}

const summary = (d: Discovery) =>
  d.migrations.map(
    (m) => `${m.framework} ${m.set} ${m.version} ${m.path}${m.down ? ` down=${m.down.path}` : ''} ${m.transaction}${m.directive ? ` (${m.directive})` : ''}`,
  );

describe('migration discovery by framework layout', () => {
  it.each<[string, Record<string, string>, string[]]>([
    [
      'Prisma, by folder name, each script sent as one query',
      {
        'prisma/migrations/20240102000000_b/migration.sql': 'SELECT 2;',
        'prisma/migrations/20240101000000_a/migration.sql': 'SELECT 1;',
        'prisma/migrations/migration_lock.toml': 'provider = "postgresql"',
        'prisma/schema.prisma': 'model A {}',
      },
      [
        'prisma prisma/migrations 20240101000000_a prisma/migrations/20240101000000_a/migration.sql implicit',
        'prisma prisma/migrations 20240102000000_b prisma/migrations/20240102000000_b/migration.sql implicit',
      ],
    ],
    [
      'Flyway, dotted versions numerically, repeatables last, undo as down, .conf opt-out',
      {
        'src/main/resources/db/migration/V1__init.sql': 'SELECT 1;',
        'src/main/resources/db/migration/V1.10__ten.sql': 'SELECT 10;',
        'src/main/resources/db/migration/V1.9__nine.sql': 'SELECT 9;',
        'src/main/resources/db/migration/V1.9__nine.sql.conf': 'executeInTransaction=false\n',
        'src/main/resources/db/migration/U1.9__nine.sql': 'SELECT -9;',
        'src/main/resources/db/migration/V2_1__two.sql': 'SELECT 21;',
        'src/main/resources/db/migration/R__b_views.sql': 'SELECT 0;',
        'src/main/resources/db/migration/R__a_funcs.sql': 'SELECT 0;',
      },
      [
        'flyway src/main/resources/db/migration 1 src/main/resources/db/migration/V1__init.sql auto',
        'flyway src/main/resources/db/migration 1.9 src/main/resources/db/migration/V1.9__nine.sql down=src/main/resources/db/migration/U1.9__nine.sql none (executeInTransaction=false)',
        'flyway src/main/resources/db/migration 1.10 src/main/resources/db/migration/V1.10__ten.sql auto',
        'flyway src/main/resources/db/migration 2_1 src/main/resources/db/migration/V2_1__two.sql auto',
        'flyway src/main/resources/db/migration R src/main/resources/db/migration/R__a_funcs.sql auto',
        'flyway src/main/resources/db/migration R src/main/resources/db/migration/R__b_views.sql auto',
      ],
    ],
    [
      'golang-migrate, numeric versions, down files paired',
      { 'migrations/10_c.up.sql': 'SELECT 10;', 'migrations/2_b.up.sql': 'SELECT 2;', 'migrations/2_b.down.sql': 'SELECT -2;' },
      [
        'golang-migrate migrations 2 migrations/2_b.up.sql down=migrations/2_b.down.sql implicit',
        'golang-migrate migrations 10 migrations/10_c.up.sql implicit',
      ],
    ],
    [
      'goose, by version, NO TRANSACTION honoured',
      {
        'db/migrations/00010_b.sql': '-- +goose Up\nSELECT 10;\n-- +goose Down\nSELECT -10;\n',
        'db/migrations/00002_a.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (x);\n',
      },
      [
        'goose db/migrations 00002 db/migrations/00002_a.sql none (-- +goose NO TRANSACTION)',
        'goose db/migrations 00010 db/migrations/00010_b.sql down=db/migrations/00010_b.sql wrapped',
      ],
    ],
    [
      'dbmate anywhere, by file name, transaction:false honoured',
      {
        'self-host/postgres/20240102_b.sql': '-- migrate:up transaction:false\nSELECT 2;\n-- migrate:down\n',
        'self-host/postgres/20240101_a.sql.sql': '-- migrate:up\nSELECT 1\n-- migrate:down\nSELECT -1;\n',
      },
      [
        'dbmate self-host/postgres 20240101 self-host/postgres/20240101_a.sql.sql down=self-host/postgres/20240101_a.sql.sql wrapped',
        'dbmate self-host/postgres 20240102 self-host/postgres/20240102_b.sql down=self-host/postgres/20240102_b.sql none (transaction:false)',
      ],
    ],
    [
      'sqitch, in plan order with deploy and revert scripts',
      {
        'db/sqitch.plan':
          '%syntax-version=1.0.0\n%project=app\n\nusers 2024-01-01T00:00:00Z A <a@b> # users\n@v1 2024-01-02T00:00:00Z A <a@b>\nappschema [users] 2024-01-03T00:00:00Z A <a@b>\n',
        'db/deploy/users.sql': 'BEGIN; CREATE TABLE users (id int); COMMIT;',
        'db/revert/users.sql': 'DROP TABLE users;',
        'db/verify/users.sql': 'SELECT id FROM users WHERE false;',
        'db/deploy/appschema.sql': 'CREATE SCHEMA app;',
      },
      ['sqitch db users db/deploy/users.sql down=db/revert/users.sql none', 'sqitch db appschema db/deploy/appschema.sql none'],
    ],
    [
      'Supabase CLI, by version',
      { 'supabase/migrations/20240102000000_b.sql': 'SELECT 2;', 'supabase/migrations/20240101000000_a.sql': 'SELECT 1;', 'supabase/seed.sql': 'SELECT 0;' },
      [
        'supabase supabase/migrations 20240101000000 supabase/migrations/20240101000000_a.sql wrapped',
        'supabase supabase/migrations 20240102000000 supabase/migrations/20240102000000_b.sql wrapped',
      ],
    ],
    [
      'Drizzle, in journal order',
      {
        'drizzle/meta/_journal.json': JSON.stringify({
          version: '7',
          dialect: 'postgresql',
          entries: [
            { idx: 0, tag: '0001_second' },
            { idx: 1, tag: '0000_first' },
          ],
        }),
        'drizzle/0000_first.sql': 'CREATE TABLE a (id int);\n--> statement-breakpoint\nCREATE TABLE b (id int);',
        'drizzle/0001_second.sql': 'SELECT 1;',
      },
      ['drizzle drizzle 0001 drizzle/0001_second.sql wrapped', 'drizzle drizzle 0000 drizzle/0000_first.sql wrapped'],
    ],
    [
      'node-pg-migrate SQL files',
      { 'migrations/1700000000000_init.sql': '-- Up Migration\nSELECT 1;\n-- Down Migration\nSELECT -1;\n' },
      ['node-pg-migrate migrations 1700000000000 migrations/1700000000000_init.sql down=migrations/1700000000000_init.sql wrapped'],
    ],
    [
      'Liquibase formatted SQL, a migration per changeset',
      {
        'db/changelog/changes.sql':
          '--liquibase formatted sql\n\n--changeset alice:1\nCREATE TABLE a (id int);\n--rollback DROP TABLE a;\n\n--changeset bob:2 runInTransaction:false\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n',
      },
      [
        'liquibase db/changelog alice:1 db/changelog/changes.sql down=db/changelog/changes.sql wrapped',
        'liquibase db/changelog bob:2 db/changelog/changes.sql none (runInTransaction:false)',
      ],
    ],
    [
      'plain numbered SQL in the usual places, in natural order',
      { 'db/migrations/10_c.sql': 'SELECT 10;', 'db/migrations/2_b.sql': 'SELECT 2;', 'docs/1_example.sql': 'SELECT 1;' },
      ['plain db/migrations 2 db/migrations/2_b.sql unknown', 'plain db/migrations 10 db/migrations/10_c.sql unknown'],
    ],
  ])('%s', async (_label, files, expected) => {
    const found = await discover(files);
    expect(summary(found)).toEqual(expected);
    expect(found.notes).toEqual([]);
  });

  it('keeps the up section at its place in the file, so statements keep their lines', async () => {
    const found = await discover({
      'db/migrations/00001_a.sql':
        '-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n-- +goose StatementEnd\n-- +goose Down\nDROP FUNCTION f();\n',
    });
    const m = found.migrations[0];
    expect(m?.up.split('\n')[2]).toBe('CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;');
    expect(m?.up).not.toContain('DROP FUNCTION');
    expect(m?.down?.sql.split('\n')[5]).toBe('DROP FUNCTION f();');
  });

  it('finds host-language migrations without replaying them', async () => {
    const found = await discover({
      'db/migrate/20240101000000_add_users.rb': 'class AddUsers; end',
      'app/migrations/0001_initial.py': '',
      'src/migrations/1700000000000-Init.ts': '',
      'db/schema.rb': '',
    });
    expect(found.hostLanguage.map((h) => `${h.framework}: ${h.path}`)).toEqual([
      'Rails (Active Record): db/migrate/20240101000000_add_users.rb',
      'Django: app/migrations/0001_initial.py',
      'JavaScript/TypeScript (Knex, TypeORM, Sequelize, node-pg-migrate...): src/migrations/1700000000000-Init.ts',
    ]);
  });

  it('notes bad input and carries on', async () => {
    const found = await discover({
      'db/migrations/1_empty.sql': '   \n',
      'db/migrations/2_latin1.sql': Buffer.from([0x53, 0x45, 0x4c, 0x45, 0x43, 0x54, 0x20, 0x27, 0xe9, 0x27, 0x3b]),
      'db/migrations/3_ok.sql': 'SELECT 1;',
      'supabase/migrations/20240101_x.sql': '-- +goose Up\nSELECT 1;\n',
    });
    expect(found.notes).toEqual(
      expect.arrayContaining([
        'db/migrations/1_empty.sql is empty; there is nothing in it to apply.',
        'db/migrations/2_latin1.sql is not UTF-8 text; it was not replayed. Save it as UTF-8.',
        'supabase/migrations/20240101_x.sql has the path of a Supabase CLI migration and the markers of a goose one; it is read as goose.',
      ]),
    );
    expect(summary(found)).toEqual([
      'plain db/migrations 1 db/migrations/1_empty.sql unknown',
      'plain db/migrations 3 db/migrations/3_ok.sql unknown',
      'goose supabase/migrations 20240101 supabase/migrations/20240101_x.sql wrapped',
    ]);
  });

  it('notes a huge file and a truncated tree', async () => {
    const found = await discover({ 'db/migrations/1_big.sql': `SELECT '${'x'.repeat(MAX_FILE_BYTES)}';`, 'db/migrations/2_ok.sql': 'SELECT 1;' }, AUTO, true);
    expect(found.notes).toEqual([
      "The repository's file tree was truncated by the API; migrations beyond the cut are not seen.",
      'db/migrations/1_big.sql is 8.0 MiB, over the 8 MiB limit; it was not replayed.',
    ]);
    expect(found.migrations.map((m) => m.path)).toEqual(['db/migrations/2_ok.sql']);
  });

  it('follows migrations.paths and migrations.framework when configured', async () => {
    const files = { 'sql/001_a.sql': 'SELECT 1;', 'sql/002_b.sql': '-- +goose Up\nSELECT 2;', 'db/migrations/1_x.sql': 'SELECT 0;' };
    expect(summary(await discover(files, { paths: ['sql/*.sql'], framework: null }))).toEqual([
      'goose sql 002 sql/002_b.sql wrapped',
      'plain sql 001 sql/001_a.sql unknown',
    ]);
    expect(summary(await discover(files, { paths: ['sql/*.sql'], framework: 'dbmate' }))).toEqual([]);
    const found = await discover(files, { paths: ['sql/*.sql'], framework: 'goose' });
    expect(summary(found)).toEqual(['goose sql 002 sql/002_b.sql wrapped']);
    expect(found.notes).toEqual(['sql/001_a.sql has no up section marker; nothing in it is applied.']);
  });
});

describe('discovery shared by the reviews of one commit', () => {
  it('reads a listing once per options, gives every caller the same frozen result, and reads again after a failure', async () => {
    const files = { 'db/migrations/001_users.sql': 'CREATE TABLE users (id int);\n', 'db/migrations/002_posts.sql': 'CREATE TABLE posts (id int);\n' };
    const source = new MemorySource(files);
    let reads = 0;
    let failing = false;
    const counting = Object.assign(Object.create(source) as MemorySource, {
      readBlob: async (sha: string) => {
        reads++;
        if (failing) throw new Error('502 from the API');
        return source.readBlob(sha);
      },
    });
    const options: DiscoverOptions = { paths: null, framework: null };
    const [a, b] = await Promise.all([discoverMigrations(counting, source.tree, options), discoverMigrations(counting, source.tree, options)]);
    expect(a).toBe(b);
    expect(a.migrations.map((m) => m.path)).toEqual(['db/migrations/001_users.sql', 'db/migrations/002_posts.sql']);
    expect(reads).toBe(2);
    // Shared: no review may change it for the others.
    expect(Object.isFrozen(a.migrations) && Object.isFrozen(a.migrations[0])).toBe(true);
    expect(() => (a.migrations as unknown as string[]).push('x')).toThrow(TypeError);
    // Other options are another discovery; a failed one is not kept.
    failing = true;
    const other: DiscoverOptions = { paths: ['db/migrations/*.sql'], framework: null };
    await expect(discoverMigrations(counting, source.tree, other)).rejects.toThrow('502');
    failing = false;
    expect((await discoverMigrations(counting, source.tree, other)).migrations).toHaveLength(2);
    // Another listing of the same files (another commit) is discovered anew.
    const before = reads;
    await discoverMigrations(counting, { ...source.tree }, options);
    expect(reads).toBeGreaterThan(before);
  });
});
