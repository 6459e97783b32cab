import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { reviewLocal } from '../src/cli/localReview.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { testSandbox } from './support/postgres.js';

// The CLI reads .github/dba.yml at --head, but the platform's setup (postgres.extensions,
// postgres.preamble) runs with superuser rights: it comes from --base, as in the app.
let tmp: string;
let repo: string;
const PREAMBLE = 'CREATE TABLE platform_marker (id int);\n';
const MIGRATION = { 'db/migrations/002_notes.sql': 'CREATE TABLE notes (id bigint PRIMARY KEY, body text);\n' };

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-cli-platform-'));
  repo = join(tmp, 'repo');
  await buildGitRepo(repo, [
    {
      branch: 'main',
      message: 'accounts',
      files: { 'db/migrations/001_accounts.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY);\n', 'setup/preamble.sql': PREAMBLE },
    },
    // The change asks for an extension the server does not have and a preamble the base does not run.
    {
      branch: 'pr',
      from: 'main',
      message: 'notes',
      files: { ...MIGRATION, '.github/dba.yml': 'postgres:\n  extensions: [no_such_extension]\n  preamble: setup/preamble.sql\n' },
    },
    // A base that asks for the extension itself.
    { branch: 'platform', from: 'main', message: 'platform', files: { '.github/dba.yml': 'postgres:\n  extensions: [no_such_extension]\n' } },
    { branch: 'pr2', from: 'platform', message: 'notes', files: { ...MIGRATION, '.github/dba.yml': null } },
    // A history written for a superuser, as LemmyNet/lemmy's (it marks indexes not ready in pg_index).
    {
      branch: 'privileged',
      from: 'main',
      message: 'catalog',
      files: { 'db/migrations/001b_catalog.sql': 'UPDATE pg_index SET indisready = true WHERE false;\n' },
    },
    { branch: 'pr3', from: 'privileged', message: 'notes', files: MIGRATION },
    // A history that creates an extension only a superuser may (a pg_dump-based Hasura init does).
    { branch: 'untrusted', from: 'main', message: 'dblink', files: { 'db/migrations/001c_dblink.sql': 'CREATE EXTENSION IF NOT EXISTS dblink;\n' } },
    { branch: 'pr4', from: 'untrusted', message: 'notes', files: MIGRATION },
    // The same history once the platform provides the extension: its pg_dump-style COMMENT ON EXTENSION needs the owner.
    {
      branch: 'provided',
      from: 'untrusted',
      message: 'platform',
      files: {
        '.github/dba.yml': 'postgres:\n  extensions: [dblink]\n',
        'db/migrations/001c_dblink.sql':
          "CREATE EXTENSION IF NOT EXISTS dblink WITH SCHEMA public;\nCOMMENT ON EXTENSION dblink IS 'connect to other databases';\n",
      },
    },
    {
      branch: 'pr5',
      from: 'provided',
      message: 'notes',
      files: { ...MIGRATION, 'db/migrations/003_comment.sql': "COMMENT ON EXTENSION dblink IS 'reach the reporting database';\n" },
    },
  ]);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('a base history the review role may not run', () => {
  it('says PostgreSQL refused it for lack of privilege, and where to grant it', async () => {
    const review = await reviewLocal({ repo, base: 'privileged', head: 'pr3', sandbox: testSandbox() });
    expect(review.outcome).toBe('could-not-run');
    expect(review.problems).toEqual([
      "The base branch's migrations did not replay: db/migrations/001b_catalog.sql:1:1: permission denied for table pg_index. PostgreSQL refused it for lack of privilege: the sandbox runs every migration as an unprivileged role that owns its database (docs/security.md), where this history expects more (a superuser, or a role the platform grants). Grant what it needs in postgres.preamble, which runs with superuser rights, or move the privileged step there.",
    ]);
  });
});

describe('a base history that creates an extension only a superuser may', () => {
  it('names the setting that provides it, and stops saying nothing was measured', async () => {
    const review = await reviewLocal({ repo, base: 'untrusted', head: 'pr4', sandbox: testSandbox() });
    expect(review.outcome).toBe('could-not-run');
    expect(review.problems).toEqual([
      'The base branch\'s migrations did not replay: db/migrations/001c_dblink.sql:1:1: permission denied to create extension "dblink". PostgreSQL refused it for lack of privilege: the sandbox runs every migration as an unprivileged role that owns its database (docs/security.md), and only a superuser may create dblink. Name it in .github/dba.yml as `postgres: { extensions: [dblink] }`: the sandbox then creates it before the history runs, as your platform does.',
    ]);
    expect(renderMarkdown(review)).toMatch(
      /Nothing of the change was measured: replaying the base branch's history in PostgreSQL 1\d\.\d+ \(\w+ sandbox\) stopped at `db\/migrations\/001c_dblink\.sql:1` after 1 statement \([\d,]+ ms\)\./,
    );
  });
});

describe('a history that comments on an extension the platform creates', () => {
  it('replays and reviews: only the owner may run COMMENT ON EXTENSION, and it changes nothing measured', async () => {
    const review = await reviewLocal({ repo, base: 'provided', head: 'pr5', sandbox: testSandbox() });
    expect(review.problems).toEqual([]);
    expect(review.outcome).toBe('reviewed');
    expect(review.findings.filter((f) => f.ruleId === 'migration-failed')).toEqual([]);
    expect(review.catalog?.changes.map((c) => `${c.action} ${c.objectType} ${c.name}`)).toContain('added table public.notes');
  });
});

describe('the CLI reads platform settings from --base', () => {
  it("does not use the extensions and preamble the change's own config adds, and says so", async () => {
    const review = await reviewLocal({ repo, base: 'main', head: 'pr', sandbox: testSandbox() });
    expect(review.problems).toEqual([]);
    expect(review.outcome).toBe('reviewed');
    expect(review.config?.postgres).toMatchObject({ extensions: [], preamble: null });
    expect(Object.keys(review.catalog?.after.tables ?? {}).sort()).toEqual(['public.accounts', 'public.notes']);
    expect(review.notes).toContain(
      ".github/dba.yml at pr changes postgres.extensions and postgres.preamble: the review used main's, since the platform's setup runs with superuser rights. The change takes effect once merged.",
    );
  });

  it("uses the base's extensions even when the change's config drops them", async () => {
    const review = await reviewLocal({ repo, base: 'platform', head: 'pr2', sandbox: testSandbox() });
    expect(review.outcome).toBe('could-not-run');
    expect(review.problems.join('\n')).toContain('no_such_extension');
    expect(review.notes).toContain(
      ".github/dba.yml at pr2 changes postgres.extensions: the review used platform's, since the platform's setup runs with superuser rights. The change takes effect once merged.",
    );
  });
});
