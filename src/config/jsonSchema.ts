import { configInputSchema } from './schema.js';

/** Where editors fetch the schema: `# yaml-language-server: $schema=<this>` at the top of .github/dba.yml. */
export const CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/pg-dba-review/pg-dba-review/main/docs/dba.schema.json';

/**
 * docs/dba.schema.json (`npm run docs:schema`): the schema the app validates with, in standard
 * JSON Schema for editors. Ajv's `nullable` (an OpenAPI keyword) becomes a `null` type, as Ajv
 * accepts null there; beside an `enum` Ajv does not, so it is dropped.
 */
export function publishedConfigSchema(): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_URL,
    title: 'pg-dba-review configuration (.github/dba.yml)',
    ...(standard(configInputSchema) as Record<string, unknown>),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function standard(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(standard);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // `required: []` is there for Ajv's types only.
    if (key === 'nullable' || (key === 'required' && Array.isArray(value) && !value.length)) continue;
    out[key] = standard(value);
  }
  const { nullable, type, enum: values } = node as { nullable?: boolean; type?: string; enum?: unknown[] };
  if (nullable && typeof type === 'string' && !values) out.type = [type, 'null'];
  return out;
}
