import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../src/config/resolve.js';
import type { DbaConfigInput } from '../src/config/schema.js';
import { runReview } from '../src/review/run.js';
import type { Review } from '../src/review/types.js';
import { RULE_NAMES } from '../src/rules/index.js';
import { inspectBuild } from '../src/sandbox/builds.js';
import { dockerAvailable, DockerSandboxProvider } from '../src/sandbox/docker.js';
import { extensionsCreatedIn } from '../src/sandbox/extensions.js';
import { sandboxFromEnv } from '../src/sandbox/fromEnv.js';
import { hostBuild } from '../src/sandbox/hostBuild.js';
import type { SandboxProvider } from '../src/sandbox/types.js';
import { MemorySource } from '../src/source/memory.js';
import { ensureDebianPackages } from './support/hostPackages.js';

// The host provider runs PostgreSQL from the OS packages: Debian bookworm has postgresql-15 and
// postgresql-15-postgis-3 (pgvector and pgsql-http only come from apt.postgresql.org). Installed
// here when missing (a fresh CI machine), as root with apt; the tests skip, saying why, otherwise.
const MAJOR = 15;
const unavailable = await ensureDebianPackages([`postgresql-${MAJOR}`, `postgresql-${MAJOR}-postgis-3`]);
const hostIt = unavailable ? it.skip : it;
if (unavailable) process.stdout.write(`\nhost provider tests skipped: ${unavailable}\n`);

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-host-'));
  await chmod(tmp, 0o755); // the server runs as an unprivileged user when tests run as root
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const PLACES = 'CREATE TABLE places (id bigint PRIMARY KEY, name text NOT NULL);\n';
const GEOM = 'ALTER TABLE places ADD COLUMN geom geometry(Point, 4326);\nCREATE INDEX places_geom ON places USING gist (geom);\n';

async function review(sandbox: SandboxProvider, input: DbaConfigInput, base: Record<string, string>, added: Record<string, string>): Promise<Review> {
  const config = resolveConfig(input, RULE_NAMES);
  if (!config.ok) throw new Error(config.errors.join('; '));
  try {
    return await runReview({
      source: MemorySource.pullRequest(base, { ...base, ...added }),
      subject: { title: 'host', baseSha: 'base', headSha: 'head' },
      changedFiles: Object.keys(added).map((path) => ({ path, status: 'added' as const })),
      config: config.config,
      sandbox,
    });
  } finally {
    await sandbox.close();
  }
}

describe('the host provider (SANDBOX_PROVIDER=host)', () => {
  hostIt(
    "reviews a change on a PostGIS column with the host's PostgreSQL, base snapshots included",
    async () => {
      const sandbox = sandboxFromEnv({ SANDBOX_PROVIDER: 'host', PG_DBA_REVIEW_SNAPSHOT_DIR: join(tmp, 'snapshots'), PG_DBA_REVIEW_DATA_DIR: tmp });
      expect(sandbox.name).toBe('host');
      const result = await review(
        sandbox,
        { postgres: { version: MAJOR, extensions: ['postgis'] } },
        { 'db/migrations/001_places.sql': PLACES },
        { 'db/migrations/002_geom.sql': GEOM },
      );
      expect(result.problems).toEqual([]);
      expect(result.outcome).toBe('reviewed');
      expect(result.postgres).toEqual({ version: expect.stringMatching(/^15\.\d+$/), major: MAJOR, provider: 'host' });
      expect(result.catalog?.after.tables['public.places']?.columns.find((c) => c.name === 'geom')?.type).toBe('geometry(Point,4326)');
      expect(result.catalog?.changes.map((c) => `${c.action} ${c.objectType} ${c.name}`)).toEqual([
        'added column public.places.geom',
        'added index public.places index places_geom',
      ]);
      expect(result.findings.filter((f) => f.ruleId === 'create-index-non-concurrently').map((f) => `${f.file}:${f.line}`)).toEqual([
        'db/migrations/002_geom.sql:2',
      ]);
    },
    900_000,
  );

  hostIt(
    "takes a review whose migration creates postgis from the embedded sandbox to the host's build",
    async () => {
      // The embedded build of PostgreSQL 15 (installed from npm on first use) lacks postgis.
      const sandbox = sandboxFromEnv({ PG_DBA_REVIEW_SNAPSHOT_BYTES: '0', PG_DBA_REVIEW_DATA_DIR: tmp });
      expect(sandbox.name).toBe('embedded');
      const result = await review(
        sandbox,
        { postgres: { version: MAJOR } },
        { 'db/migrations/001_places.sql': PLACES },
        // Created by the migration itself: a review role may not, so it fails there, on the host's server.
        { 'db/migrations/002_geom.sql': `CREATE EXTENSION IF NOT EXISTS postgis; -- for geom\n${GEOM}` },
      );
      expect(result.postgres).toMatchObject({ major: MAJOR, provider: 'host' });
      const failed = result.findings.find((f) => f.ruleId === 'migration-failed');
      expect(failed).toMatchObject({
        file: 'db/migrations/002_geom.sql',
        line: 1,
        message: expect.stringContaining('permission denied to create extension "postgis"'),
      });
    },
    900_000,
  );

  hostIt(
    "replays the chatbot-ui history (Supabase, http and vector) through the host's PostgreSQL, or names the packages it lacks",
    async () => {
      const fixture = fileURLToPath(new URL('./fixtures/corpus/chatbot-ui/', import.meta.url));
      const names = (await readdir(join(fixture, 'supabase/migrations'))).sort();
      const files: Record<string, string> = { '_preamble.sql': await readFile(join(fixture, '_preamble.sql'), 'utf8') };
      for (const name of names) files[`supabase/migrations/${name}`] = await readFile(join(fixture, 'supabase/migrations', name), 'utf8');
      const added = Object.fromEntries(names.slice(-5).map((n) => [`supabase/migrations/${n}`, files[`supabase/migrations/${n}`] as string]));
      const base = Object.fromEntries(Object.entries(files).filter(([p]) => !(p in added)));
      const has = (await inspectBuild(hostBuild(), MAJOR)).extensions;
      const result = await review(
        sandboxFromEnv({ SANDBOX_PROVIDER: 'host', PG_DBA_REVIEW_SNAPSHOT_BYTES: '0', PG_DBA_REVIEW_DATA_DIR: tmp }),
        { postgres: { version: MAJOR, preamble: '_preamble.sql' } },
        base,
        added,
      );
      if (has.has('http') && has.has('vector')) {
        expect(result.postgres).toMatchObject({ major: MAJOR, provider: 'host' });
        expect(result.problems.filter((p) => p.includes('extension'))).toEqual([]);
      } else {
        expect(result.outcome).toBe('could-not-run');
        const missing = ['http', 'vector'].filter((n) => !has.has(n));
        const packages = { http: 'postgresql-15-http', vector: 'postgresql-15-pgvector' };
        expect(result.problems).toEqual([
          missing.length === 2
            ? `The extensions http and vector are not in the host's PostgreSQL 15: to review with them, install ${packages.http} and ${packages.vector} and set SANDBOX_PROVIDER=host, or use SANDBOX_PROVIDER=docker with postgres.image in .github/dba.yml naming an image that has them.`
            : expect.stringContaining(`The extension ${missing[0]} is not in the host's PostgreSQL 15`),
        ]);
        // The change's SQL is still judged statically.
        expect(result.findings.length).toBeGreaterThan(0);
      }
    },
    900_000,
  );
});

describe('an extension no provider has', () => {
  it('is one problem naming the extension, where it was looked for, and the providers that would have it', async () => {
    const result = await review(
      sandboxFromEnv({ PG_DBA_REVIEW_SNAPSHOT_BYTES: '0', PG_DBA_REVIEW_PG_BIN: join(tmpdir(), 'no-such-postgres-bin') }),
      {},
      { 'db/migrations/001_places.sql': PLACES },
      { 'db/migrations/002_geom.sql': `CREATE EXTENSION postgis;\n${GEOM}` },
    );
    expect(result.outcome).toBe('could-not-run');
    expect(result.problems).toEqual([
      'The extension postgis is not in the embedded PostgreSQL 18 build, nor in the host, where no PostgreSQL 18 was found: to review with it, install postgresql-18-postgis-3 and set SANDBOX_PROVIDER=host, or use SANDBOX_PROVIDER=docker with postgres.image: postgis/postgis:18-3.6 in .github/dba.yml.',
    ]);
  });

  it("says where the host's PostgreSQL was looked for", async () => {
    await expect(hostBuild().binaries(99)).rejects.toThrow(
      'PostgreSQL 99 is not installed on this host (no postgres and initdb in /usr/lib/postgresql/99/bin or the other usual folders, nor where pg_config says): install postgresql-99 (Debian/Ubuntu) or set PG_DBA_REVIEW_PG_BIN to the bin folder of a PostgreSQL 99.',
    );
    await expect(hostBuild(tmpdir()).binaries(MAJOR)).rejects.toThrow(`PG_DBA_REVIEW_PG_BIN is ${tmpdir()}, which holds no postgres and initdb programs.`);
  });

  it.each([
    ['CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA extensions;', ['vector']],
    ['create extension "uuid-ossp"; CREATE EXTENSION PostGIS CASCADE;', ['uuid-ossp', 'postgis']],
    ['-- CREATE EXTENSION http;\n/* create extension pg_cron; */ SELECT 1;', []],
    ['DROP EXTENSION vector; ALTER EXTENSION postgis UPDATE;', []],
  ])('finds the extensions %j creates', (sql, names) => {
    expect(extensionsCreatedIn(sql)).toEqual(names);
  });
});

// postgres.image: any image whose entrypoint is the official postgres one.
const docker = await dockerAvailable();
describe('postgres.image with the docker provider', () => {
  (docker ? it : it.skip)(
    docker ? 'runs pgvector/pgvector:pg17 and creates vector in it' : 'runs pgvector/pgvector:pg17 (skipped: no Docker engine answers on this host)',
    async () => {
      const result = await review(
        new DockerSandboxProvider(),
        { postgres: { version: 17, image: 'pgvector/pgvector:pg17', extensions: ['vector'] } },
        { 'db/migrations/001_items.sql': 'CREATE TABLE items (id bigint PRIMARY KEY);\n' },
        { 'db/migrations/002_embedding.sql': 'ALTER TABLE items ADD COLUMN embedding vector(3);\n' },
      );
      expect(result.problems).toEqual([]);
      expect(result.postgres).toMatchObject({ major: 17, provider: 'docker' });
      expect(result.catalog?.after.tables['public.items']?.columns.find((c) => c.name === 'embedding')?.type).toBe('vector(3)');
    },
    600_000,
  );

  it('is a setting of .github/dba.yml that names an image', () => {
    const ok = resolveConfig({ postgres: { image: 'postgis/postgis:16-3.4' } }, RULE_NAMES);
    expect(ok.ok && ok.config.postgres.image).toBe('postgis/postgis:16-3.4');
    const bad = resolveConfig({ postgres: { image: 'Not An Image' } }, RULE_NAMES);
    expect(bad.ok).toBe(false);
  });
});
