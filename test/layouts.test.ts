import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeSum, renderSum, validateSum } from '../src/discover/atlasSum.js';
import { discoverMigrations } from '../src/discover/discover.js';
import type { Discovery } from '../src/discover/types.js';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { MemorySource } from '../src/source/memory.js';

// Layouts on real file trees (test/fixtures/<project> or test/fixtures/corpus/<project>, each with its SOURCE.md and license).
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

// Histories of the corpus live under corpus/.
const IN_CORPUS = new Set(['crates-io', 'zero2prod']);

async function filesOf(project: string): Promise<Record<string, string>> {
  const root = join(FIXTURES, IN_CORPUS.has(project) ? `corpus/${project}` : project);
  const out: Record<string, string> = {};
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[relative(root, join(e.parentPath, e.name))] = await readFile(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

async function discover(files: Record<string, string>): Promise<Discovery> {
  const source = new MemorySource(files);
  return discoverMigrations(source, source.tree, { paths: null, framework: null });
}

const line = (m: Discovery['migrations'][number]) =>
  `${m.framework} ${m.set} ${m.version} ${m.path}${m.down ? ` down=${m.down.path}` : ''} ${m.transaction}${m.directive ? ` (${m.directive})` : ''}${m.repeatable ? ' repeatable' : ''}`;

describe('layouts of real projects', () => {
  it.each<[string, string, number, string[], string[], string[]]>([
    [
      'Diesel (crates.io): folders by version string, down.sql paired, metadata.toml opt-outs, loose SQL left out',
      'crates-io',
      285,
      [
        'diesel migrations 00000000000000 migrations/00000000000000_diesel_initial_setup/up.sql down=migrations/00000000000000_diesel_initial_setup/down.sql wrapped',
        'diesel migrations 20140924113530 migrations/20140924113530_dumped_migration_1/up.sql down=migrations/20140924113530_dumped_migration_1/down.sql wrapped',
      ],
      [
        'diesel migrations 202607241540000000 migrations/2026-07-24-154000-0000_drop_cache_tags_backfills/up.sql down=migrations/2026-07-24-154000-0000_drop_cache_tags_backfills/down.sql wrapped',
        'diesel migrations 202607301400000000 migrations/2026-07-30-140000-0000_add_users_username_index/up.sql down=migrations/2026-07-30-140000-0000_add_users_username_index/down.sql implicit (run_in_transaction = false)',
      ],
      ['migrations/data_oauth_github.sql lies loose in a Diesel migrations folder; Diesel runs only `<version>_<name>/up.sql`, so it is not replayed.'],
    ],
    [
      'sqlx (zero2prod): simple migrations of the crate beside Cargo.toml, by version, each in a transaction',
      'zero2prod',
      13,
      [
        'sqlx migrations 20200823135036 migrations/20200823135036_create_subscriptions_table.sql wrapped',
        'sqlx migrations 20210307181858 migrations/20210307181858_add_status_to_subscriptions.sql wrapped',
      ],
      [
        'sqlx migrations 20220313190920 migrations/20220313190920_create_newsletter_issues_table.sql wrapped',
        'sqlx migrations 20220313191254 migrations/20220313191254_create_issue_delivery_queue_table.sql wrapped',
      ],
      [],
    ],
    [
      "Hasura (jore4-hasura, config v3): the database's folder is the history, numeric versions",
      'jore4-hasura',
      27,
      [
        'hasura migrations/generic/default 1000000000000 migrations/generic/default/1000000000000_R_before_migrate/up.sql down=migrations/generic/default/1000000000000_R_before_migrate/down.sql wrapped',
        'hasura migrations/generic/default 1590000000000 migrations/generic/default/1590000000000_create_immutable_internal_utils/up.sql down=migrations/generic/default/1590000000000_create_immutable_internal_utils/down.sql wrapped',
      ],
      [
        'hasura migrations/generic/default 2000000000010 migrations/generic/default/2000000000010_R_remove_digiroad_r_external_link_source/up.sql down=migrations/generic/default/2000000000010_R_remove_digiroad_r_external_link_source/down.sql wrapped',
        'hasura migrations/generic/default 2000000000011 migrations/generic/default/2000000000011_R_resolve_point_to_closest_link_2/up.sql down=migrations/generic/default/2000000000011_R_resolve_point_to_closest_link_2/down.sql wrapped',
      ],
      [],
    ],
    [
      'Graphile Migrate (graphile/starter): the committed migration (its hash checks out), then current/ as work in progress',
      'graphile-starter',
      2,
      ['graphile-migrate @app/db/migrations 000001 @app/db/migrations/committed/000001.sql wrapped'],
      ['graphile-migrate @app/db/migrations current @app/db/migrations/current/1-current.sql wrapped repeatable'],
      [
        '@app/db/migrations/afterReset.sql is not a committed migration: graphile-migrate runs it only where .gmrc names it (e.g. afterReset), so it is not replayed.',
      ],
    ],
    [
      // baseline2 is MySQL (backticks, and nothing names its engine): left out, only PostgreSQL is replayed.
      'Atlas (ariga/atlas testdata): files beside atlas.sum, one directory per history, MySQL left out',
      'atlas',
      1,
      ['atlas internal/integration/testdata/migrations/postgres 1 internal/integration/testdata/migrations/postgres/1_initial.sql wrapped'],
      ['atlas internal/integration/testdata/migrations/postgres 1 internal/integration/testdata/migrations/postgres/1_initial.sql wrapped'],
      [],
    ],
  ])('%s', async (_label, project, count, first, last, notes) => {
    const d = await discover(await filesOf(project));
    const lines = d.migrations.map(line);
    expect(lines.length).toBe(count);
    expect(lines.slice(0, first.length)).toEqual(first);
    expect(lines.slice(-last.length)).toEqual(last);
    expect(d.notes).toEqual(notes);
    // A down script is a revert, never a forward migration of its own.
    expect(d.migrations.filter((m) => /(^|\/|\.)down\.sql$/.test(m.path))).toEqual([]);
  });

  it('crates.io: every metadata.toml opt-out is honoured, and only those', async () => {
    const d = await discover(await filesOf('crates-io'));
    expect(d.migrations.filter((m) => m.transaction !== 'wrapped').map((m) => m.path.split('/')[1])).toEqual([
      '2024-02-12-120203_remove_unused_index',
      '2024-03-05-120032_add-crate-downloads-index',
      '2024-05-27-142004_add-versions-id-yanked-index',
      '2024-10-25-112826_make-unique-version-unique',
      '2025-09-22-090805_add_background_jobs_priority_id_index',
      '2025-09-29-161354_add_index_trustpub_configs_github_repo',
      '2026-07-30-140000-0000_add_users_username_index',
    ]);
    expect(d.migrations.every((m) => m.down?.path === m.path.replace(/up\.sql$/, 'down.sql'))).toBe(true);
  });
});

describe("layout rules from the frameworks' sources", () => {
  it.each<[string, Record<string, string>, string[], string[]?]>([
    [
      'sqlx: reversible pairs by version, -- no-transaction only at the very start, a crate found by its Cargo.toml',
      {
        'api/Cargo.toml': '[dependencies]\nsqlx = "0.8"\n',
        'api/migrations/2_b.up.sql': '-- no-transaction\nCREATE INDEX CONCURRENTLY i ON t (x);\n',
        'api/migrations/2_b.down.sql': 'DROP INDEX i;\n',
        'api/migrations/10_c.up.sql': '\n-- no-transaction\nSELECT 10;\n',
        'api/migrations/10_c.down.sql': 'SELECT -10;\n',
        'api/migrations/1_a.sql': 'CREATE TABLE t (x int);\n',
      },
      [
        'sqlx api/migrations 1 api/migrations/1_a.sql wrapped',
        'sqlx api/migrations 2 api/migrations/2_b.up.sql down=api/migrations/2_b.down.sql implicit (-- no-transaction)',
        'sqlx api/migrations 10 api/migrations/10_c.up.sql down=api/migrations/10_c.down.sql wrapped',
      ],
    ],
    [
      'without a Cargo.toml beside it, the same folder is golang-migrate',
      { 'migrations/2_b.up.sql': 'SELECT 2;', 'migrations/2_b.down.sql': 'SELECT -2;' },
      ['golang-migrate migrations 2 migrations/2_b.up.sql down=migrations/2_b.down.sql implicit'],
    ],
    [
      'Diesel: a metadata.toml without run_in_transaction reads false (serde default); a down.sql alone is no migration',
      {
        'db/migrations/2024-01-01-000000_a/up.sql': 'SELECT 1;',
        'db/migrations/2024-01-01-000000_a/metadata.toml': '# nothing\n',
        'db/migrations/2024-01-02-000000_b/up.sql': 'SELECT 2;',
        'db/migrations/2024-01-02-000000_b/metadata.toml': 'run_in_transaction = true\n',
        'db/migrations/2024-01-03-000000_c/down.sql': 'SELECT -3;',
      },
      [
        'diesel db/migrations 20240101000000 db/migrations/2024-01-01-000000_a/up.sql implicit (metadata.toml without run_in_transaction (false))',
        'diesel db/migrations 20240102000000 db/migrations/2024-01-02-000000_b/up.sql wrapped',
      ],
      ['db/migrations/2024-01-03-000000_c has a down.sql but no up.sql; db/migrations/2024-01-03-000000_c/down.sql is not applied.'],
    ],
    [
      'Hasura config v2: migrations/<version>_<name>/ beside config.yaml and metadata/',
      {
        'hasura/config.yaml': 'version: 2\n',
        'hasura/metadata/tables.yaml': '[]\n',
        'hasura/migrations/1614694343234_init/up.sql': 'CREATE TABLE a (id int);',
        'hasura/migrations/1614694343234_init/up.yaml': '[]',
        'hasura/migrations/1614694343234_init/down.sql': 'DROP TABLE a;',
        'hasura/migrations/999_first/up.sql': 'SELECT 1;',
      },
      [
        'hasura hasura/migrations 999 hasura/migrations/999_first/up.sql wrapped',
        'hasura hasura/migrations 1614694343234 hasura/migrations/1614694343234_init/up.sql down=hasura/migrations/1614694343234_init/down.sql wrapped',
      ],
    ],
    [
      'Graphile Migrate: --! no-transaction on the body, a tampered hash reported, current.sql last',
      {
        'migrations/committed/000002-index.sql': '--! Previous: sha1:x\n--! Hash: sha1:y\n\n--! no-transaction\nCREATE INDEX CONCURRENTLY i ON t (x);\n',
        'migrations/committed/000001.sql': '--! Previous: -\n--! Hash: sha1:0000\n\nCREATE TABLE t (x int);\n',
        'migrations/current.sql': '-- Enter migration here\n',
        'migrations/fixtures/funcs.sql': 'SELECT 1;',
      },
      [
        'graphile-migrate migrations 000001 migrations/committed/000001.sql wrapped',
        'graphile-migrate migrations 000002 migrations/committed/000002-index.sql implicit (--! no-transaction)',
        'graphile-migrate migrations current migrations/current.sql wrapped repeatable',
      ],
      [
        'migrations/committed/000001.sql: its `--! Hash` does not match its content, so `graphile-migrate migrate` refuses to run it ("has the file been tampered with?"). Committed migrations are not edited; put the change in current.sql.',
        'migrations/committed/000002-index.sql: its `--! Hash` does not match its content, so `graphile-migrate migrate` refuses to run it ("has the file been tampered with?"). Committed migrations are not edited; put the change in current.sql.',
      ],
    ],
    [
      'Atlas: -- atlas:txmode none in the header block, a checkpoint left out, golang-migrate files beside atlas.sum stay golang-migrate',
      {
        'db/atlas.sum': 'h1:x\n',
        'db/20240101_a.sql': 'CREATE TABLE t (x int);\n',
        'db/20240102_b.sql': '-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY i ON t (x);\n',
        'db/20240103_c.sql': '-- atlas:txmode none\nCREATE INDEX CONCURRENTLY j ON t (x);\n',
        'db/20240104_cp.sql': '-- atlas:checkpoint\n\nCREATE TABLE t (x int);\n',
        'gm/atlas.sum': 'h1:x\n',
        'gm/1_a.up.sql': 'SELECT 1;',
        'gm/1_a.down.sql': 'SELECT -1;',
      },
      [
        'atlas db 20240101 db/20240101_a.sql wrapped',
        'atlas db 20240102 db/20240102_b.sql none (-- atlas:txmode none)',
        'atlas db 20240103 db/20240103_c.sql wrapped',
        'golang-migrate gm 1 gm/1_a.up.sql down=gm/1_a.down.sql implicit',
      ],
      ['db/20240104_cp.sql is an Atlas checkpoint: only a new database starts from it, so it is not replayed (the files before it are).'],
    ],
  ])('%s', async (_label, files, expected, notes = []) => {
    const d = await discover(files);
    expect(d.migrations.map(line)).toEqual(expected);
    expect(d.notes).toEqual(notes);
  });
});

describe('atlas.sum, computed as Atlas does', () => {
  it.each(['internal/integration/testdata/migrations/postgres', 'cmd/atlas/internal/cmdapi/testdata/baseline2'])(
    'reproduces the real %s/atlas.sum byte for byte',
    async (dir) => {
      const files = await filesOf('atlas');
      const sql = Object.keys(files)
        .filter((p) => p.startsWith(`${dir}/`) && p.endsWith('.sql'))
        .sort();
      const inputs = sql.map((p) => ({ name: p.slice(dir.length + 1), bytes: Buffer.from(files[p] as string) }));
      expect(renderSum(computeSum(inputs))).toBe(files[`${dir}/atlas.sum`]);
      expect(validateSum(files[`${dir}/atlas.sum`] as string, inputs)).toBeNull();
    },
  );

  it.each<[string, (f: { name: string; bytes: Buffer }[]) => { name: string; bytes: Buffer }[], string | null, object]>([
    [
      'a file added',
      (f) => [...f, { name: '3_c.sql', bytes: Buffer.from('SELECT 3;') }],
      null,
      { kind: 'mismatch', line: 4, file: '3_c.sql', reason: 'added' },
    ],
    [
      'a file added before others',
      (f) => [{ name: '0_z.sql', bytes: Buffer.from('SELECT 0;') }, ...f],
      null,
      { kind: 'mismatch', line: 2, file: '0_z.sql', reason: 'added' },
    ],
    [
      'a file edited',
      (f) => [f[0] as { name: string; bytes: Buffer }, { name: '2_b.sql', bytes: Buffer.from('SELECT 22;') }],
      null,
      { kind: 'mismatch', line: 3, file: '2_b.sql', reason: 'edited' },
    ],
    ['a file removed', (f) => f.slice(1), null, { kind: 'mismatch', line: 2, file: '1_a.sql', reason: 'removed' }],
    ['a hand-edited sum', (f) => f, 'tamper', { kind: 'tampered' }],
  ])('reports %s as `atlas migrate validate` does', (_label, change, sumEdit, problem) => {
    const files = [
      { name: '1_a.sql', bytes: Buffer.from('SELECT 1;') },
      { name: '2_b.sql', bytes: Buffer.from('SELECT 2;') },
    ];
    const sum = renderSum(computeSum(files));
    expect(validateSum(sumEdit ? sum.replace('1_a.sql', '1_x.sql') : sum, change(files))).toEqual(problem);
  });
});

describe('the CLI on real histories: base = all but the last 3 migrations, head = all', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'dba-layouts-'));
  });
  afterAll(async () => rm(tmp, { recursive: true, force: true }));

  const BIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
  const review = (repo: string): Promise<{ code: number | null; stdout: string }> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        [BIN, 'review', '--repo', repo, '--base', 'main', '--head', 'pr', '--format', 'json'],
        { env: { ...process.env, SANDBOX_URL: process.env.PG_DBA_REVIEW_TEST_URL }, maxBuffer: 64 * 1024 * 1024 },
        (err, stdout) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout }),
      );
    });

  it.each<[string, string, (path: string) => string | undefined]>([
    ['Diesel (crates.io)', 'crates-io', (p) => /^migrations\/([^/]+)\/(up|down)\.sql$/.exec(p)?.[1]],
    ['sqlx (zero2prod)', 'zero2prod', (p) => /^migrations\/(\d+)_.*\.sql$/.exec(p)?.[1]],
  ])(
    '%s: the last three migrations are reviewed, replayed with no failure and no down script run forward',
    async (_label, project, migrationOf) => {
      const files = await filesOf(project);
      const ids = [...new Set(Object.keys(files).flatMap((p) => migrationOf(p) ?? []))].sort();
      const last = new Set(ids.slice(-3));
      const base = Object.fromEntries(Object.entries(files).filter(([p]) => !last.has(migrationOf(p) ?? '')));
      const repo = join(tmp, project);
      await buildGitRepo(repo, [
        { branch: 'main', message: 'base', files: base },
        { branch: 'pr', message: 'The last three migrations', files: Object.fromEntries(Object.entries(files).filter(([p]) => !(p in base))) },
      ]);
      const { stdout } = await review(repo);
      const doc = JSON.parse(stdout) as {
        outcome: string;
        changedMigrations: { path: string }[];
        findings: { ruleId: string; file: string }[];
        traces: { file: string; status: string }[];
      };
      expect(doc.outcome).toBe('reviewed');
      const added = Object.keys(files)
        .filter((p) => last.has(migrationOf(p) ?? '') && p.endsWith('.sql'))
        .sort();
      expect(doc.changedMigrations.map((c) => c.path).sort()).toEqual(added);
      expect(
        doc.findings.filter((f) => ['migration-failed', 'syntax-error', 'transaction-incompatible'].includes(f.ruleId) || f.ruleId.startsWith('migration-')),
      ).toEqual([]);
      const traced = [...new Set(doc.traces.map((t) => t.file))];
      expect(traced.sort()).toEqual(added.filter((p) => !p.endsWith('down.sql')));
      expect(doc.traces.filter((t) => t.status !== 'applied')).toEqual([]);
    },
    600_000,
  );
});
