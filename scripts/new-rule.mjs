// npm run new-rule -- <category>/<id> [--root <dir>]: scaffolds a rule, registers it, adds its
// cases and writes its docs as `npm run docs:rules` does. Run after `npm run build` (the docs come
// from the built rules). --root is the checkout to write into (the tests give a temporary copy).
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RULES } from '../dist/rules/index.js';
import { writeRuleDocs } from './rule-docs.mjs';
import { addCases, placeholderMeta, registerRule, registryOrder, ruleSource } from './rule-scaffold.mjs';

const USAGE = 'usage: npm run new-rule -- <category>/<id> [--root <dir>]';
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
// The index imports a rule under its id in camelCase: a one-word id must be a legal name.
const RESERVED = new Set(
  'await break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'.split(
    ' ',
  ),
);

/** A request the script turns down: exit code 2, as for a usage error. */
class Refusal extends Error {}

async function request(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { root: { type: 'string' } } });
  } catch (e) {
    throw new Refusal(`${e.message}\n${USAGE}`);
  }
  const [target, ...rest] = parsed.positionals;
  const [category, id, ...more] = (target ?? '').split('/');
  if (!category || id === undefined || more.length || rest.length) throw new Refusal(USAGE);
  const root = resolve(parsed.values.root ?? fileURLToPath(new URL('..', import.meta.url)));
  const rulesDir = join(root, 'src/rules');
  const categories = (await readdir(rulesDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  if (!categories.includes(category)) throw new Refusal(`unknown category "${category}": the folders under src/rules/ are ${categories.join(', ')}`);
  if (!KEBAB.test(id))
    throw new Refusal(
      `"${id}" is not a kebab-case id: lowercase words of letters and digits joined by single dashes, starting with a letter (e.g. drop-table)`,
    );
  if (RESERVED.has(id))
    throw new Refusal(`"${id}" is a reserved word in JavaScript, and src/rules/index.ts would import the rule under that name: choose another id`);
  const existing = categories.find((c) => existsSync(join(rulesDir, c, `${id}.ts`)));
  if (existing) throw new Refusal(`rule "${id}" already exists: src/rules/${existing}/${id}.ts`);
  return { root, category, id };
}

async function scaffold({ root, category, id }) {
  const path = (p) => join(root, p);
  const meta = placeholderMeta(category, id);
  const index = registerRule(await readFile(path('src/rules/index.ts'), 'utf8'), category, id);
  const cases = addCases(await readFile(path('test/rules/cases.ts'), 'utf8'), category, id);
  // The docs list rules in the registry's order, the new one where the registry now has it.
  const built = new Map(RULES.map((r) => [r.meta.id, r]));
  built.set(id, { meta });
  const rules = registryOrder(index).map((ruleId) => built.get(ruleId));
  if (rules.includes(undefined)) throw new Error('dist/ does not hold every rule src/rules/index.ts lists: run npm run build');
  const file = `src/rules/${category}/${id}.ts`;
  await writeFile(path(file), ruleSource(meta));
  await writeFile(path('src/rules/index.ts'), index);
  await writeFile(path('test/rules/cases.ts'), cases);
  await writeRuleDocs(path('docs/rules'), rules);
  return [
    `wrote ${file}`,
    `registered ${id} in src/rules/index.ts`,
    `added placeholder cases for ${id} to test/rules/cases.ts`,
    `wrote docs/rules/${id}.md and docs/rules/README.md`,
    '',
    `${id} is a placeholder: it finds nothing and its examples and cases are TODO comments, so its rule tests FAIL until you:`,
    `  1. write its summary, rationale, safe alternative and check in ${file}`,
    '  2. make example.bad SQL that triggers it and example.good its safe rewrite (statements, not comments)',
    `  3. replace its TODO cases in test/rules/cases.ts: more SQL that must trigger it and SQL that must not`,
    '  4. run npm run docs:rules, and raise the count of rules in README.md (test/readmeCounts.test.ts checks it)',
    `then: node --experimental-vm-modules node_modules/jest/bin/jest.js test/rules.test.ts -t '${id}'`,
    '',
  ].join('\n');
}

try {
  process.stdout.write(await scaffold(await request(process.argv.slice(2))));
} catch (e) {
  process.stderr.write(`new-rule: ${e.message}\n`);
  process.exitCode = e instanceof Refusal ? 2 : 1;
}
