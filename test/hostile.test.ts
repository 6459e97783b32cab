import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PQueue from 'p-queue';
import pg from 'pg';
import type { Review } from '../src/review/types.js';
import { EmbeddedSandboxProvider } from '../src/sandbox/embedded.js';
import { bundledMajor } from '../src/sandbox/embeddedVersions.js';
import { freshBase } from '../src/sandbox/freshBase.js';
import type { SandboxProvider } from '../src/sandbox/types.js';
import type { PostgresServer, SandboxLimits } from '../src/sandbox/server.js';
import { reviewCase, type RuleCase } from './rules/harness.js';

// Pull requests that try to reach past their sandbox, each reviewed end to end on a server of
// their own, so that "nothing on the host changed" can be checked exactly: the same roles and
// databases before and after, postgresql.auto.conf untouched, no file written, other sessions
// alive, and the server still reviewing. Limits are small so the suite stays fast.
const LIMITS: SandboxLimits = {
  reviewBudgetMs: 30_000,
  statementTimeoutMs: 1000,
  lockTimeoutMs: 1000,
  idleInTransactionTimeoutMs: 5000,
  tempFileLimitKb: 1024,
  databaseLimitMb: 128,
  answerLimitMb: 8,
};

interface Case {
  name: string;
  c: RuleCase;
  limits?: Partial<SandboxLimits>;
  /** The migration-failed finding's message, when a statement was refused or cut off. */
  finding?: RegExp;
  /** The rule that names the statement for what it is, whatever the sandbox made of it. */
  flagged?: string;
  /** The problem the review reports (the sandbox stopped it, or would not run it). */
  problem?: RegExp;
  note?: RegExp;
  /** When the review went through: what it saw change. */
  changes?: string[];
  /** Reviewed with no other review on the server: what it measures is shared by all (the shared catalogs). */
  alone?: boolean;
}
let dir: string;
let store: string;
let embedded: EmbeddedSandboxProvider;
let server: PostgresServer;
let admin: pg.Client;
let bystander: pg.Client;
const before: Record<string, unknown> = {};
const reviews = new Map<string, Review>();
let peakRss = 0;

/**
 * Where reviews run: a database and role of their own on the shared server, or a short-lived
 * cluster restored from a base snapshot (the embedded default), whose review role was made once
 * in the chain's first snapshot.
 */
const MODES = ['shared server', 'snapshot clusters'] as const;
type Mode = (typeof MODES)[number];
let cached: EmbeddedSandboxProvider;

/** The sandbox of a mode, with limits of the case's own (the guard's; role settings are LIMITS'). */
const sandbox = (mode: Mode, overrides: Partial<SandboxLimits> = {}): SandboxProvider => {
  const limits = { ...LIMITS, ...overrides };
  return {
    name: embedded.name,
    limits,
    server: (major) => embedded.server(major),
    baseDatabase: (server, request) => (mode === 'shared server' ? freshBase(server, limits, request) : cached.baseDatabase(server, request)),
    close: async () => {},
  };
};

/** What a hostile change could alter on the server, as its superuser sees it. */
async function hostState(): Promise<Record<string, unknown>> {
  const q = async (sql: string) => (await admin.query(sql)).rows;
  return {
    roles: await q('SELECT rolname, rolsuper, rolcreaterole FROM pg_roles ORDER BY rolname'),
    databases: await q('SELECT datname FROM pg_database ORDER BY datname'),
    autoConf: await q("SELECT pg_read_file('postgresql.auto.conf') AS text"),
    settings: await q("SELECT name, setting FROM pg_settings WHERE source NOT IN ('default', 'session', 'client') ORDER BY name"),
  };
}

const spin = (body: string) => `DO $$ BEGIN LOOP ${body} END LOOP; END $$;`;
// In the select list, generate_series streams rows: no temporary file, only table data.
const FILL = "CREATE TABLE filler AS SELECT repeat('x', 1000) AS x, generate_series(1, 1000000000) AS n;";
const OTHER_BACKENDS = 'FROM pg_stat_activity WHERE pid <> pg_backend_pid();';
// Text no compression shrinks (random hex), in MB; generate_series in the select list streams, no temporary file.
const noise = (mb: number) => `(SELECT string_agg(md5(random()::text), '') FROM (SELECT generate_series(1, ${mb * 32768})) s)`;
const ANSWERED =
  /^This statement was cut off after [\d.]+ s when its answer passed the sandbox's limit of 8 MB\. The reviewer ended the session after [\d.]+ MB had come back for this statement \(rows, notices, COPY data or error text\): the review never needs them\./;
const TOO_MUCH_ANSWER =
  /^A statement's answer \(rows, notices, COPY data or error text\) passed the sandbox's limit of 8 MB: the sandbox ended its PostgreSQL sessions and skipped the rest, so this review is incomplete\.$/;
const GREW =
  /^This statement was cut off after [\d.]+ s when the review's data on disk \(its database, shared catalogs, temporary files and WAL\) grew past the sandbox's limit of 128 MB\. PostgreSQL: terminating connection due to administrator command/;
const TOO_MUCH_DISK =
  /^The review's data on disk \(its database, shared catalogs, temporary files and WAL\) grew past the sandbox's limit of 128 MB: the sandbox ended its PostgreSQL sessions and skipped the rest, so this review is incomplete\.$/;

const hostile = (): Case[] => [
  {
    name: 'COPY ... TO PROGRAM',
    c: { sql: `COPY (SELECT 1) TO PROGRAM 'touch ${dir}/to-program';` },
    finding: /permission denied to COPY to or from an external program/,
    flagged: 'server-file-access',
  },
  {
    name: 'COPY ... FROM PROGRAM',
    c: { sql: `CREATE TABLE loot (line text);\nCOPY loot FROM PROGRAM 'id; touch ${dir}/from-program';` },
    finding: /permission denied to COPY to or from an external program/,
    flagged: 'server-file-access',
  },
  {
    name: 'COPY to a server file',
    c: { sql: `COPY (SELECT 1) TO '${dir}/copied';` },
    finding: /permission denied to COPY to a file/,
    flagged: 'server-file-access',
  },
  {
    name: 'COPY from a server file',
    c: { sql: "CREATE TABLE loot (line text);\nCOPY loot FROM '/etc/passwd';" },
    finding: /permission denied to COPY from a file/,
  },
  {
    name: 'pg_read_file',
    c: { sql: "SELECT pg_read_file('/etc/passwd');" },
    finding: /permission denied for function pg_read_file/,
    flagged: 'server-file-access',
  },
  { name: 'pg_ls_dir', c: { sql: "SELECT pg_ls_dir('.');" }, finding: /permission denied for function pg_ls_dir/, flagged: 'server-file-access' },
  { name: 'lo_import', c: { sql: "SELECT lo_import('/etc/passwd');" }, finding: /permission denied for function lo_import/, flagged: 'server-file-access' },
  {
    name: 'lo_export',
    c: { sql: `SELECT lo_export(lo_create(0), '${dir}/lo-export');` },
    finding: /permission denied for function lo_export/,
    flagged: 'server-file-access',
  },
  {
    name: 'CREATE EXTENSION plpython3u',
    c: { sql: 'CREATE EXTENSION plpython3u;' },
    finding: /permission denied to create extension "plpython3u".*Must be superuser/,
  },
  { name: 'CREATE LANGUAGE plperlu', c: { sql: 'CREATE LANGUAGE plperlu;' }, finding: /permission denied to create extension "plperlu"/ },
  {
    name: 'CREATE ROLE ... SUPERUSER',
    c: { sql: "CREATE ROLE hostile_superuser SUPERUSER LOGIN PASSWORD 'x';" },
    finding: /permission denied to create role.*Only roles with the SUPERUSER attribute/,
  },
  { name: 'ALTER ROLE itself SUPERUSER', c: { sql: 'ALTER ROLE CURRENT_USER SUPERUSER;' }, finding: /permission denied to alter role/ },
  {
    name: 'ALTER SYSTEM',
    c: { sql: `ALTER SYSTEM SET archive_command = 'touch ${dir}/archived';` },
    finding: /permission denied to set parameter "archive_command"/,
    flagged: 'alter-system',
  },
  { name: 'SET ROLE postgres', c: { sql: 'SET ROLE postgres;' }, finding: /permission denied to set role "postgres"/ },
  {
    name: 'SET SESSION AUTHORIZATION postgres',
    c: { sql: 'SET SESSION AUTHORIZATION postgres;' },
    finding: /permission denied to set session authorization "postgres"/,
  },
  {
    name: 'a DO block that loops forever',
    c: { sql: spin('') },
    finding: /^This statement was cut off after 1(\.\d)? s by statement_timeout\. PostgreSQL: canceling statement due to statement timeout/,
  },
  {
    name: 'a function that loops forever',
    c: { sql: 'CREATE FUNCTION spin() RETURNS void LANGUAGE plpgsql AS $$ BEGIN LOOP END LOOP; END $$;\nSELECT spin();' },
    finding: /cut off after 1(\.\d)? s by statement_timeout/,
  },
  { name: 'pg_sleep(3600)', c: { sql: 'SELECT pg_sleep(3600);' }, finding: /cut off after 1(\.\d)? s by statement_timeout/, flagged: 'sleep-in-migration' },
  // Its work table spills to a temporary file, which outgrows temp_file_limit before statement_timeout.
  {
    name: 'a recursive CTE that never ends',
    c: { sql: 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r;' },
    finding: /^This statement was cut off after [\d.]+ s by temp_file_limit\. PostgreSQL: temporary file size exceeds "temp_file_limit" \(1024kB\)/,
  },
  {
    name: 'a sort that spills to disk',
    c: { sql: 'SELECT count(*) FROM (SELECT g FROM generate_series(1, 100000000) g ORDER BY g DESC) s;' },
    finding: /cut off after [\d.]+ s by temp_file_limit/,
  },
  // Room to grow, so that statement_timeout is what stops it; the next case lifts that.
  {
    name: 'a generate_series that fills the disk',
    c: { sql: FILL },
    limits: { databaseLimitMb: 1024 },
    finding: /cut off after 1(\.\d)? s by statement_timeout/,
  },
  {
    name: 'a generate_series that fills the disk, statement_timeout lifted',
    c: { sql: `SET statement_timeout = 0;\n${FILL}` },
    finding: GREW,
    problem: TOO_MUCH_DISK,
  },
  {
    name: 'large objects that fill the disk',
    c: { sql: `SET statement_timeout = 0;\nDO $$ BEGIN FOR i IN 1..64 LOOP PERFORM lo_from_bytea(0, convert_to(${noise(4)}, 'UTF8')); END LOOP; END $$;` },
    finding: GREW,
    problem: TOO_MUCH_DISK,
  },
  {
    name: 'comments that fill the shared catalogs (global/)',
    c: {
      sql: `SET statement_timeout = 0;\nDO $$ DECLARE v text := ${noise(8)}; BEGIN FOR i IN 1..32 LOOP EXECUTE format('COMMENT ON DATABASE %I IS %L', current_database(), v || i); END LOOP; END $$;`,
    },
    alone: true,
    limits: { reviewBudgetMs: 60_000 },
    finding: GREW,
    problem: TOO_MUCH_DISK,
  },
  // The review's answers are never held whole: each is counted as it arrives and the session ended past the limit.
  {
    name: 'a result set of 1.9 GB',
    c: { sql: 'SELECT repeat(md5(g::text), 1000000) FROM generate_series(1, 60) g;' },
    finding: ANSWERED,
    problem: TOO_MUCH_ANSWER,
  },
  {
    name: 'a flood of notices',
    c: { sql: "DO $$ BEGIN FOR i IN 1..2000000 LOOP RAISE NOTICE '%', repeat('x', 1000); END LOOP; END $$;" },
    finding: ANSWERED,
    problem: TOO_MUCH_ANSWER,
  },
  {
    name: 'a flood of COPY TO STDOUT',
    c: { sql: "COPY (SELECT repeat('x', 10000000) FROM generate_series(1, 200)) TO STDOUT;" },
    finding: ANSWERED,
    problem: TOO_MUCH_ANSWER,
  },
  {
    name: 'an error text past the answer limit',
    c: { sql: "DO $$ BEGIN RAISE EXCEPTION '%', repeat('x', 20000000); END $$;" },
    finding: ANSWERED,
    problem: TOO_MUCH_ANSWER,
  },
  // Under the limit, kept to its first 2 KB: the rest would only fill the comment.
  {
    name: 'an error text of 1 MB',
    c: { sql: "DO $$ BEGIN RAISE EXCEPTION '%', repeat('x', 1000000); END $$;" },
    finding: /^PostgreSQL rejected this statement: x{2048}… \(997,952 more characters\) \(SQLSTATE P0001\)\.$/,
  },
  {
    name: 'a loop that traps its statement_timeout',
    c: { sql: spin('BEGIN PERFORM pg_sleep(10); EXCEPTION WHEN query_canceled THEN NULL; END;') },
    limits: { reviewBudgetMs: 10_000 },
    finding:
      /^This statement was cut off after [\d.]+ s when the review's time budget of 10 s ran out\. PostgreSQL: terminating connection due to administrator command/,
    problem: /^The review's time budget of 10 s ran out: the sandbox ended its PostgreSQL sessions/,
  },
  {
    name: 'dblink to a host address',
    c: { sql: "CREATE EXTENSION IF NOT EXISTS dblink;\nSELECT dblink_connect('hostaddr=169.254.169.254 port=5432 dbname=postgres');" },
    finding: /permission denied to create extension "dblink"/,
  },
  {
    name: 'postgres_fdw to a host address',
    c: { sql: "CREATE EXTENSION IF NOT EXISTS postgres_fdw;\nCREATE SERVER metadata FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '169.254.169.254');" },
    finding: /permission denied to create extension "postgres_fdw"/,
  },
  {
    name: 'postgres_fdw the platform provides, to a host address',
    c: {
      sql: "CREATE SERVER metadata FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '169.254.169.254');",
      config: { postgres: { extensions: ['postgres_fdw'] } },
    },
    finding: /permission denied for foreign-data wrapper postgres_fdw/,
  },
  {
    name: 'pg_terminate_backend of other backends',
    c: { sql: `SELECT pg_terminate_backend(pid) ${OTHER_BACKENDS}` },
    finding: /permission denied for function pg_terminate_backend/,
  },
  {
    name: 'pg_cancel_backend of other backends',
    c: { sql: `SELECT pg_cancel_backend(pid) ${OTHER_BACKENDS}` },
    finding: /permission denied for function pg_cancel_backend/,
  },
  {
    name: 'a change that edits the preamble, which runs as a superuser',
    c: {
      base: { 'setup/platform.sql': 'CREATE TABLE platform (id int);' },
      head: {
        'setup/platform.sql': `COPY (SELECT 1) TO PROGRAM 'touch ${dir}/preamble';`,
        'db/migrations/001_note.sql': 'ALTER TABLE platform ADD COLUMN note text;',
      },
      config: { postgres: { preamble: 'setup/platform.sql' } },
    },
    note: /^This change edits or removes the preamble setup\/platform\.sql: the review ran the base branch's version/,
    changes: ['added column public.platform.note'],
  },
  {
    name: 'a preamble that creates an untrusted extension, which its role would own',
    c: { setup: 'CREATE EXTENSION dblink;', sql: "SELECT dblink_connect_u('dbname=postgres user=postgres');" },
    problem:
      /^The preamble setup\/preamble\.sql leaves the review role owning the extension dblink, which would let the change's SQL reach past its database\./,
  },
  {
    name: 'a preamble that grants its role a predefined role',
    c: { setup: 'GRANT pg_execute_server_program TO CURRENT_USER;', sql: `COPY (SELECT 1) TO PROGRAM 'touch ${dir}/granted';` },
    problem: /leaves the review role a member of pg_execute_server_program, which/,
  },
];

// What the review role may do: as a migration would in production, and nothing of it stays.
const allowed = (): Case[] => [
  { name: 'a trusted extension', c: { sql: 'CREATE EXTENSION IF NOT EXISTS pgcrypto;\nSELECT gen_random_bytes(4);' }, changes: ['added extension pgcrypto'] },
  // Checkpoints recycle WAL (max_wal_size): had the cluster kept these 500 MB, the disk limit of 256 MB would have stopped it.
  {
    name: 'a WAL flood of 500 MB',
    c: {
      sql: "SET statement_timeout = 0;\nDO $$ BEGIN FOR i IN 1..50 LOOP PERFORM pg_logical_emit_message(false, 'flood', repeat('x', 10000000)); END LOOP; END $$;",
    },
    limits: { databaseLimitMb: 256 },
  },
  {
    name: 'answers under the limit',
    c: {
      sql: "CREATE TABLE t (id int);\nCOPY (SELECT g FROM generate_series(1, 1000) g) TO STDOUT;\nDO $$ BEGIN RAISE NOTICE 'done'; END $$;\nSELECT repeat('x', 1000000);",
    },
    changes: ['added table public.t', 'added column public.t.id'],
  },
  {
    name: 'roles, renamed and granted to each other',
    c: {
      sql: 'CREATE ROLE app_reader NOLOGIN;\nCREATE ROLE app_writer NOLOGIN IN ROLE app_reader;\nALTER ROLE app_reader RENAME TO app_readonly;\nGRANT app_writer TO CURRENT_USER;',
    },
    changes: ['added role app_readonly', 'added role app_writer'],
  },
  {
    name: 'an extension the platform provides (postgres.extensions)',
    c: {
      base: { 'db/migrations/001_users.sql': 'CREATE TABLE users (id int PRIMARY KEY, email citext);' },
      sql: 'ALTER TABLE users ADD COLUMN name citext;',
      config: { postgres: { extensions: ['citext'] } },
    },
    changes: ['added column public.users.name'],
  },
  {
    name: 'postgres.extensions naming one the server lacks',
    c: { sql: 'CREATE TABLE t (id int);', config: { postgres: { extensions: ['no_such_extension'] } } },
    problem: /^postgres\.extensions lists no_such_extension, which PostgreSQL 18\.\d+ here does not have\.$/,
  },
];

/** Checks a review against its case. */
function expectReview(mode: Mode, review: Review, c: Case): void {
  // The clusters' cache must have been used, not fallen back from.
  if (review.base) expect(review.base.cache).toMatchObject({ status: mode === 'shared server' ? 'off' : expect.stringMatching(/^(miss|prefix|hit)$/) });
  const failed = review.findings.filter((f) => f.ruleId === 'migration-failed');
  expect(failed.map((f) => f.message)).toEqual(c.finding ? [expect.stringMatching(c.finding)] : []);
  if (c.flagged) expect(review.findings.filter((f) => f.ruleId === c.flagged).map((f) => f.line)).toEqual([failed[0]?.line]);
  expect(review.problems).toEqual(c.problem ? [expect.stringMatching(c.problem)] : []);
  expect(review.outcome).toBe(c.problem ? 'could-not-run' : c.finding ? 'migration-failed' : 'reviewed');
  if (c.note) expect(review.notes).toContainEqual(expect.stringMatching(c.note));
  if (c.changes) expect(review.catalog?.changes.map((ch) => `${ch.action} ${ch.objectType} ${ch.name}`)).toEqual(c.changes);
}

beforeAll(async () => {
  const started = Date.now();
  dir = await mkdtemp(join(tmpdir(), 'dba-hostile-'));
  store = await mkdtemp(join(tmpdir(), 'dba-hostile-store-'));
  await chmod(store, 0o755);
  // Writable by the server's OS user: a file missing afterwards was refused, not unwritable.
  await chmod(dir, 0o777);
  embedded = new EmbeddedSandboxProvider({ limits: LIMITS });
  cached = new EmbeddedSandboxProvider({ limits: LIMITS, dataRoot: store, snapshots: { dir: join(store, 'snapshots'), budgetBytes: 2 ** 31 } });
  server = await embedded.server(bundledMajor());
  admin = new pg.Client(server.admin);
  bystander = new pg.Client({ ...server.admin, application_name: 'bystander' });
  await Promise.all([admin.connect(), bystander.connect()]);
  Object.assign(before, await hostState());
  const queue = new PQueue({ concurrency: 4 });
  const all = [...hostile(), ...allowed()];
  const review = async (mode: Mode, c: Case) => reviews.set(`${mode}: ${c.name}`, await reviewCase(c.c, sandbox(mode, c.limits)));
  const sampling = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
  await Promise.all(MODES.flatMap((mode) => all.filter((c) => !c.alone).map((c) => queue.add(() => review(mode, c)))));
  for (const mode of MODES) for (const c of all.filter((c) => c.alone)) await review(mode, c);
  clearInterval(sampling);
  process.stdout.write(`hostile suite: ${all.length * MODES.length} reviews in ${Date.now() - started} ms, peak RSS ${Math.round(peakRss / 2 ** 20)} MiB\n`);
}, 480_000);

afterAll(async () => {
  await Promise.all([admin?.end(), bystander?.end()]);
  await Promise.all([embedded?.close(), cached?.close()]);
  await Promise.all([rm(dir, { recursive: true, force: true }), rm(store, { recursive: true, force: true })]);
});

describe.each(MODES)('on %s', (mode) => {
  describe('a hostile change is refused or cut off, and the review says so', () => {
    it.each(hostile().map((c) => [c.name, c] as const))('%s', (name, c) => expectReview(mode, reviews.get(`${mode}: ${name}`) as Review, c));
  });

  describe('the review role may do what a migration does', () => {
    it.each(allowed().map((c) => [c.name, c] as const))('%s', (name, c) => expectReview(mode, reviews.get(`${mode}: ${name}`) as Review, c));
  });
});

describe('the host after every review', () => {
  it('has the same roles, databases, settings and postgresql.auto.conf', async () => {
    expect(await hostState()).toEqual(before);
  });

  it('has no file written by the server', async () => {
    expect(await readdir(dir)).toEqual([]);
  });

  // Unbounded, the answers above alone come to more than 4 GB.
  it('kept this process under 1 GiB while the hostile changes ran', () => {
    expect(peakRss).toBeGreaterThan(0);
    expect(peakRss).toBeLessThan(2 ** 30);
  });

  it('kept other sessions alive', async () => {
    expect((await bystander.query('SELECT 1 AS alive')).rows).toEqual([{ alive: 1 }]);
  });

  it.each(MODES)('still reviews the next change on %s', async (mode) => {
    const review = await reviewCase({ setup: 'CREATE TABLE a (id int PRIMARY KEY);', sql: 'ALTER TABLE a ADD COLUMN note text;' }, sandbox(mode));
    expect(review.outcome).toBe('reviewed');
    expect(review.catalog?.changes.map((c) => `${c.action} ${c.objectType} ${c.name}`)).toEqual(['added column public.a.note']);
  });
});
