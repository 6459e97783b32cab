import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import escapeStringRegexp from 'escape-string-regexp';
import { chmod, mkdir, mkdtemp, symlink, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { resolveConfig } from '../src/config/resolve.js';
import type { DbaConfigInput } from '../src/config/schema.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { runReview } from '../src/review/run.js';
import type { Review } from '../src/review/types.js';
import { RULE_NAMES } from '../src/rules/index.js';
import { restoreErrors } from '../src/sandbox/dumpRestore.js';
import { findDumpTools } from '../src/sandbox/dumpTools.js';
import { bundledMajor } from '../src/sandbox/embeddedVersions.js';
import { sandboxFromEnv } from '../src/sandbox/fromEnv.js';
import type { PostgresServer } from '../src/sandbox/server.js';
import type { SandboxProvider } from '../src/sandbox/types.js';
import { MemorySource } from '../src/source/memory.js';
import { ensureDebianPackages } from './support/hostPackages.js';
import { testSandbox } from './support/postgres.js';

// The drill needs pg_dump and pg_restore of the server's major. Debian bookworm has PostgreSQL 15
// (server and client programs), so the drill runs against the host provider's PostgreSQL 15,
// installed here when missing (as root with apt); those tests skip, saying why, otherwise.
const MAJOR = 15;
const unavailable = await ensureDebianPackages([`postgresql-${MAJOR}`]);
const hostIt = unavailable ? it.skip : it;
if (unavailable) process.stdout.write(`\nrestore drill tests on PostgreSQL ${MAJOR} skipped: ${unavailable}\n`);

let tmp: string;
// The test run points PG_DBA_REVIEW_PG_DUMP_BIN at a folder without pg_dump (support/globalSetup.mjs): each test sets its own.
const given = process.env.PG_DBA_REVIEW_PG_DUMP_BIN;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-restore-'));
  await chmod(tmp, 0o755); // the server runs as an unprivileged user when tests run as root
});
afterAll(async () => {
  process.env.PG_DBA_REVIEW_PG_DUMP_BIN = given;
  await rm(tmp, { recursive: true, force: true });
});

const LIMITS = 'CREATE TABLE limits (n int);\nINSERT INTO limits VALUES (100);\n';

async function review(sandbox: SandboxProvider, input: DbaConfigInput, added: Record<string, string>): Promise<Review> {
  const base = { 'db/migrations/001_limits.sql': LIMITS };
  const config = resolveConfig({ data: { rows: 20 }, ...input }, RULE_NAMES);
  if (!config.ok) throw new Error(config.errors.join('; '));
  try {
    return await runReview({
      source: MemorySource.pullRequest(base, { ...base, ...added }),
      subject: { title: 'restore', baseSha: 'base', headSha: 'head' },
      changedFiles: Object.keys(added).map((path) => ({ path, status: 'added' as const })),
      config: config.config,
      sandbox,
    });
  } finally {
    await sandbox.close();
  }
}

const backupNotes = (r: Review) => /### Backup & HA Notes\n([\s\S]*?)\n\n###/.exec(renderMarkdown(r))?.[1] ?? '';
const hostSandbox = () => sandboxFromEnv({ SANDBOX_PROVIDER: 'host', PG_DBA_REVIEW_SNAPSHOT_BYTES: '0', PG_DBA_REVIEW_DATA_DIR: tmp });

describe("pg_restore's errors", () => {
  it('are read with the archive entry each was restoring, verbose lines and the summary left out', () => {
    const stderr = [
      'pg_restore: connecting to database for restore',
      'pg_restore: while PROCESSING TOC:',
      'pg_restore: from TOC entry 3412; 0 0 COMMENT EXTENSION pg_trgm ',
      'pg_restore: error: could not execute query: ERROR:  must be owner of extension pg_trgm',
      "Command was: COMMENT ON EXTENSION pg_trgm IS 'text similarity';",
      '',
      'pg_restore: processing data for table "public.items"',
      'pg_restore: from TOC entry 3404; 0 16390 TABLE DATA items dba_review_ab12',
      'pg_restore: error: COPY failed for table "items": ERROR:  relation "limits" does not exist',
      'CONTEXT:  SQL function "under_limit" during inlining',
      'pg_restore: creating INDEX "public.tags_norm"',
      'pg_restore: from TOC entry 3260; 1259 16413 INDEX tags_norm dba_review_ab12',
      'pg_restore: error: could not execute query: ERROR:  function squash(text) does not exist',
      'pg_restore: warning: errors ignored on restore: 3',
    ].join('\n');
    expect(restoreErrors(stderr, 'dba_review_ab12')).toEqual([
      {
        desc: 'COMMENT',
        tag: 'EXTENSION pg_trgm',
        message: "ERROR:  must be owner of extension pg_trgm\nCommand was: COMMENT ON EXTENSION pg_trgm IS 'text similarity';",
      },
      {
        desc: 'TABLE DATA',
        tag: 'items',
        message: 'COPY failed for table "items": ERROR:  relation "limits" does not exist\nCONTEXT:  SQL function "under_limit" during inlining',
      },
      { desc: 'INDEX', tag: 'tags_norm', message: 'ERROR:  function squash(text) does not exist' },
    ]);
  });
});

describe('the restore drill', () => {
  hostIt(
    'finds the CHECK constraint whose function reads an unqualified table: its rows do not restore',
    async () => {
      delete process.env.PG_DBA_REVIEW_PG_DUMP_BIN; // the server's own programs: /usr/lib/postgresql/15/bin
      const result = await review(
        hostSandbox(),
        { postgres: { version: MAJOR } },
        {
          'db/migrations/002_items.sql':
            "CREATE FUNCTION under_limit(v int) RETURNS boolean LANGUAGE sql AS 'SELECT v < (SELECT max(n) FROM limits)';\n" +
            'CREATE TABLE items (\n  id int PRIMARY KEY,\n  v int CHECK (under_limit(v))\n);\n' +
            'INSERT INTO items VALUES (1, 5), (2, 7);\n',
        },
      );
      expect(result.problems).toEqual([]);
      const found = result.findings.filter((f) => f.ruleId === 'restore-fails').map((f) => `${f.file}:${f.line}: ${f.message}`);
      expect(found).toEqual([
        `db/migrations/002_items.sql:2: A pg_dump of the database after this change does not restore as it was: pg_restore failed: TABLE DATA items: COPY failed for table "items": relation "limits" does not exist (SQL function "under_limit" during inlining). A dump restores with search_path = '' (pg_dump sets it): a function that a CHECK constraint, a default, a generated column or an index expression calls must schema-qualify what it reads and calls (schema.name), or carry its own SET search_path = public.`,
      ]);
      expect(result.restore).toMatchObject({ status: 'failed', pgDump: expect.stringMatching(/^15\.\d+$/) });
      expect(backupNotes(result)).toContain(
        `- Does not restore from pg_dump (checked with pg_dump ${result.restore?.pgDump}): see the 1 restore-fails finding for what failed and where.`,
      );
    },
    900_000,
  );

  hostIt(
    'says a clean schema restores from pg_dump (checked), index expressions and generated columns included',
    async () => {
      delete process.env.PG_DBA_REVIEW_PG_DUMP_BIN;
      const result = await review(
        hostSandbox(),
        { postgres: { version: MAJOR } },
        {
          'db/migrations/002_items.sql':
            "CREATE FUNCTION under_limit(v int) RETURNS boolean LANGUAGE sql AS 'SELECT v < (SELECT max(n) FROM public.limits)';\n" +
            'CREATE TABLE items (id int PRIMARY KEY, v int CHECK (under_limit(v)), w int GENERATED ALWAYS AS (v * 2) STORED, note text);\n' +
            'CREATE INDEX items_note ON items (lower(note));\n' +
            "COMMENT ON TABLE items IS 'what is sold';\n" +
            'INSERT INTO items VALUES (1, 5), (2, 7);\n',
        },
      );
      expect(result.problems).toEqual([]);
      expect(result.findings.filter((f) => f.ruleId === 'restore-fails')).toEqual([]);
      expect(result.restore?.status).toBe('restored');
      expect((JSON.parse(renderJson(result)) as { restore: unknown }).restore).toEqual({
        status: 'restored',
        pgDump: result.restore?.pgDump,
        durationMs: expect.any(Number),
      });
      expect(backupNotes(result)).toContain(
        `- Restores cleanly from pg_dump (checked): the database after this change, generated rows included, was dumped with pg_dump ${result.restore?.pgDump} and restored with pg_restore into an empty database without an error, to the same catalog.`,
      );
    },
    900_000,
  );

  it('says it was not checked when restore_drill is false', async () => {
    const result = await review(testSandbox(), { restore_drill: false }, { 'db/migrations/002_items.sql': 'CREATE TABLE items (id int PRIMARY KEY);\n' });
    expect(backupNotes(result)).toContain('- Not checked that it restores from pg_dump: restore_drill is false in .github/dba.yml.');
  });

  it('names a pg_dump the PATH reaches by two folders (/bin and /usr/bin) once', async () => {
    const dir = join(tmp, 'pg-dump-once');
    await mkdir(dir);
    for (const program of ['pg_dump', 'pg_restore']) {
      await writeFile(join(dir, program), `#!/bin/sh\necho "${program} (PostgreSQL) 15.18"\n`, { mode: 0o755 });
    }
    await symlink(dir, join(tmp, 'pg-dump-once-link'));
    const tools = await findDumpTools({ major: 18 } as PostgresServer, { PATH: [dir, join(tmp, 'pg-dump-once-link')].join(delimiter) });
    expect('problem' in tools && tools.problem).toMatch(new RegExp(`; found pg_dump 15\\.18 at ${escapeStringRegexp(dir)}/pg_dump \\(the PATH\\)\\. Install`));
  });

  it("says it was not checked when the pg_dump found is not of the server's major, and how to get one", async () => {
    const dir = join(tmp, 'pg-dump-15');
    await mkdir(dir);
    for (const program of ['pg_dump', 'pg_restore']) {
      await writeFile(join(dir, program), `#!/bin/sh\necho "${program} (PostgreSQL) 15.18"\n`, { mode: 0o755 });
    }
    process.env.PG_DBA_REVIEW_PG_DUMP_BIN = dir;
    const major = bundledMajor();
    const result = await review(testSandbox(), {}, { 'db/migrations/002_items.sql': 'CREATE TABLE items (id int PRIMARY KEY);\n' });
    expect(result.restore).toMatchObject({ status: 'skipped' });
    expect(result.findings.filter((f) => f.ruleId === 'restore-fails')).toEqual([]);
    expect(backupNotes(result)).toContain(
      `- Not checked that it restores from pg_dump: it needs pg_dump and pg_restore of PostgreSQL ${major}, the server's major; found pg_dump 15.18 at ${dir}/pg_dump (PG_DBA_REVIEW_PG_DUMP_BIN). Install PostgreSQL ${major}'s client programs (e.g. the postgresql-client-${major} package) and set PG_DBA_REVIEW_PG_DUMP_BIN to their folder, or review with postgres.version set to the major of the pg_dump you have.`,
    );
  });
});
