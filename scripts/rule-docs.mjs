// Writes a docs/rules folder from rules' metadata: a page per rule and the index. Shared by
// `npm run docs:rules` and `npm run new-rule`, so a scaffolded rule's pages are what the former writes.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COVERAGE } from '../dist/rules/coverage.js';
import { renderRuleDoc, renderRulesIndex } from '../dist/rules/docs.js';

/** Writes every rule's page and README.md into dir, removing the pages of rules no longer there. */
export async function writeRuleDocs(dir, rules) {
  await mkdir(dir, { recursive: true });
  const wanted = new Set(rules.map((r) => `${r.meta.id}.md`).concat('README.md'));
  for (const f of await readdir(dir)) if (!wanted.has(f)) await rm(join(dir, f));
  for (const rule of rules) await writeFile(join(dir, `${rule.meta.id}.md`), renderRuleDoc(rule));
  await writeFile(join(dir, 'README.md'), renderRulesIndex(rules, COVERAGE));
}
