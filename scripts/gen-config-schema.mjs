// Writes docs/dba.schema.json, the JSON Schema of .github/dba.yml for editors, from the built src/config/schema.ts.
import { writeFile } from 'node:fs/promises';
import { publishedConfigSchema } from '../dist/config/jsonSchema.js';

await writeFile(new URL('../docs/dba.schema.json', import.meta.url), publishedConfigSchema());
console.log('wrote docs/dba.schema.json');
