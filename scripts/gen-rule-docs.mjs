// Writes docs/rules/<id>.md and docs/rules/README.md from the built rule metadata.
import { fileURLToPath } from 'node:url';
import { RULES } from '../dist/rules/index.js';
import { writeRuleDocs } from './rule-docs.mjs';

await writeRuleDocs(fileURLToPath(new URL('../docs/rules/', import.meta.url)), RULES);
console.log(`wrote ${RULES.length} rule pages and docs/rules/README.md`);
