import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { CONFIG_SCHEMA_URL, publishedConfigSchema } from '../src/config/jsonSchema.js';
import { locateIssues } from '../src/config/locate.js';
import { resolveConfig, resolveConfigText } from '../src/config/resolve.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { RULE_NAMES } from '../src/rules/index.js';

describe('config', () => {
  it('uses the defaults when there is no config file', () => {
    expect(resolveConfig(null, RULE_NAMES)).toEqual({ ok: true, config: DEFAULT_CONFIG });
    expect(resolveConfigText(undefined, RULE_NAMES)).toEqual({ ok: true, config: DEFAULT_CONFIG });
  });

  it('applies the keys that are set and keeps defaults for the rest', () => {
    const result = resolveConfigText('migrations:\n  paths: ["sql/*.sql"]\nfail_on: warning\n', RULE_NAMES);
    expect(result).toEqual({
      ok: true,
      config: { ...DEFAULT_CONFIG, migrations: { paths: ['sql/*.sql'], exclude: [], framework: null, variables: {} }, fail_on: 'warning' },
    });
  });

  it('takes the globs of files that are never migrations', () => {
    const result = resolveConfigText('migrations:\n  exclude: ["db/legacy/**", "**/*.seed.sql"]\n', RULE_NAMES);
    expect(result.ok && result.config.migrations).toEqual({ paths: null, exclude: ['db/legacy/**', '**/*.seed.sql'], framework: null, variables: {} });
  });

  it('takes the extensions the platform provides', () => {
    expect(resolveConfigText('postgres:\n  extensions: [postgis, uuid-ossp]\n', RULE_NAMES)).toEqual({
      ok: true,
      config: { ...DEFAULT_CONFIG, postgres: { ...DEFAULT_CONFIG.postgres, extensions: ['postgis', 'uuid-ossp'] } },
    });
  });

  it.each([
    ['an unknown key', 'migration:\n  paths: [x]\n', 'unknown key "migration"'],
    ['a wrong type', 'postgres:\n  version: "eighteen"\n', 'postgres.version: must be integer'],
    ['a bad enum value', 'fail_on: sometimes\n', 'fail_on: must be equal to one of the allowed values (error, warning, never)'],
    ['an empty glob list', 'migrations:\n  paths: []\n', 'migrations.paths: must NOT have fewer than 1 items'],
    ['invalid YAML', 'migrations: [\n', 'is not valid YAML'],
    ['a negative row count', 'data:\n  tables:\n    orders: -1\n', 'data.tables.orders: must be >= 0'],
    ['a query with neither sql nor files', 'queries:\n  - name: lonely\n', 'queries.0: give either name and sql'],
    ['a query with both', 'queries:\n  - { name: a, sql: SELECT 1, files: "*.sql" }\n', 'queries.0: give either name and sql'],
    ['a query name used twice', 'queries:\n  - { name: a, sql: SELECT 1 }\n  - { name: a, sql: SELECT 2 }\n', 'queries.1: the name "a" is used twice'],
    ['a cost ratio of 1 or less', 'plans:\n  cost_ratio: 1\n', 'plans.cost_ratio: must be > 1'],
    ['an extension name that is no name', 'postgres:\n  extensions: ["pg_trgm; DROP ROLE x"]\n', 'postgres.extensions.0: must match pattern'],
    ['an extension listed twice', 'postgres:\n  extensions: [citext, citext]\n', 'postgres.extensions: must NOT have duplicate items'],
    [
      'a negated exclude glob',
      'migrations:\n  exclude: ["!db/keep/**"]\n',
      'migrations.exclude.0: "!db/keep/**" must be a glob from the repository root, with no leading "/" or "!"',
    ],
    ['an absolute path glob', 'migrations:\n  paths: [/db/**]\n', 'migrations.paths.0: "/db/**" must be a glob from the repository root'],
    [
      'an exclude glob picomatch cannot read',
      'migrations:\n  exclude: ["db/legacy/*.{sql"]\n',
      'migrations.exclude.0: "db/legacy/*.{sql" is not a glob picomatch can read (an unclosed brace or bracket, or a reversed range?), so it would match nothing',
    ],
    ['a restore_drill that is no boolean', 'restore_drill: sometimes\n', 'restore_drill: must be boolean'],
    ['a reversed range in paths', 'migrations:\n  paths: ["db/[z-a]/*.sql"]\n', 'migrations.paths.0: "db/[z-a]/*.sql" is not a glob picomatch can read'],
  ])('rejects %s with a message that names it', (_label, text, message) => {
    const result = resolveConfigText(text, RULE_NAMES);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join('\n')).toContain(message);
  });

  it('accepts the example .github/dba.yml of this repository', async () => {
    const result = resolveConfigText(await readFile(new URL('../.github/dba.yml', import.meta.url), 'utf8'), RULE_NAMES);
    expect(result.ok && { data: result.config.data, queries: result.config.queries, plans: result.config.plans }).toEqual({
      data: { rows: 10000, tables: { group_invites: 200000 } },
      queries: [{ name: 'invites of a group', sql: 'SELECT * FROM group_invites WHERE group_id = $1' }, { files: 'db/queries/**/*.sql' }],
      plans: { cost_ratio: 2 },
    });
  });
});

describe('errors at their line of .github/dba.yml', () => {
  const locate = (text: string) => {
    const result = resolveConfigText(text, RULE_NAMES);
    return result.ok ? [] : locateIssues(text, result.issues ?? []);
  };

  it('puts a bad value on its line, and an unknown key or rule id on the key, all in one go', () => {
    const text = 'migrations:\n  paths: [db/**]\n  framwork: goose\nrules:\n  drop-table: off\n  creat-index: warning\n';
    expect(locate(text)).toEqual([
      { line: 3, message: 'migrations: unknown key "framwork"' },
      { line: 6, message: expect.stringContaining('rules: "creat-index" is neither a rule id nor a category') },
    ]);
    expect(locate('# a comment\nfail_on: sometimes\n')).toEqual([
      { line: 2, message: 'fail_on: must be equal to one of the allowed values (error, warning, never)' },
    ]);
  });

  it('follows lists by index and quoted keys by name', () => {
    expect(locate('data:\n  tables:\n    "audit.events": -1\n')).toEqual([{ line: 3, message: 'data.tables.audit.events: must be >= 0' }]);
    expect(locate('queries:\n  - name: a\n    sql: SELECT 1\n  - name: b\n')).toEqual([
      { line: 4, message: 'queries.1: give either name and sql (an inline query) or files (a glob of .sql files)' },
    ]);
    expect(locate('migrations:\n  exclude:\n    - db/old/**\n    - "!db/keep/**"\n')).toEqual([
      { line: 4, message: expect.stringContaining('migrations.exclude.1: "!db/keep/**" must be a glob from the repository root') },
    ]);
  });

  it('gives YAML syntax errors their own line, and line 1 to what the file does not hold', () => {
    expect(locateIssues('fail_on: error\nrules: [\n', [])).toEqual([{ line: 3, message: expect.stringContaining('.github/dba.yml is not valid YAML: ') }]);
    expect(locateIssues('fail_on: error\n', [{ path: ['rules'], key: 'x', message: 'from an extended config' }])).toEqual([
      { line: 1, message: 'from an extended config' },
    ]);
  });
});

describe('the JSON Schema for editors', () => {
  it('docs/dba.schema.json is generated from src/config/schema.ts (npm run docs:schema)', async () => {
    expect(await readFile(new URL('../docs/dba.schema.json', import.meta.url), 'utf8')).toBe(publishedConfigSchema());
  });

  it('is standard JSON Schema that accepts the example config and rejects what the app rejects', async () => {
    const validate = new Ajv({ allowUnionTypes: true }).compile(JSON.parse(publishedConfigSchema()));
    const example = await readFile(new URL('../.github/dba.yml', import.meta.url), 'utf8');
    expect(validate(parse(example))).toBe(true);
    expect(validate({ migrations: null, postgres: { version: null } })).toBe(true);
    for (const bad of [{ fail_on: 'sometimes' }, { migrations: { exclude: ['!db/**'] } }, { migration: {} }, { rules: { 'drop-table': 'loud' } }]) {
      expect(validate(bad)).toBe(false);
    }
  });

  it('is named where editors look for it: the example config and the README', async () => {
    const modeline = `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`;
    expect((await readFile(new URL('../.github/dba.yml', import.meta.url), 'utf8')).split('\n')[0]).toBe(modeline);
    expect(await readFile(new URL('../README.md', import.meta.url), 'utf8')).toContain(modeline);
  });
});
