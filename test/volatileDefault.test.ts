import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../src/cli/lint.js';
import { resolveConfig } from '../src/config/resolve.js';
import type { DbaConfig } from '../src/config/schema.js';
import { NON_VOLATILE_BUILTINS, VOLATILE_BUILTINS } from '../src/rules/builtinVolatility.js';
import { RULE_NAMES } from '../src/rules/index.js';

// Without a sandbox, add-column-volatile-default knows built-ins from pg_catalog (generated), not
// from a short list: a stable built-in such as jsonb_build_object() was flagged on a real repository.
let dir: string;
let config: DbaConfig;
let seq = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dba-volatile-'));
  await mkdir(join(dir, 'db/migrations'), { recursive: true });
  const resolved = resolveConfig({}, RULE_NAMES);
  if (!resolved.ok) throw new Error(resolved.errors.join('; '));
  config = resolved.config;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function lint(defaultSql: string): Promise<string[]> {
  const path = `db/migrations/${String(++seq).padStart(3, '0')}_add.sql`;
  await writeFile(join(dir, path), `ALTER TABLE accounts ADD COLUMN extra jsonb DEFAULT ${defaultSql};\n`);
  const { findings } = await lintFiles([path], dir, config);
  return findings.filter((f) => f.ruleId === 'add-column-volatile-default').map((f) => `${f.file}:${f.line} ${f.message}`);
}

describe('add-column-volatile-default without a sandbox', () => {
  it('knows the built-ins of pg_catalog', () => {
    for (const name of ['random', 'gen_random_uuid', 'clock_timestamp', 'nextval', 'uuidv7']) expect(VOLATILE_BUILTINS.has(name)).toBe(true);
    for (const name of ['now', 'jsonb_build_object', 'to_jsonb', 'lower', 'statement_timestamp']) expect(NON_VOLATILE_BUILTINS.has(name)).toBe(true);
  });

  it.each([
    'jsonb_build_object()',
    'now()',
    "pg_catalog.to_jsonb('{}'::text)",
    "jsonb_build_object('at', statement_timestamp())",
    "to_jsonb(uuid_generate_v5(uuid_ns_url(), 'x'))",
  ])('passes DEFAULT %s: evaluated once, stored in the catalog', async (sql) => {
    expect(await lint(sql)).toEqual([]);
  });

  it.each([
    ['to_jsonb(gen_random_uuid())', 'a volatile built-in'],
    ['to_jsonb(uuid_generate_v4())', "uuid-ossp's random UUID"],
    ['my_default()', 'a function of its own, volatile unless declared otherwise'],
  ])('flags DEFAULT %s (%s)', async (sql) => {
    const found = await lint(sql);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^db\/migrations\/\d{3}_add\.sql:1 Adding extra with a volatile default rewrites (public\.)?accounts under ACCESS EXCLUSIVE: no reads or writes until it is done\. Add the column without it, SET DEFAULT, then backfill in batches\.$/,
    );
  });
});
