import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGitRepo, git } from '../src/cli/gitRepo.js';
import { reviewLocal } from '../src/cli/localReview.js';
import { EXIT } from '../src/cli/program.js';
import { CHECK_TEXT_LIMIT } from '../src/render/checkRun.js';
import { COMMENT_LIMIT, STICKY_ROOM } from '../src/render/comment.js';
import { formatted, publishable } from '../src/render/publishable.js';
import { cli } from './support/cli.js';
import { SECTIONS } from './support/hostileNames.js';
import { testSandbox } from './support/postgres.js';
import { sarifErrors } from './support/sarif.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-cli-formats-'));
  process.env.SANDBOX_URL = process.env.PG_DBA_REVIEW_TEST_URL;
});
afterAll(async () => {
  delete process.env.SANDBOX_URL;
  await rm(tmp, { recursive: true, force: true });
});

/** The findings table's rows, and the count its last line says were left out. */
function findingRows(markdown: string): { rows: number; more: number } {
  const more = /^… and (\d+) more \(the check run's annotations list them all\)$/m.exec(markdown)?.[1];
  return { rows: markdown.split('\n').filter((l) => l.startsWith('| ⚠️ warning |')).length, more: Number(more ?? 0) };
}

describe('pg-dba-review review: the comment the app posts, and the rest', () => {
  it('prints a change of 400 problem tables as the fitted comment, every section and the full count in it; --full prints it all', async () => {
    const repo = join(tmp, 'wide');
    // 400 tables without a primary key, each with three json columns: 4 warnings a table.
    const tables = Array.from({ length: 400 }, (_, i) => `CREATE TABLE t${i} (a json, b json, c json);`).join('\n');
    await buildGitRepo(repo, [
      { branch: 'main', message: 'base', files: { 'db/migrations/001.sql': 'CREATE TABLE base (id bigint PRIMARY KEY);\n' } },
      { branch: 'wide', message: 'Wide tables', files: { 'db/migrations/002_wide.sql': `${tables}\n` } },
    ]);
    const args = ['review', '--repo', repo, '--base', 'main', '--head', 'wide'];

    const fitted = await cli(args);
    expect(fitted.code).toBe(EXIT.ok);
    expect(fitted.stdout.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (const s of SECTIONS) expect(fitted.stdout).toContain(`\n${s}\n`);
    expect(fitted.stdout).toContain('**⚠️ 1,600 warnings in 1 migration**');
    const shown = findingRows(fitted.stdout);
    expect(shown.rows).toBeGreaterThan(0);
    expect(shown.rows + shown.more).toBe(1600);
    expect(shown.more).toBeGreaterThan(0);

    const full = await cli([...args, '--full']);
    expect(full.code).toBe(EXIT.ok);
    expect(full.stdout.length).toBeGreaterThan(4 * COMMENT_LIMIT);
    expect(findingRows(full.stdout)).toEqual({ rows: 1600, more: 0 });
    for (const s of SECTIONS) expect(full.stdout).toContain(`\n${s}\n`);
  }, 300_000);

  it('prints annotations for GitHub Actions, links files on a GitHub Enterprise Server, and renders the comment as the app does', async () => {
    const repo = join(tmp, 'tidy');
    await buildGitRepo(repo, [
      {
        branch: 'main',
        message: 'base',
        files: {
          'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
          'db/migrations/002_old.sql': 'CREATE TABLE old (id bigint PRIMARY KEY);\n',
        },
      },
      {
        branch: 'tidy',
        message: 'Orders',
        files: {
          'db/migrations/002_old.sql': null,
          'db/migrations/003_orders.sql': 'CREATE TABLE orders (\n  id bigint PRIMARY KEY,\n  user_id bigint REFERENCES users (id),\n  note json\n);\n',
        },
      },
    ]);
    const args = ['review', '--repo', repo, '--base', 'main', '--head', 'tidy'];
    const annotations = await cli([...args, '--format', 'github']);
    expect(annotations.code).toBe(EXIT.findings);
    const lines = annotations.stdout.trimEnd().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        // The deleted migration has no file at the head: an annotation without a place.
        '::error title=migration-deleted::Deletes db/migrations/002_old.sql, which production has already applied: new environments built from this history will lack it, and its schema is no longer described by any migration.',
        '::warning file=db/migrations/003_orders.sql,line=1,endLine=5,col=1,title=prefer-jsonb::note is json: it has no equality operator and cannot be indexed with GIN. Use jsonb.',
        '::notice file=db/migrations/003_orders.sql,line=3,endLine=3,col=3,title=foreign-key-without-on-delete::Foreign key user_id -> public.users without ON DELETE: deleting a parent row fails while children exist. Decide, and write ON DELETE CASCADE, SET NULL or RESTRICT.',
        expect.stringMatching(
          /^::warning file=db\/migrations\/003_orders\.sql,line=1,endLine=5,col=1,title=foreign-key-without-index::Foreign key public\.orders\(user_id\)/,
        ),
      ]),
    );
    expect(lines.every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);

    const head = await git(repo, ['rev-parse', 'tidy']);
    const linked = await cli([...args, '--server-url', 'https://ghe.example.com/', '--repository', 'acme/shop']);
    expect(linked.stdout).toContain(`[\`db/migrations/003_orders.sql:3\`](https://ghe.example.com/acme/shop/blob/${head}/db/migrations/003_orders.sql#L3)`);
    expect(linked.stdout).not.toContain('https://github.com/acme');
    expect((await cli(args)).stdout).not.toContain('/blob/');
    const sarif = JSON.parse((await cli([...args, '--format', 'sarif', '--server-url', 'https://ghe.example.com', '--repository', 'acme/shop'])).stdout);
    expect(await sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].versionControlProvenance).toEqual([{ repositoryUri: 'https://ghe.example.com/acme/shop', revisionId: head }]);

    // A repository alone is on github.com; a server alone names no repository.
    expect((await cli([...args, '--repository', 'acme/shop'])).stdout).toContain(
      `](https://github.com/acme/shop/blob/${head}/db/migrations/003_orders.sql#L3)`,
    );
    const alone = await cli([...args, '--server-url', 'https://ghe.example.com']);
    expect(alone).toMatchObject({ code: EXIT.couldNotRun, stdout: '' });
    expect(alone.stderr).toMatch(/^pg-dba-review: --server-url needs --repository/);
    expect((await cli([...args, '--server-url', 'ghe', '--repository', 'acme/shop'])).stderr).toContain('--server-url must be the server');
    expect((await cli([...args, '--server-url', 'https://ghe.example.com', '--repository', 'shop'])).stderr).toContain('--repository must be owner/name');

    // The CLI's Markdown and the app's comment are one rendering of a review.
    const review = await reviewLocal({ repo, base: 'main', head: 'tidy', sandbox: testSandbox() });
    // (reviewPullRequest gives the app's comment STICKY_ROOM.)
    expect(formatted({ review, format: 'markdown', version: 'test' })).toBe(
      publishable({ review, commentRoom: STICKY_ROOM, checkRoom: CHECK_TEXT_LIMIT }).markdown,
    );
  }, 300_000);
});

describe('pg-dba-review lint formats', () => {
  const ACCOUNTS = 'CREATE TABLE accounts (id bigint PRIMARY KEY, created_at timestamp);\n';
  const ORDERS = '\n-- totals\nCREATE INDEX orders_total\n  ON orders (total);\n';
  const INDEX_MESSAGE =
    'CREATE INDEX without CONCURRENTLY on public.orders, which already exists: it takes a SHARE lock and blocks writes until the index is built. Use CREATE INDEX CONCURRENTLY in a migration of its own.';

  async function inFolder<T>(work: () => Promise<T>): Promise<T> {
    const dir = join(tmp, 'lint');
    await mkdir(join(dir, 'db/migrations'), { recursive: true });
    await writeFile(join(dir, 'db/migrations/001_accounts.sql'), ACCOUNTS);
    await writeFile(join(dir, 'db/migrations/003_orders.sql'), ORDERS);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      return await work();
    } finally {
      process.chdir(cwd);
    }
  }

  it('prints text, JSON, SARIF and GitHub annotations of the same findings', () =>
    inFolder(async () => {
      const text = await cli(['lint', 'db/migrations']);
      expect(text.code).toBe(EXIT.findings);
      expect(text.stdout).toBe(
        [
          'db/migrations/001_accounts.sql:1:1 warning prefer-timestamptz created_at is timestamp without time zone: use timestamptz so it records an instant, not a wall-clock reading.',
          `db/migrations/003_orders.sql:3:1 error create-index-non-concurrently ${INDEX_MESSAGE}`,
          '',
        ].join('\n'),
      );
      expect(await cli(['lint', '--format', 'text', 'db/migrations'])).toEqual(text);

      const json = await cli(['lint', '--format', 'json', 'db/migrations']);
      expect(json.code).toBe(EXIT.findings);
      const doc = JSON.parse(json.stdout);
      expect(doc).toMatchObject({ schemaVersion: 1, files: 2 });
      expect(doc.findings.map((f: { ruleId: string; file: string; line: number; endLine: number }) => [f.ruleId, f.file, f.line, f.endLine])).toEqual([
        ['prefer-timestamptz', 'db/migrations/001_accounts.sql', 1, 1],
        ['create-index-non-concurrently', 'db/migrations/003_orders.sql', 3, 4],
      ]);

      const sarif = await cli(['lint', '--format', 'sarif', 'db/migrations']);
      expect(sarif.code).toBe(EXIT.findings);
      const log = JSON.parse(sarif.stdout);
      expect(await sarifErrors(log)).toEqual([]);
      expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['create-index-non-concurrently', 'prefer-timestamptz']);
      expect(log.runs[0].results).toEqual([
        expect.objectContaining({
          ruleId: 'prefer-timestamptz',
          level: 'warning',
          locations: [
            { physicalLocation: { artifactLocation: { uri: 'db/migrations/001_accounts.sql' }, region: { startLine: 1, startColumn: 1, endLine: 1 } } },
          ],
        }),
        expect.objectContaining({
          ruleId: 'create-index-non-concurrently',
          level: 'error',
          message: { text: INDEX_MESSAGE },
          locations: [
            { physicalLocation: { artifactLocation: { uri: 'db/migrations/003_orders.sql' }, region: { startLine: 3, startColumn: 1, endLine: 4 } } },
          ],
        }),
      ]);

      // A GitHub Enterprise Server that cannot reach github.com links the rule pages of its own mirror.
      process.env.PG_DBA_REVIEW_DOCS_URL = 'https://ghe.example.com/mirror/pg-dba-review/blob/main/docs/rules';
      try {
        const mirrored = JSON.parse((await cli(['lint', '--format', 'sarif', 'db/migrations'])).stdout);
        expect(mirrored.runs[0].tool.driver.rules.map((r: { helpUri: string }) => r.helpUri)).toEqual([
          'https://ghe.example.com/mirror/pg-dba-review/blob/main/docs/rules/create-index-non-concurrently.md',
          'https://ghe.example.com/mirror/pg-dba-review/blob/main/docs/rules/prefer-timestamptz.md',
        ]);
      } finally {
        delete process.env.PG_DBA_REVIEW_DOCS_URL;
      }
      expect(log.runs[0].tool.driver.rules[0].helpUri).toBe(
        'https://github.com/pg-dba-review/pg-dba-review/blob/main/docs/rules/create-index-non-concurrently.md',
      );

      const github = await cli(['lint', '--format', 'github', 'db/migrations']);
      expect(github.code).toBe(EXIT.findings);
      expect(github.stdout).toBe(
        [
          '::warning file=db/migrations/001_accounts.sql,line=1,endLine=1,col=1,title=prefer-timestamptz::created_at is timestamp without time zone: use timestamptz so it records an instant, not a wall-clock reading.',
          `::error file=db/migrations/003_orders.sql,line=3,endLine=4,col=1,title=create-index-non-concurrently::${INDEX_MESSAGE}`,
          '',
        ].join('\n'),
      );
    }));

  it('lints standard input for -, named by --stdin-filename (stdin.sql by default), its framework told from that name and its text', () =>
    inFolder(async () => {
      const piped = await cli(['lint', '-'], ORDERS);
      expect(piped).toEqual({ code: EXIT.findings, stdout: `stdin.sql:3:1 error create-index-non-concurrently ${INDEX_MESSAGE}\n`, stderr: '' });
      // Beside files, in the same run.
      const both = await cli(['lint', '--stdin-filename', 'db/migrations/009_more.sql', 'db/migrations/001_accounts.sql', '-'], ORDERS);
      expect(both.stdout.split('\n').map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
        'db/migrations/001_accounts.sql:1:1 warning prefer-timestamptz',
        'db/migrations/009_more.sql:3:1 error create-index-non-concurrently',
        '',
      ]);
      // A goose migration, as an editor would pipe the buffer of db/migrations/00002_email.sql.
      const goose = await cli(
        ['lint', '--format', 'github', '--stdin-filename', 'db/migrations/00002_email.sql', '-'],
        '-- +goose Up\nCREATE INDEX CONCURRENTLY accounts_email ON accounts (email);\n',
      );
      expect(goose.code).toBe(EXIT.findings);
      expect(goose.stdout).toMatch(
        /^::error file=db\/migrations\/00002_email\.sql,line=2,endLine=2,col=1,title=transaction-incompatible::CREATE INDEX CONCURRENTLY cannot run inside a transaction block, and goose runs this migration inside a transaction/m,
      );
      const none = await cli(['lint', '-']);
      expect(none.code).toBe(EXIT.couldNotRun);
      expect(none.stderr).toContain('- names standard input, and there is none to read here');
    }));

  it("keeps a SARIF result's fingerprint when its statement moves, and gives another statement another", () =>
    inFolder(async () => {
      const sarifOf = async (sql: string) => {
        const { stdout } = await cli(['lint', '--format', 'sarif', '--stdin-filename', 'db/migrations/003_orders.sql', '-'], sql);
        const results = JSON.parse(stdout).runs[0].results as {
          ruleId: string;
          message: { text: string };
          partialFingerprints: Record<string, string>;
          locations: unknown[];
        }[];
        return results.map((r) => ({
          line: (r.locations[0] as { physicalLocation: { region: { startLine: number } } }).physicalLocation.region.startLine,
          about: r.message.text.slice(0, 60),
          fingerprint: Object.values(r.partialFingerprints)[0] as string,
        }));
      };
      const before = await sarifOf('CREATE INDEX orders_total ON orders (total);\n');
      const after = await sarifOf('CREATE INDEX orders_customer\n  ON orders (customer_id);\n\n\nCREATE INDEX orders_total   ON orders\n  (total);\n');
      expect(before.map((r) => r.line)).toEqual([1]);
      expect(after.map((r) => r.line)).toEqual([1, 5]);
      expect(before[0]?.fingerprint).toMatch(/^[\w-]{10}:1$/);
      // Moved four lines down and rewrapped: the same statement, the same alert.
      expect(after[1]?.fingerprint).toBe(before[0]?.fingerprint);
      expect(after[0]?.fingerprint).not.toBe(before[0]?.fingerprint);
      expect(after[0]?.about).toBe(after[1]?.about);
    }));
});
