import { SECTIONS } from './support/hostileNames.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildDemoRepo } from '../src/cli/demo.js';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { expandPaths } from '../src/cli/lint.js';
import { reviewLocal } from '../src/cli/localReview.js';
import { EXIT } from '../src/cli/program.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { cli } from './support/cli.js';
import { testSandbox } from './support/postgres.js';
import { sarifErrors } from './support/sarif.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-cli-test-'));
  process.env.SANDBOX_URL = process.env.PG_DBA_REVIEW_TEST_URL;
});
afterAll(async () => {
  delete process.env.SANDBOX_URL;
  await rm(tmp, { recursive: true, force: true });
});

const BIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

/** The built executable, as a user runs it (npm test builds it first). */
function bin(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, cwd, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}

describe('the CLI on a local checkout', () => {
  it('npm run demo: the built executable reviews the bundled example with its own embedded PostgreSQL', async () => {
    const { code, stdout } = await bin(['demo'], { SANDBOX_URL: '' });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^## PostgreSQL DBA Review: group_invites\n/);
    for (const column of ['id', 'group_id', 'user_email', 'status', 'created_at']) expect(stdout).toContain(`column \`${column}\``);
    expect(stdout).toContain('### Questions or Flags');
  });

  it('reviews the bundled example: the seed sections, group_invites and its columns', async () => {
    const repo = join(tmp, 'demo');
    const refs = await buildDemoRepo(repo);
    const review = await reviewLocal({ repo, ...refs, sandbox: testSandbox() });
    expect(review.outcome).toBe('reviewed');
    expect(review.subject.title).toBe('Add group invites');
    const md = renderMarkdown(review);
    expect(md).toMatch(/^## PostgreSQL DBA Review: group_invites\n/);
    for (const s of SECTIONS) expect(md).toContain(`${s}\n`);
    expect(md).toContain('timestamp without time zone DEFAULT now()');
    expect(md).toContain('`group_invites.status` has terminal states (`expired`)');
    expect(md).toContain('Columns that look like personal data: `group_invites.user_email`');

    const doc = JSON.parse(renderJson(review));
    expect(doc).toMatchObject({ schemaVersion: 1, outcome: 'reviewed', conclusion: 'neutral', postgres: { major: 18 } });
    // The seed's DBA would raise these.
    expect(review.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['foreign-key-without-index', 'prefer-timestamptz', 'personal-data-column']));
    expect(doc.traces).toEqual([
      expect.objectContaining({ file: 'db/migrations/002_create_group_invites.sql', line: 2, status: 'applied', kind: 'CreateStmt', error: null }),
    ]);
    expect(doc.catalogDiff[0]).toEqual({ objectType: 'table', action: 'added', name: 'public.group_invites', details: [] });
  });

  it('flags an edited applied migration and a statement its framework cannot run in a transaction', async () => {
    const repo = join(tmp, 'history');
    await buildGitRepo(repo, [
      {
        branch: 'main',
        message: 'base',
        files: { 'db/migrations/00001_users.sql': '-- +goose Up\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\n' },
      },
      {
        branch: 'feature',
        message: 'Index emails',
        files: {
          'db/migrations/00001_users.sql': '-- +goose Up\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n',
          'db/migrations/00002_email_index.sql':
            '-- +goose Up\n-- dba-ignore: missing-down-migration the email lookups ship in the same release\nSELECT 1;\n\nCREATE INDEX CONCURRENTLY users_email_idx\n  ON users (email);\n',
        },
      },
    ]);
    const review = await reviewLocal({ repo, base: 'main', head: 'feature', sandbox: testSandbox() });
    expect(review.histories).toEqual(['goose in db/migrations']);
    const relevant = review.findings.filter((f) => f.ruleId.startsWith('migration-') || f.ruleId === 'transaction-incompatible');
    expect(relevant.map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort()).toEqual([
      'migration-edited db/migrations/00001_users.sql:1',
      'transaction-incompatible db/migrations/00002_email_index.sql:5',
    ]);
    expect(relevant.find((f) => f.ruleId === 'transaction-incompatible')?.message).toContain('Opt out with `-- +goose NO TRANSACTION` at the top of the file.');
    // The edit is not re-applied (production never runs it); the new migration is, index included.
    expect(review.files.map((f) => [f.path, f.status])).toEqual([['db/migrations/00002_email_index.sql', 'applied']]);
    expect(review.catalog?.changes.map((c) => `${c.action} ${c.objectType} ${c.name}`)).toEqual(['added index public.users index users_email_idx']);
    const md = renderMarkdown(review);
    expect(md).toContain('Migrations: goose in db/migrations.');
    expect(md).toContain('finding suppressed with <code>-- dba-ignore</code>');
    expect(review.suppressed).toEqual([
      expect.objectContaining({ reason: 'the email lookups ship in the same release', finding: expect.objectContaining({ ruleId: 'missing-down-migration' }) }),
    ]);
    expect((await cli(['review', '--repo', repo, '--base', 'main', '--head', 'feature'])).code).toBe(EXIT.findings);
  });

  it('exits 1 on a failing migration and 2 when it cannot run, 0 when clean', async () => {
    const repo = join(tmp, 'exits');
    await buildGitRepo(repo, [
      { branch: 'main', message: 'base', files: { 'db/migrations/001.sql': 'CREATE TABLE t (id int);' } },
      { branch: 'ok', message: 'Add u', files: { 'db/migrations/002.sql': 'CREATE TABLE u (id bigint PRIMARY KEY);' } },
      { branch: 'broken', from: 'main', message: 'Break', files: { 'db/migrations/002.sql': 'ALTER TABLE nope ADD COLUMN x int;' } },
      { branch: 'badconfig', from: 'main', message: 'Config', files: { '.github/dba.yml': 'postgres: {version: 3}', 'db/migrations/002.sql': 'SELECT 1;' } },
    ]);
    const sarif = JSON.parse((await cli(['review', '--repo', repo, '--base', 'main', '--head', 'broken', '--format', 'sarif'])).stdout);
    expect(await sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toEqual([
      expect.objectContaining({
        ruleId: 'migration-failed',
        level: 'error',
        locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: { uri: 'db/migrations/002.sql' } }) })],
      }),
    ]);
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toMatch(/docs\/rules\/migration-failed\.md$/);
    const ok = await cli(['review', '--repo', repo, '--base', 'main', '--head', 'ok', '--format', 'json']);
    expect(ok.code).toBe(EXIT.ok);
    expect(JSON.parse(ok.stdout).conclusion).toBe('success');
    const broken = await cli(['review', '--repo', repo, '--base', 'main', '--head', 'broken']);
    expect(broken.code).toBe(EXIT.findings);
    expect((await bin(['review', '--repo', repo, '--base', 'main', '--head', 'broken'])).code).toBe(EXIT.findings);
    expect(broken.stdout).toContain('relation "nope" does not exist');
    expect(broken.stdout).toContain(
      '- Nothing was applied before the failure.\n- `db/migrations/002.sql` was rolled back as a whole (it runs in one transaction).',
    );
    const bad = await cli(['review', '--repo', repo, '--base', 'main', '--head', 'badconfig']);
    expect(bad.code).toBe(EXIT.couldNotRun);
    expect(bad.stdout).toContain('postgres.version: must be >= 10');
    expect((await cli(['review', '--repo', repo, '--base', 'nope'])).stderr).toContain('"nope" is not a commit');
    expect((await cli(['review', '--bogus'])).code).toBe(EXIT.couldNotRun);
    expect((await cli(['--help'])).code).toBe(EXIT.ok);
  });
});

describe('the command line', () => {
  it("refuses an unknown or misspelt flag, a flag of another command and a flag missing its value: the error, the command's help, exit 2", async () => {
    const reviewHelp = (await cli(['review', '--help'])).stdout;
    const misspelt = await cli(['review', '--formt', 'json']);
    expect(misspelt).toEqual({
      code: EXIT.couldNotRun,
      stdout: '',
      stderr: `pg-dba-review: unknown option '--formt'\n(Did you mean --format?)\n\n${reviewHelp}`,
    });
    const missing = await cli(['review', '--format']);
    expect(missing).toEqual({ code: EXIT.couldNotRun, stdout: '', stderr: `pg-dba-review: option '--format <format>' argument missing\n\n${reviewHelp}` });
    const elsewhere = await cli(['lint', '--base', 'main', 'db/migrations']);
    expect(elsewhere.code).toBe(EXIT.couldNotRun);
    expect(elsewhere.stderr).toMatch(/^pg-dba-review: unknown option '--base'\n\nUsage: pg-dba-review lint /);
    const rows = await cli(['explain', 'SELECT 1', '--rows']);
    expect(rows.code).toBe(EXIT.couldNotRun);
    expect(rows.stderr).toMatch(/^pg-dba-review: option '--rows <n>' argument missing\n/);
  });

  it("--help lists each command's flags and defaults, and the overview its commands", async () => {
    const flags: Record<string, string[]> = {
      review: ['--repo <dir>', '--base <ref>', '--head <ref>', '--format <format>', '--full', '--server-url <url>', '--repository <owner/name>'],
      lint: ['--config <file>', '--format <format>', '--stdin-filename <path>', '--no-cache'],
      explain: ['--repo <dir>', '--ref <ref>', '--base <ref>', '--analyze', '--rows <n>'],
      demo: ['--format <format>'],
    };
    for (const [command, names] of Object.entries(flags)) {
      const help = await cli([command, '--help']);
      expect(help.code).toBe(EXIT.ok);
      expect(help.stdout).toMatch(new RegExp(`^Usage: pg-dba-review ${command} `));
      for (const name of [...names, '-h, --help']) expect(help.stdout).toContain(`  ${name}  `);
    }
    expect((await cli(['review', '-h'])).stdout).toMatch(/--base <ref> [^]*\(default:\s+"main"\)[^]*--head <ref> [^]*\(default:\s+"HEAD"\)/);
    const overview = await cli(['--help']);
    expect(overview.code).toBe(EXIT.ok);
    expect(overview.stdout).toMatch(/^pg-dba-review: a PostgreSQL DBA's review of database migrations\n\nUsage:\n {2}pg-dba-review review \[--repo DIR\]/);
    for (const command of Object.keys(flags)) expect(overview.stdout).toMatch(new RegExp(`^${command} +\\S`, 'm'));
  });
});

describe('pg-dba-review explain', () => {
  it('prints the plan on the schema at a ref, with the rows asked for, and exits 0', async () => {
    const repo = join(tmp, 'explain');
    await buildDemoRepo(repo);
    const run = await cli([
      'explain',
      '--repo',
      repo,
      '--ref',
      'add-group-invites',
      '--rows',
      '3000',
      'SELECT count(*) FROM group_invites WHERE user_email = $1',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain('### EXPLAIN at add-group-invites');
    expect(run.stdout).toContain('public.group_invites 3,000 rows');
    expect(run.stdout).toMatch(/Seq Scan on group_invites/);
    expect(run.stdout).toContain('**Index tried in the sandbox**');
  });

  it('says why a query cannot be planned, and exits 2', async () => {
    const repo = join(tmp, 'explain');
    const missing = await cli(['explain', '--repo', repo, '--ref', 'main', 'SELECT * FROM group_invites']);
    expect(missing.code).toBe(EXIT.couldNotRun);
    expect(missing.stdout).toContain('relation "group_invites" does not exist');
    const two = await cli(['explain', '--repo', repo, 'SELECT 1; DROP TABLE groups']);
    expect(two.stdout).toContain('**Not run:** Give exactly one query');
    const usage = await cli(['explain', '--repo', repo, '--rows', 'many', 'SELECT 1']);
    expect(usage.stderr).toContain('--rows must be a whole number');
  });
});

describe('pg-dba-review lint', () => {
  it('prints findings like a compiler and fails on errors, with no database', async () => {
    const dir = join(tmp, 'lint');
    await buildGitRepo(dir, [
      {
        branch: 'main',
        message: 'files',
        files: {
          'db/migrations/001_accounts.sql': 'CREATE TABLE accounts (id serial PRIMARY KEY, email text, created_at timestamp);\n',
          'db/migrations/002_index.sql': '-- +goose Up\nCREATE INDEX CONCURRENTLY accounts_email ON accounts (email);\n',
          'db/migrations/003_orders.sql': 'CREATE INDEX orders_total ON orders (total);\n',
          'notes.txt': 'not SQL',
        },
      },
    ]);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const run = await cli(['lint', 'db/migrations']);
      expect(run.code).toBe(EXIT.findings);
      const lines = run.stdout.trim().split('\n');
      expect(lines).toEqual(
        expect.arrayContaining([
          'db/migrations/001_accounts.sql:1:1 warning prefer-timestamptz created_at is timestamp without time zone: use timestamptz so it records an instant, not a wall-clock reading.',
          expect.stringMatching(
            /^db\/migrations\/002_index\.sql:2:1 error transaction-incompatible CREATE INDEX CONCURRENTLY cannot run inside a transaction block, and goose runs this migration inside a transaction/,
          ),
          // orders is not created by the linted files: an existing table, so the index needs CONCURRENTLY.
          expect.stringMatching(/^db\/migrations\/003_orders\.sql:1:1 error create-index-non-concurrently /),
        ]),
      );
      // Rules that need the sandbox do not run in lint.
      expect(run.stdout).not.toContain('foreign-key-without-index');
      expect((await cli(['lint', 'db/migrations/001_accounts.sql'])).code).toBe(EXIT.ok);
      // A glob, as a shell would leave it quoted.
      const globbed = await cli(['lint', 'db/**/00[23]_*.sql']);
      expect(globbed.stdout).toContain('db/migrations/003_orders.sql:1:1 error create-index-non-concurrently');
      expect(globbed.stdout).not.toContain('001_accounts.sql');
      expect((await cli(['lint', 'nothing/*.sql'])).code).toBe(EXIT.couldNotRun);
      expect((await cli(['lint'])).code).toBe(EXIT.couldNotRun);
      // However a file is named (./, absolute, from outside the working folder), it is linted, and named as given.
      const finding = 'db/migrations/003_orders.sql:1:1 error create-index-non-concurrently';
      expect((await cli(['lint', './db/migrations/003_orders.sql'])).stdout).toContain(finding);
      expect((await cli(['lint', join(dir, 'db/migrations/003_orders.sql')])).stdout).toContain(finding);
      await mkdir(join(dir, 'tools'));
      process.chdir(join(dir, 'tools'));
      const outside = await cli(['lint', '../db/migrations/003_orders.sql', '../db/migrations/002_index.sql']);
      expect(outside.code).toBe(EXIT.findings);
      expect(outside.stdout).toContain(`../${finding}`);
      expect(outside.stdout).toMatch(
        /^\.\.\/db\/migrations\/002_index\.sql:2:1 error transaction-incompatible .* goose runs this migration inside a transaction/m,
      );
    } finally {
      process.chdir(cwd);
    }
  });

  it('expands folders and globs to files, sorted, leaving out node_modules, .git and symbolic links', async () => {
    const dir = join(tmp, 'globs');
    const files = [
      'db/migrations/002_b.sql',
      'db/migrations/001_a.sql',
      'db/.hidden/003.sql',
      'db/notes.txt',
      'db/node_modules/pkg/x.sql',
      'node_modules/pkg/migrations/001.sql',
      '.git/hooks/x.sql',
      'other/o.sql',
    ];
    for (const f of files) {
      await mkdir(join(dir, f, '..'), { recursive: true });
      await writeFile(join(dir, f), 'SELECT 1;\n');
    }
    await symlink('../other/o.sql', join(dir, 'db/link.sql'));
    await symlink('../other', join(dir, 'db/linked'));
    const ours = ['db/.hidden/003.sql', 'db/migrations/001_a.sql', 'db/migrations/002_b.sql'];
    expect(await expandPaths(['db/**/*.sql'], dir)).toEqual(ours);
    expect(await expandPaths(['db'], dir)).toEqual(ours);
    expect(await expandPaths(['**/*.sql'], dir)).toEqual([...ours, 'other/o.sql']);
    expect(await expandPaths(['node_modules/**/*.sql', '.git/**'], dir)).toEqual([]);
    // A glob from the working folder, written absolute; and a file named is taken as it is.
    expect(await expandPaths([join(dir, 'db/migrations/*.sql'), 'node_modules/pkg/migrations/001.sql'], dir)).toEqual([
      'db/migrations/001_a.sql',
      'db/migrations/002_b.sql',
      'node_modules/pkg/migrations/001.sql',
    ]);
  });

  it('prints every finding into a pipe, however long the output', async () => {
    const dir = join(tmp, 'pipe');
    await mkdir(join(dir, 'db'), { recursive: true });
    const tables = Array.from({ length: 600 }, (_, i) => `CREATE TABLE t${i} (id bigint PRIMARY KEY, created_at timestamp);`);
    await writeFile(join(dir, 'db/001_tables.sql'), `${tables.join('\n')}\n`);
    // A reader slower than the program, as `| less` is: exiting before the pipe took it all cut the output at 64 KiB.
    const piped = '"$0" "$1" lint --no-cache db | { sleep 1; cat; }';
    const run = await new Promise<{ stdout: string }>((resolve, reject) =>
      execFile('/bin/sh', ['-c', piped, process.execPath, BIN], { cwd: dir, maxBuffer: 16 * 1024 * 1024 }, (err, stdout) =>
        err ? reject(err) : resolve({ stdout }),
      ),
    );
    expect(run.stdout.length).toBeGreaterThan(65_536);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((l) => / warning prefer-timestamptz created_at is timestamp without time zone/.test(l))).toHaveLength(600);
    expect(lines.at(-1)).toMatch(/^db\/001_tables\.sql:600:1 warning prefer-timestamptz /);
  });

  it('keeps parse trees by content between runs, and lints alike with or without them', async () => {
    const dir = join(tmp, 'cache');
    const cache = join(tmp, 'cache-root');
    await mkdir(join(dir, 'db'), { recursive: true });
    const sql = 'CREATE TABLE accounts (id serial PRIMARY KEY, created_at timestamp);\nCREATE INDEX accounts_created ON accounts (created_at);\n';
    await writeFile(join(dir, 'db/001.sql'), sql);
    const env = { PG_DBA_REVIEW_CACHE: cache };
    const lint = (...args: string[]) => bin(['lint', ...args, 'db'], env, dir);
    const plain = await lint('--no-cache');
    await expect(readdir(cache)).rejects.toThrow(/ENOENT/);
    const first = await lint();
    const [file] = await readdir(join(cache, 'parse'));
    expect(file).toMatch(/^libpg-query-\d+\.\d+\.\d+\.json$/);
    const path = join(cache, 'parse', file as string);
    const stored = JSON.parse(await readFile(path, 'utf8')) as { run: number; entries: Record<string, [number, string]> };
    const key = createHash('sha256').update(sql).digest('base64url');
    expect(stored.run).toBe(1);
    expect(JSON.parse((stored.entries[key] as [number, string])[1])).toMatchObject({ stmts: [{ stmt: { CreateStmt: {} } }, { stmt: { IndexStmt: {} } }] });
    // The repeat finds every tree and so writes nothing.
    const before = (await stat(path)).mtimeMs;
    const repeat = await lint();
    expect((await stat(path)).mtimeMs).toBe(before);
    for (const run of [first, repeat]) expect({ code: run.code, stdout: run.stdout }).toEqual({ code: plain.code, stdout: plain.stdout });
    expect(plain.stdout).toContain('db/001.sql:1:1 warning prefer-timestamptz created_at');
    // A cache cut short by a crash is read as empty and written anew.
    await writeFile(path, '{"run": 3, "entr');
    expect((await lint()).stdout).toBe(plain.stdout);
    expect((JSON.parse(await readFile(path, 'utf8')) as { run: number }).run).toBe(1);
  });
});
