import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { configInputSchema, DEFAULT_CONFIG, type DbaConfig, type DbaConfigInput, type KeyQuerySpec } from './schema.js';

export const CONFIG_PATH = '.github/dba.yml';

/** What a config's `rules` may name: every rule's id, and the categories (rules/index.ts: RULE_NAMES). */
export interface RuleNames {
  ids: ReadonlySet<string>;
  categories: readonly string[];
}

export type ConfigResult = { ok: true; config: DbaConfig } | { ok: false; errors: string[] };

// Loaded and compiled on first use: most `lint` runs have no config file, and loading them is a third of its start-up.
const require = createRequire(import.meta.url);
let validator: ValidateFunction<DbaConfigInput> | undefined;
function validateInput(raw: unknown): raw is DbaConfigInput {
  validator ??= new (require('ajv') as typeof import('ajv')).Ajv({ allErrors: true, allowUnionTypes: true }).compile(configInputSchema);
  return validator(raw);
}

/** Validates a parsed config object (null or undefined: no config file) against the rules there are, and applies defaults. */
export function resolveConfig(raw: unknown, known: RuleNames): ConfigResult {
  if (raw === null || raw === undefined) return { ok: true, config: structuredClone(DEFAULT_CONFIG) };
  if (!validateInput(raw)) {
    const errors = (validator?.errors ?? []).map((e) => {
      const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
      if (e.keyword === 'additionalProperties') {
        return `${where}: unknown key "${String(e.params.additionalProperty)}"`;
      }
      if (e.keyword === 'enum') return `${where}: ${e.message} (${(e.params.allowedValues as unknown[]).join(', ')})`;
      return `${where}: ${e.message ?? 'is invalid'}`;
    });
    return { ok: false, errors };
  }
  const input: DbaConfigInput = raw;
  const unknown = Object.keys(input.rules ?? {}).filter((k) => !known.ids.has(k) && !known.categories.includes(k));
  if (unknown.length) {
    return {
      ok: false,
      errors: unknown.map((k) => `rules: "${k}" is neither a rule id nor a category (${known.categories.join(', ')}); see docs/rules/README.md`),
    };
  }
  const queries = resolveQueries(input.queries ?? []);
  if (!queries.ok) return queries;
  return {
    ok: true,
    config: {
      migrations: {
        paths: input.migrations?.paths ?? DEFAULT_CONFIG.migrations.paths,
        framework: input.migrations?.framework ?? DEFAULT_CONFIG.migrations.framework,
        variables: Object.fromEntries(Object.entries(input.migrations?.variables ?? {}).map(([name, value]) => [name, String(value)])),
      },
      postgres: {
        version: input.postgres?.version ?? DEFAULT_CONFIG.postgres.version,
        preamble: input.postgres?.preamble ?? DEFAULT_CONFIG.postgres.preamble,
        extensions: input.postgres?.extensions ?? DEFAULT_CONFIG.postgres.extensions,
        image: input.postgres?.image ?? DEFAULT_CONFIG.postgres.image,
      },
      data: { rows: input.data?.rows ?? DEFAULT_CONFIG.data.rows, tables: input.data?.tables ?? {} },
      queries: queries.queries,
      plans: { cost_ratio: input.plans?.cost_ratio ?? DEFAULT_CONFIG.plans.cost_ratio },
      rules: input.rules ?? {},
      fail_on: input.fail_on ?? DEFAULT_CONFIG.fail_on,
      ack: { teams: input.ack?.teams ?? [] },
    },
  };
}

/** Each entry is either a named inline query or a glob of files, and names are unique. */
function resolveQueries(input: NonNullable<DbaConfigInput['queries']>): { ok: true; queries: KeyQuerySpec[] } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const queries: KeyQuerySpec[] = [];
  const names = new Set<string>();
  input.forEach((q, i) => {
    if (q.files !== undefined && q.sql === undefined && q.name === undefined) queries.push({ files: q.files });
    else if (q.sql !== undefined && q.name !== undefined && q.files === undefined) {
      if (names.has(q.name)) errors.push(`queries.${i}: the name "${q.name}" is used twice`);
      names.add(q.name);
      queries.push({ name: q.name, sql: q.sql });
    } else errors.push(`queries.${i}: give either name and sql (an inline query) or files (a glob of .sql files)`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, queries };
}

/** Parses the YAML text of a config file (the CLI path; the app gets it parsed by Probot). */
export function resolveConfigText(text: string | undefined, known: RuleNames): ConfigResult {
  if (text === undefined) return resolveConfig(undefined, known);
  try {
    return resolveConfig((require('yaml') as typeof import('yaml')).parse(text) ?? undefined, known);
  } catch (err) {
    return { ok: false, errors: [`${CONFIG_PATH} is not valid YAML: ${(err as Error).message}`] };
  }
}
