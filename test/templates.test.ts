import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toStatementError } from '../src/apply/errors.js';
import { resolveConfigText } from '../src/config/resolve.js';
import { flywaySettings } from '../src/discover/flywayConfig.js';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { parseMigration, type ParsedFile } from '../src/parse/statements.js';
import { NO_TEMPLATES, type TemplateSettings } from '../src/parse/templates.js';
import { RULE_NAMES } from '../src/rules/index.js';
import { MemorySource } from '../src/source/memory.js';
import { freshDatabase } from './support/postgres.js';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`./fixtures/templates/${path}`, import.meta.url)), 'utf8');
const withValues = (variables: Record<string, string>): TemplateSettings => ({ ...NO_TEMPLATES, variables });

function ok(parsed: ParsedFile) {
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed;
}

/** Real templated migrations (test/fixtures/templates/SOURCE.md), each with the value it needs. */
const CASES: {
  syntax: string;
  file: string;
  flyway: boolean;
  variables: Record<string, string>;
  rendered: string;
  at: object;
  missing: string;
  missingAt: object;
}[] = [
  {
    syntax: 'Go template',
    file: 'supabase-auth/20211122151130_create_user_id_idx.up.sql',
    flyway: false,
    variables: { Namespace: 'auth' },
    rendered: 'CREATE INDEX IF NOT EXISTS identities_user_id_idx ON "auth".identities using btree (user_id)',
    // The statement, from its first character to its last, in the file as written.
    at: { start: { line: 3, column: 1 }, end: { line: 3, column: 121 } },
    missing:
      'the Go template placeholder `{{ index .Options "Namespace" }}` has no value: give it in .github/dba.yml as `migrations: { variables: { Namespace: <value> } }`',
    missingAt: { line: 3, column: 55 },
  },
  {
    syntax: 'Go template in a $$ body',
    file: 'supabase-auth/20240214120130_add_is_anonymous_column.up.sql',
    flyway: false,
    variables: { Namespace: 'auth' },
    rendered: 'do $$\nbegin\n   alter table auth.users \n',
    at: { start: { line: 1, column: 1 }, end: { line: 8, column: 3 } },
    missing: 'the Go template placeholder `{{ index .Options "Namespace" }}` has no value',
    missingAt: { line: 3, column: 16 },
  },
  {
    syntax: 'Flyway placeholder',
    file: 'hedera-mirror-node/V2.0.4__materialized_view_ownership.sql',
    flyway: true,
    variables: { 'db-schema': 'mirror' },
    rendered: 'grant create on schema mirror to readwrite',
    at: { start: { line: 2, column: 1 }, end: { line: 2, column: 49 } },
    missing: 'the Flyway placeholder `${db-schema}` has no value: give it in .github/dba.yml as `migrations: { variables: { db-schema: <value> } }`',
    missingAt: { line: 2, column: 24 },
  },
  {
    syntax: 'psql variable',
    file: 'psql/000008.sql',
    flyway: false,
    variables: { GRAPHILE_WORKER_SCHEMA: 'graphile_worker' },
    rendered: 'create table graphile_worker.known_crontabs (',
    at: { start: { line: 1, column: 1 }, end: { line: 5, column: 2 } },
    missing: 'the psql variable `:GRAPHILE_WORKER_SCHEMA` has no value',
    missingAt: { line: 1, column: 14 },
  },
];

describe('templated migrations', () => {
  it.each(CASES)('$syntax: rendered with its value, the statements keep their places in the file as written', async (c) => {
    const parsed = ok(await parseMigration(c.file, fixture(c.file), { settings: withValues(c.variables), flyway: c.flyway }));
    const first = parsed.statements[0];
    expect(first?.sql.startsWith(c.rendered)).toBe(true);
    expect({ start: first?.start, end: first?.end }).toEqual(c.at);
    // What the rules read (fixes, suppressions) is the file as written.
    expect(parsed.source.original).toBe(fixture(c.file));
  });

  it.each(CASES)('$syntax: without a value, the failure names the placeholder, its place and the setting', async (c) => {
    const parsed = await parseMigration(c.file, fixture(c.file), { settings: NO_TEMPLATES, flyway: c.flyway });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toContain(c.missing);
    expect(parsed.error.message).not.toContain('syntax error');
    expect(parsed.error.position).toEqual(c.missingAt);
  });

  it('River comment placeholders: rendered as River does with a schema, left as comments without one', async () => {
    const file = 'river/003_river_job_tags_non_null.up.sql';
    const rendered = ok(await parseMigration(file, fixture(file), { settings: withValues({ schema: 'river' }), flyway: false }));
    expect(rendered.statements.map((s) => [s.sql, s.start.line, s.start.column, s.end.line, s.end.column])).toEqual([
      ["ALTER TABLE river.river_job ALTER COLUMN tags SET DEFAULT '{}'", 1, 1, 1, 79],
      ["UPDATE river.river_job SET tags = '{}' WHERE tags IS NULL", 2, 1, 2, 74],
      ['ALTER TABLE river.river_job ALTER COLUMN tags SET NOT NULL', 3, 1, 3, 75],
    ]);
    const plain = ok(await parseMigration(file, fixture(file), { settings: NO_TEMPLATES, flyway: false }));
    expect(plain.statements[2]?.sql).toBe('ALTER TABLE /* TEMPLATE: schema */river_job ALTER COLUMN tags SET NOT NULL');
  });

  it('leaves SQL alone where the same characters are not placeholders', async () => {
    const sql = "SELECT a[1:n], x::int, '{{ .Name }}', ':foo ${bar}' FROM t; -- :baz {{ .Q }}\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;";
    const parsed = ok(await parseMigration('plain.sql', sql, { settings: NO_TEMPLATES, flyway: false }));
    expect(parsed.statements.map((s) => s.sql)).toEqual([
      "SELECT a[1:n], x::int, '{{ .Name }}', ':foo ${bar}' FROM t",
      'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql',
    ]);
    expect(parsed.source.text).toBe(sql);
  });

  it('names a Go template construct it cannot render, and its line', async () => {
    const sql = 'CREATE TABLE t (id int);\n{{ if eq .Dialect "postgres" }}\nCREATE INDEX ON {{ .Schema }}.t (id);\n{{ end }}\n';
    const parsed = await parseMigration('m.sql', sql, { settings: withValues({ Schema: 's' }), flyway: false });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toContain(
      'the Go template actions `{{ if eq .Dialect "postgres" }}` (2:1), `{{ end }}` (4:1) cannot be rendered by this review',
    );
    expect(parsed.error.position).toEqual({ line: 2, column: 1 });
  });

  it('renders Flyway built-ins and reads placeholders, prefix and suffix from flyway.conf and flyway.toml', async () => {
    const conf = new MemorySource({
      'flyway.conf': 'flyway.placeholders.db-schema=mirror\nflyway.placeholderPrefix=#[\nflyway.placeholderSuffix=]\nflyway.schemas=app,other\n',
    });
    const fly = await flywaySettings(conf, conf.tree.files);
    expect(fly).toEqual({ placeholders: { 'db-schema': 'mirror' }, prefix: '#[', suffix: ']', replace: true, defaultSchema: 'app' });
    const sql = 'GRANT USAGE ON SCHEMA #[db-schema] TO PUBLIC;\nCREATE TABLE #[flyway:defaultSchema].t (id int);';
    const parsed = ok(await parseMigration('V1__x.sql', sql, { settings: { variables: {}, flyway: fly }, flyway: true }));
    expect(parsed.statements.map((s) => [s.sql, s.end.column])).toEqual([
      ['GRANT USAGE ON SCHEMA mirror TO PUBLIC', 45],
      ['CREATE TABLE app.t (id int)', 48],
    ]);
    const toml = new MemorySource({ 'db/flyway.toml': '[flyway]\nlocations = ["filesystem:sql"]\n[flyway.placeholders]\nowner = "app_owner"\n' });
    expect((await flywaySettings(toml, toml.tree.files)).placeholders).toEqual({ owner: 'app_owner' });
  });

  it('validates migrations.variables and reads numbers as text', () => {
    expect(resolveConfigText('migrations:\n  variables:\n    Namespace: auth\n    shards: 16\n', RULE_NAMES)).toMatchObject({
      ok: true,
      config: { migrations: { variables: { Namespace: 'auth', shards: '16' } } },
    });
    expect(resolveConfigText('migrations:\n  variables:\n    Namespace: [a]\n', RULE_NAMES)).toMatchObject({
      ok: false,
      errors: ['migrations.variables.Namespace: must be string,number,boolean'],
    });
  });
});

describe("PostgreSQL's error positions in templated files", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => db.close());

  // Values longer and shorter than their placeholders; the error is after them on the same line.
  const ERRORS: { syntax: string; sql: string; variables: Record<string, string>; flyway: boolean; column: number }[] = [
    {
      syntax: 'Go, longer value',
      sql: 'SELECT 1;\nSELECT relname FROM {{ .T }} WHERE nosuchcol = 1;',
      variables: { T: 'pg_catalog.pg_class' },
      flyway: false,
      column: 36,
    },
    {
      syntax: 'Go, shorter value',
      sql: 'SELECT 1;\nSELECT relname FROM {{ index .Options "Table" }} WHERE nosuchcol = 1;',
      variables: { Table: 'pg_class' },
      flyway: false,
      column: 56,
    },
    {
      syntax: 'Flyway',
      sql: 'SELECT 1;\nSELECT relname FROM ${flyway:defaultSchema}.pg_class WHERE nosuchcol = 1;',
      variables: { 'flyway:defaultSchema': 'pg_catalog' },
      flyway: true,
      column: 60,
    },
    {
      syntax: 'psql',
      sql: "SELECT 1;\nSELECT :'label', relname FROM :tbl WHERE nosuchcol = 1;",
      variables: { tbl: 'pg_class', label: "it's" },
      flyway: false,
      column: 42,
    },
  ];
  it.each(ERRORS)('$syntax: the error is at its column in the file as written', async (c) => {
    const parsed = ok(await parseMigration('m.sql', c.sql, { settings: withValues(c.variables), flyway: c.flyway }));
    const stmt = parsed.statements[1];
    if (!stmt) throw new Error('no second statement');
    const err = await db.client.query(stmt.sql).then(
      () => null,
      (e: unknown) => e,
    );
    const error = toStatementError(err, parsed.source, stmt.offset);
    expect(error.message).toBe('column "nosuchcol" does not exist');
    expect(error.position).toEqual({ line: 2, column: c.column });
    expect(
      c.sql
        .split('\n')[1]
        ?.slice(c.column - 1)
        .startsWith('nosuchcol'),
    ).toBe(true);
  });
});

describe('pg-dba-review review on a templated history (supabase/auth)', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'dba-templates-'));
  });
  afterAll(async () => rm(tmp, { recursive: true, force: true }));

  const BIN = fileURLToPath(new URL('../dist/bin/main.js', import.meta.url));
  const review = (repo: string, head: string) =>
    new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        [BIN, 'review', '--repo', repo, '--base', 'main', '--head', head],
        { env: { ...process.env, SANDBOX_URL: process.env.PG_DBA_REVIEW_TEST_URL }, maxBuffer: 16 * 1024 * 1024 },
        (err, stdout) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout }),
      );
    });

  it('renders the history with migrations.variables, and without it names the setting', async () => {
    const repo = join(tmp, 'auth');
    const migration = (name: string) => ({ [`migrations/${name}`]: fixture(`supabase-auth/${name}`) });
    // supabase/auth's init_postgres.sh creates the schema before the migrations run: here, the preamble.
    const preamble = { 'init/auth_schema.sql': 'CREATE SCHEMA IF NOT EXISTS auth;\n' };
    await buildGitRepo(repo, [
      // The preamble is a platform setting: read from the base branch.
      {
        branch: 'main',
        message: 'base',
        files: {
          '.github/dba.yml': 'postgres:\n  preamble: init/auth_schema.sql\n',
          ...preamble,
          ...migration('00_init_auth_schema.up.sql'),
          ...migration('20210909172000_create_identities_table.up.sql'),
        },
      },
      {
        branch: 'with-values',
        message: 'Index identities by user',
        files: {
          '.github/dba.yml': 'postgres:\n  preamble: init/auth_schema.sql\nmigrations:\n  variables:\n    Namespace: auth\n',
          ...migration('20211122151130_create_user_id_idx.up.sql'),
        },
      },
      {
        branch: 'new-placeholder',
        message: 'Add nick',
        files: {
          'migrations/20240101000000_add_nick.up.sql': '-- a placeholder the config does not give\nALTER TABLE {{ .Schema }}.users ADD COLUMN nick text;\n',
        },
      },
      { branch: 'without', from: 'main', message: 'Index identities by user', files: migration('20211122151130_create_user_id_idx.up.sql') },
    ]);

    const rendered = await review(repo, 'with-values');
    expect(rendered.stdout).not.toContain('syntax error');
    // The finding on the statement after the placeholder's line points at that line of the file as written.
    expect(rendered.stdout).toContain(
      '| `create-index-non-concurrently` | `migrations/20211122151130_create_user_id_idx.up.sql:3` | CREATE INDEX without CONCURRENTLY on auth.identities',
    );
    expect(rendered.code).toBe(1);

    // A change's own placeholder without a value: a finding at its line, naming the setting.
    const added = await review(repo, 'new-placeholder');
    expect(added.code).toBe(1);
    expect(added.stdout).toContain(
      // Messages are plain text in the comment: their backticks and < are escaped.
      '| `syntax-error` | `migrations/20240101000000_add_nick.up.sql:2` | The file does not parse as PostgreSQL SQL: the Go template placeholder \\`{{ .Schema }}\\` has no value: give it in .github/dba.yml as \\`migrations: { variables: { Schema: \\<value> } }\\`.',
    );

    const unset = await review(repo, 'without');
    expect(unset.stdout).not.toContain('syntax error at or near "{"');
    expect(unset.code).toBe(2);
    expect(unset.stdout).toContain(
      'The base branch\'s migrations did not replay: migrations/00_init_auth_schema.up.sql:3:28: the Go template placeholder `{{ index .Options "Namespace" }}` has no value: give it in .github/dba.yml as `migrations: { variables: { Namespace: <value> } }`.',
    );
  });
});
