import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { git } from '../src/cli/gitRepo.js';
import { discoverMigrations } from '../src/discover/discover.js';
import { checkHistory } from '../src/discover/history.js';
import { MemorySource } from '../src/source/memory.js';
import type { ChangedFile } from '../src/source/types.js';
import { judgeDetections } from '../src/rules/run.js';
import { reviewCase } from './rules/harness.js';

// What a reviewer sees of the detections: their rules' severities.
const judged = (r: { findings: Parameters<typeof judgeDetections>[0] }) => judgeDetections(r.findings, {}).findings;

async function history(base: Record<string, string>, head: Record<string, string>, changed: ChangedFile[]) {
  const options = { paths: null, framework: null };
  const [b, h] = await Promise.all(
    [base, head].map(async (files) => {
      const source = new MemorySource(files);
      return discoverMigrations(source, source.tree, options);
    }),
  );
  return checkHistory(b as never, h as never, changed);
}

const DRIVERS = ['postgres', 'sqlite', 'mysql'];
const SQL = 'CREATE TABLE widgets (id bigint);';

/**
 * One file renamed in each driver folder (same content in each, so git may pair them across
 * folders: the changed-file list says postgres's file came from sqlite's, and so on round).
 */
function renamedInEachFolder(folder: (driver: string) => string, from: string, to: string) {
  const base = Object.fromEntries(DRIVERS.map((d) => [`${folder(d)}/${from}`, SQL]));
  const head = Object.fromEntries(DRIVERS.map((d) => [`${folder(d)}/${to}`, SQL]));
  const changed: ChangedFile[] = DRIVERS.map((d, i) => ({
    path: `${folder(d)}/${to}`,
    status: 'renamed',
    previousPath: `${folder(DRIVERS[(i + 1) % 3] as string)}/${from}`,
  }));
  return { base, head, changed };
}

describe('renames are judged within one history, by the framework identity rule', () => {
  it.each([
    [
      'golang-migrate, version kept',
      (d: string) => `migrations/${d}`,
      '3_add_widgets.up.sql',
      '3_create_widgets.up.sql',
      'info',
      'Renamed from migrations/postgres/3_add_widgets.up.sql, keeping version 3: golang-migrate records only the latest version it reached, so it is not applied again; only its file name changed.',
    ],
    [
      'golang-migrate, version changed',
      (d: string) => `migrations/${d}`,
      '3_add_widgets.up.sql',
      '4_add_widgets.up.sql',
      'error',
      'Renamed from migrations/postgres/3_add_widgets.up.sql (version 3 to 4), which production has already applied: golang-migrate records only the latest version it reached, so version 4 runs again if it is above the version production reached, and never runs if below. Keep applied migrations as they are.',
    ],
    [
      'Flyway, description changed',
      (d: string) => `src/main/resources/db/migration/${d}`,
      'V3__add_widgets.sql',
      'V3__create_widgets.sql',
      'error',
      'Renamed from src/main/resources/db/migration/postgres/V3__add_widgets.sql, keeping version 3: Flyway records applied migrations by version, with their description and checksum, so Flyway fails validation ("Migration description mismatch for migration version …") and stops migrating until `flyway repair` realigns the description.',
    ],
    [
      'Prisma, folder renamed',
      (d: string) => `prisma/${d}/migrations`,
      '20240101000000_add_widgets/migration.sql',
      '20240101000000_create_widgets/migration.sql',
      'error',
      'Renamed from prisma/postgres/migrations/20240101000000_add_widgets/migration.sql, which production has already applied: Prisma Migrate records applied migrations by folder name, so `prisma migrate deploy` sees a new migration and applies it again (failing on objects that exist), and says nothing of the old name. Keep applied migrations as they are.',
    ],
    [
      'plain SQL, runner unknown',
      (d: string) => `db/${d}`,
      '003_add_widgets.sql',
      '003_create_widgets.sql',
      'warning',
      'Renamed from db/postgres/003_add_widgets.sql, which production has already applied: the tool that runs these files is not known, so a runner that records file names runs it again; one that records numbers does not. Keep applied migrations as they are.',
    ],
  ])('%s: one finding, in the PostgreSQL history only', async (_label, folder, from, to, severity, message) => {
    const { base, head, changed } = renamedInEachFolder(folder, from, to);
    const r = await history(base, head, changed);
    expect(judged(r).map((f) => ({ rule: f.ruleId, severity: f.severity, file: f.file, message: f.message }))).toEqual([
      { rule: 'migration-renamed', severity, file: `${folder('postgres')}/${to}`, message },
    ]);
    expect(r.pending).toEqual([]);
  });

  it('goose and pop keep a renamed migration of the same version as applied', async () => {
    const goose = renamedInEachFolder((d) => `db/${d}/migrations`, '00003_add_widgets.sql', '00003_create_widgets.sql');
    for (const files of [goose.base, goose.head]) for (const p of Object.keys(files)) files[p] = `-- +goose Up\n${SQL}\n`;
    const r = await history(goose.base, goose.head, goose.changed);
    expect(judged(r).map((f) => `${f.severity} ${f.ruleId} ${f.file}`)).toEqual(['info migration-renamed db/postgres/migrations/00003_create_widgets.sql']);
    expect(r.findings[0]?.message).toContain(
      'goose records applied migrations by version, so it is the same, already applied migration and does not run again',
    );

    const dir = 'persistence/sql/migrations';
    const base = { [`${dir}/3_widgets.postgres.up.sql`]: SQL, [`${dir}/3_widgets.mysql.up.sql`]: 'CREATE TABLE `widgets` (id bigint);' };
    const head = { [`${dir}/3_create_widgets.postgres.up.sql`]: SQL, [`${dir}/3_create_widgets.mysql.up.sql`]: 'CREATE TABLE `widgets` (id bigint);' };
    const pop = await history(base, head, []);
    expect(judged(pop).map((f) => `${f.severity} ${f.ruleId} ${f.file}`)).toEqual([`info migration-renamed ${dir}/3_create_widgets.postgres.up.sql`]);
    expect(pop.pending).toEqual([]);
  });

  it('an edit, a deletion and a new file count only in the history they are in', async () => {
    const files = (sql: string) => Object.fromEntries(DRIVERS.map((d) => [`migrations/${d}/1_init.up.sql`, sql]));
    const base = { ...files(SQL), ...Object.fromEntries(DRIVERS.map((d) => [`migrations/${d}/2_more.up.sql`, 'SELECT 2;'])) };
    const head = {
      ...files('CREATE TABLE widgets (id bigint, name text);'),
      ...Object.fromEntries(DRIVERS.map((d) => [`migrations/${d}/3_new.up.sql`, 'SELECT 3;'])),
    };
    const r = await history(base, head, []);
    expect(judged(r).map((f) => `${f.severity} ${f.ruleId} ${f.file}`)).toEqual([
      'error migration-deleted migrations/postgres/2_more.up.sql',
      'error migration-edited migrations/postgres/1_init.up.sql',
    ]);
    expect(r.pending.map((m) => m.path)).toEqual(['migrations/postgres/3_new.up.sql']);
  });

  it('a version replaced under a new name in a version-keyed history is an edit production never runs', async () => {
    const r = await history({ 'migrations/3_a.up.sql': SQL }, { 'migrations/3_b.up.sql': 'DROP TABLE widgets;' }, []);
    expect(judged(r).map((f) => `${f.severity} ${f.ruleId} ${f.file}`)).toEqual(['error migration-edited migrations/3_b.up.sql']);
    expect(r.pending).toEqual([]);
  });

  it('same versions in two PostgreSQL histories are no duplicates; a rename in each is one finding each', async () => {
    const folder = (d: string) => `services/${d}/migrations/postgres`;
    const base = { [`${folder('api')}/3_a.up.sql`]: SQL, [`${folder('jobs')}/3_a.up.sql`]: SQL };
    const head = {
      [`${folder('api')}/3_b.up.sql`]: SQL,
      [`${folder('jobs')}/3_b.up.sql`]: SQL,
      [`${folder('api')}/4_c.up.sql`]: 'SELECT 4;',
      [`${folder('jobs')}/4_c.up.sql`]: 'SELECT 4;',
    };
    const changed: ChangedFile[] = [
      { path: `${folder('api')}/3_b.up.sql`, status: 'renamed', previousPath: `${folder('jobs')}/3_a.up.sql` },
      { path: `${folder('jobs')}/3_b.up.sql`, status: 'renamed', previousPath: `${folder('api')}/3_a.up.sql` },
    ];
    const r = await history(base, head, changed);
    expect(judged(r).map((f) => `${f.severity} ${f.ruleId} ${f.file}: ${f.message.split(':')[0]}`)).toEqual([
      `info migration-renamed ${folder('api')}/3_b.up.sql: Renamed from ${folder('api')}/3_a.up.sql, keeping version 3`,
      `info migration-renamed ${folder('jobs')}/3_b.up.sql: Renamed from ${folder('jobs')}/3_a.up.sql, keeping version 3`,
    ]);
    expect(r.pending.map((m) => m.path)).toEqual([`${folder('api')}/4_c.up.sql`, `${folder('jobs')}/4_c.up.sql`]);
  });
});

const HYDRA = fileURLToPath(new URL('./fixtures/corpus/hydra/persistence/sql/migrations', import.meta.url));
const BIN = fileURLToPath(new URL('../dist/bin/main.js', import.meta.url));

function bin(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, SANDBOX_URL: process.env.PG_DBA_REVIEW_TEST_URL }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}

describe('the CLI on a repository built from hydra', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'dba-hydra-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('replays only PostgreSQL, runs .autocommit. files outside a transaction and finds no duplicate versions', async () => {
    // The base lacks the last three versions: 20260325111700000000 (a .postgres.autocommit. CREATE INDEX CONCURRENTLY) and two autocommit ones for every dialect.
    const repo = join(tmp, 'hydra');
    const dir = 'persistence/sql/migrations';
    await mkdir(join(repo, dir), { recursive: true });
    await git(repo, ['init', '--quiet']);
    const names = await readdir(HYDRA);
    const commit = async (files: string[], message: string) => {
      for (const name of files) await copyFile(join(HYDRA, name), join(repo, dir, name));
      await git(repo, ['add', '--all']);
      await git(repo, ['commit', '--quiet', '-m', message]);
      return git(repo, ['rev-parse', 'HEAD']);
    };
    const baseSha = await commit(
      names.filter((n) => n < '20260325'),
      'base',
    );
    const headSha = await commit(
      names.filter((n) => n >= '20260325'),
      'head',
    );
    const { code, stdout, stderr } = await bin(['review', '--repo', repo, '--base', baseSha, '--head', headSha, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const review = JSON.parse(stdout) as {
      outcome: string;
      notes: string[];
      findings: { ruleId: string; file: string }[];
      traces: { file: string; status: string; transactional: boolean }[];
    };
    expect(review.outcome).toBe('reviewed');
    expect([...new Set(review.traces.map((t) => t.file))]).toEqual([
      `${dir}/20260325111700000000_flow_login_session_id_subject_idx.postgres.autocommit.up.sql`,
      `${dir}/20260420120000000000_add_nid_subject_idx_to_access.autocommit.up.sql`,
      `${dir}/20260420120000000001_add_nid_subject_idx_to_refresh.autocommit.up.sql`,
    ]);
    expect(review.traces.map((t) => [t.status, t.transactional])).toEqual([
      ['applied', false],
      ['applied', false],
      ['applied', false],
    ]);
    const rules = review.findings.map((f) => f.ruleId);
    for (const wrong of ['create-index-non-concurrently', 'transaction-incompatible', 'duplicate-migration-version', 'syntax-error', 'migration-failed'])
      expect(rules).not.toContain(wrong);
    expect(review.notes).toContain(
      `${dir}/20260325111700000000_flow_login_session_id_subject_idx.mysql.up.sql: MySQL (pop dialect suffix); not replayed or checked.`,
    );
    expect(review.notes).toContain(
      `${dir}/20260325111700000000_flow_login_session_id_subject_idx.up.sql: on PostgreSQL pop runs 20260325111700000000_flow_login_session_id_subject_idx.postgres.autocommit.up.sql for version 20260325111700000000 instead; not replayed or checked.`,
    );
  }, 240_000);
});

// The whole review, as the check run shows it: a detection's severity is its rule's, following
// what the framework makes of it, unless the configuration says otherwise.
describe('the severity a history finding gets in the review', () => {
  const base = { 'migrations/1_init.up.sql': SQL, 'migrations/2_b.up.sql': 'CREATE TABLE b (id bigint);' };
  const renamed = { 'migrations/1_init.up.sql': SQL, 'migrations/2_renamed.up.sql': 'CREATE TABLE b (id bigint);' };
  const changed: ChangedFile[] = [{ path: 'migrations/2_renamed.up.sql', status: 'renamed', previousPath: 'migrations/2_b.up.sql' }];
  const severities = (findings: { ruleId: string; severity: string; file: string }[]) => findings.map((f) => `${f.severity} ${f.ruleId} ${f.file}`);

  it('a rename golang-migrate ignores is info; one a name-keyed runner reruns is an error; a configured severity wins', async () => {
    expect(severities((await reviewCase({ base, head: { ...renamed, 'migrations/2_b.up.sql': null }, changed })).findings)).toEqual([
      'info migration-renamed migrations/2_renamed.up.sql',
    ]);
    const configured = await reviewCase({
      base,
      head: { ...renamed, 'migrations/2_b.up.sql': null },
      changed,
      config: { rules: { 'migration-renamed': 'warning' } },
    });
    expect(severities(configured.findings)).toEqual(['warning migration-renamed migrations/2_renamed.up.sql']);
    const prisma = { 'prisma/migrations/20240101000000_init/migration.sql': SQL };
    const prismaRenamed: ChangedFile[] = [
      { path: 'prisma/migrations/20240101000000_first/migration.sql', status: 'renamed', previousPath: 'prisma/migrations/20240101000000_init/migration.sql' },
    ];
    const byName = await reviewCase({
      base: prisma,
      head: { 'prisma/migrations/20240101000000_init/migration.sql': null, 'prisma/migrations/20240101000000_first/migration.sql': SQL },
      changed: prismaRenamed,
    });
    expect(severities(byName.findings)).toEqual(['error migration-renamed prisma/migrations/20240101000000_first/migration.sql']);
  }, 120_000);

  it('a version out of order is an error where goose refuses it, though the rule is a warning elsewhere', async () => {
    const goose = (n: string) => `-- +goose Up\nCREATE TABLE t${n} (id bigint);\n`;
    const head = { 'db/migrations/00001_a.sql': goose('1'), 'db/migrations/00003_c.sql': goose('3'), 'db/migrations/00002_b.sql': goose('2') };
    const review = await reviewCase({
      base: { 'db/migrations/00001_a.sql': goose('1'), 'db/migrations/00003_c.sql': goose('3') },
      head,
      changed: [{ path: 'db/migrations/00002_b.sql', status: 'added' }],
    });
    expect(severities(review.findings.filter((f) => f.ruleId === 'migration-out-of-order'))).toEqual([
      'error migration-out-of-order db/migrations/00002_b.sql',
    ]);
  }, 120_000);
});

// "Reviewed as PostgreSQL" is the premise of a PostgreSQL reviewer: said only where another engine's files are in sight.
describe('the note that nothing names a history engine', () => {
  const note = (notes: string[]) => notes.filter((n) => n.startsWith('Nothing names the database engine'));

  it('is given beside another engine, not in a repository of one', async () => {
    const river = {
      'riverdriver/riverpgxv5/migration/main/001_init.up.sql': 'CREATE TABLE t (id bigint);',
      'riverdriver/riversqlite/migration/main/001_init.up.sql': 'CREATE TABLE t (id integer) STRICT;',
    };
    const added = 'riverdriver/riverpgxv5/migration/main/002_more.up.sql';
    const beside = await reviewCase({ base: river, head: { ...river, [added]: 'CREATE TABLE u (id bigint);' }, changed: [{ path: added, status: 'added' }] });
    expect(note(beside.notes)).toEqual([
      'Nothing names the database engine of riverdriver/riverpgxv5/migration/main (golang-migrate): no engine folder name or framework setting; it was reviewed as PostgreSQL.',
    ]);
    const alone = await reviewCase({ base: { 'db/migrations/001_init.sql': SQL }, sql: 'CREATE TABLE u (id bigint);' });
    expect(note(alone.notes)).toEqual([]);
  }, 120_000);
});
