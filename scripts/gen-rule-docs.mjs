// Writes docs/rules/<id>.md and docs/rules/README.md from the built rule metadata.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { RULES } from '../dist/rules/index.js';
import { COVERAGE } from '../dist/rules/coverage.js';
import { renderRuleDoc, renderRulesIndex } from '../dist/rules/docs.js';

const dir = new URL('../docs/rules/', import.meta.url);
await mkdir(dir, { recursive: true });
const wanted = new Set(RULES.map((r) => `${r.meta.id}.md`).concat('README.md'));
for (const f of await readdir(dir)) if (!wanted.has(f)) await rm(new URL(f, dir));
for (const rule of RULES) await writeFile(new URL(`${rule.meta.id}.md`, dir), renderRuleDoc(rule));
await writeFile(new URL('README.md', dir), renderRulesIndex(RULES, COVERAGE));
console.log(`wrote ${RULES.length} rule pages and docs/rules/README.md`);
