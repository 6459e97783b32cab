import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'libpg-query';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseMigration } from '../src/parse/statements.js';
import { buildContext } from '../src/rules/context.js';
import { COVERAGE } from '../src/rules/coverage.js';
import { renderRuleDoc, renderRulesIndex } from '../src/rules/docs.js';
import { RULE_IDS, RULES } from '../src/rules/index.js';
import { runRules } from '../src/rules/run.js';
import type { Rule } from '../src/rules/types.js';

// `npm run new-rule` (scripts/new-rule.mjs, which reads the built rules: npm test builds first),
// run on a temporary copy of the checkout so the repository is never written to.
const REPO = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = join(REPO, 'scripts/new-rule.mjs');
const ID = 'add-column-placeholder';

function newRule(root: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args, '--root', root], (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}

let root: string;
let run: Awaited<ReturnType<typeof newRule>>;
const read = (path: string) => readFile(join(root, path), 'utf8');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pg-dba-review-new-rule-'));
  // What the script edits, and what the edited files need to typecheck (package.json: they are ES modules).
  for (const path of ['package.json', 'src', 'test/rules', 'test/support', 'docs/rules']) await cp(join(REPO, path), join(root, path), { recursive: true });
  await symlink(join(REPO, 'node_modules'), join(root, 'node_modules'));
  run = await newRule(root, `locking/${ID}`);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('npm run new-rule', () => {
  it('writes the rule, and says its tests fail until it is written', async () => {
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`wrote src/rules/locking/${ID}.ts`);
    expect(run.stdout).toContain('its rule tests FAIL until you');
    expect(await read(`src/rules/locking/${ID}.ts`)).toContain(`id: '${ID}',\n    category: 'locking',`);
  });

  it('registers it in src/rules/index.ts beside its category, in id order', async () => {
    const index = (await read('src/rules/index.ts')).split('\n');
    const at = (line: string) => index.indexOf(line);
    expect(at(`import addColumnPlaceholder from './locking/${ID}.js';`)).toBe(
      at("import addColumnGeneratedStored from './locking/add-column-generated-stored.js';") + 1,
    );
    expect(at('  addColumnPlaceholder,')).toBe(at('  addColumnGeneratedStored,') + 1);
    expect(at('  addColumnVolatileDefault,')).toBe(at('  addColumnPlaceholder,') + 1);
  });

  it('adds placeholder cases at the end of its category in test/rules/cases.ts', async () => {
    const cases = await read('test/rules/cases.ts');
    const entry = cases.indexOf(`  '${ID}': {\n`);
    expect(entry).toBeGreaterThan(cases.indexOf("  'lock-table-statement': {"));
    expect(cases.indexOf('  // Breaking')).toBeGreaterThan(entry);
    expect(cases.slice(entry)).toMatch(
      /^ {2}'[a-z-]+': \{\n.*\n {4}triggers: \[\{ sql: '-- TODO: [^']*' \}\],\n {4}passes: \[\{ sql: '-- TODO: [^']*' \}\],\n {2}\},\n/,
    );
  });

  it('typechecks: the rule file, its registration and its cases', async () => {
    const config = {
      extends: join(REPO, 'tsconfig.json'),
      compilerOptions: { noEmit: true, rootDir: '.' },
      include: [],
      files: [`src/rules/locking/${ID}.ts`, 'src/rules/index.ts', 'test/rules/cases.ts'],
    };
    await writeFile(join(root, 'tsconfig.json'), JSON.stringify(config));
    const tsc = await new Promise<string>((resolve) =>
      execFile(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], (err, stdout) =>
        resolve(err ? `${err.message}\n${stdout}` : 'ok'),
      ),
    );
    expect(tsc).toBe('ok');
  }, 120_000);

  it('writes its docs as npm run docs:rules does: its page, and the index with it among its category', async () => {
    const { default: rule } = (await import(pathToFileURL(join(root, `src/rules/locking/${ID}.ts`)).href)) as { default: Rule };
    expect(await read(`docs/rules/${ID}.md`)).toBe(renderRuleDoc(rule));
    const after = RULES.findIndex((r) => r.meta.id === 'add-column-generated-stored') + 1;
    expect(await read('docs/rules/README.md')).toBe(renderRulesIndex([...RULES.slice(0, after), rule, ...RULES.slice(after)], COVERAGE));
    expect((await readdir(join(root, 'docs/rules'))).sort()).toEqual([...RULES.map((r) => `${r.meta.id}.md`), `${ID}.md`, 'README.md'].sort());
  });

  it('is a placeholder the rule tests fail on: it finds nothing in its bad example, and its good example holds no statement', async () => {
    const { default: rule } = (await import(pathToFileURL(join(root, `src/rules/locking/${ID}.ts`)).href)) as { default: Rule };
    const path = 'db/migrations/002_change.sql';
    const parsed = await parseMigration(path, rule.meta.example.bad);
    const ctx = buildContext({
      mode: 'lint',
      serverMajor: 17,
      migrations: [{ migration: { key: path, path, framework: 'plain', transaction: 'none' }, parsed }],
      ruleIds: RULE_IDS,
    });
    expect(runRules(ctx, [rule]).findings).toEqual([]);
    expect((await parse(rule.meta.example.good)).stmts ?? []).toEqual([]);
  });

  it.each([
    [
      'an unknown category',
      'indexing/some-rule',
      'unknown category "indexing": the folders under src/rules/ are breaking, design, history, hygiene, locking, plans, security',
    ],
    ['an id that is not kebab-case', 'locking/Some_Rule', '"Some_Rule" is not a kebab-case id'],
    ['an id that exists', 'design/drop-table', 'rule "drop-table" already exists: src/rules/breaking/drop-table.ts'],
    ['the id it just wrote', `hygiene/${ID}`, `rule "${ID}" already exists: src/rules/locking/${ID}.ts`],
    ['a name the index cannot import', 'hygiene/delete', '"delete" is a reserved word in JavaScript'],
    ['no rule named', 'locking', 'usage: npm run new-rule -- <category>/<id> [--root <dir>]'],
  ])('refuses %s with exit code 2, writing nothing', async (_what, target, message) => {
    const before = await Promise.all(['src/rules/index.ts', 'test/rules/cases.ts', 'docs/rules/README.md'].map(read));
    const refused = await newRule(root, target);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toContain(`new-rule: ${message}`);
    expect(await Promise.all(['src/rules/index.ts', 'test/rules/cases.ts', 'docs/rules/README.md'].map(read))).toEqual(before);
  });
});
