import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import picomatch from 'picomatch';
import { configInputSchema, DEFAULT_CONFIG, type DbaConfig, type DbaConfigInput, type KeyQuerySpec } from './schema.js';

export const CONFIG_PATH = '.github/dba.yml';

/** What a config's `rules` may name: every rule's id, and the categories (rules/index.ts: RULE_NAMES). */
export interface RuleNames {
  ids: ReadonlySet<string>;
  categories: readonly string[];
}

/** One thing wrong with a config, and where in the file it is (config/locate.ts finds its line). */
export interface ConfigIssue {
  /** Keys and list indexes from the top of the file to the value at fault. */
  path: (string | number)[];
  /** A key under `path` that should not be there (an unknown key or rule id): the issue is at the key. */
  key?: string;
  message: string;
}

/** `issues` hold the same errors with their place in the file, when the file was read (not for an unreadable one). */
export type ConfigResult = { ok: true; config: DbaConfig } | { ok: false; errors: string[]; issues?: ConfigIssue[] };

const failed = (issues: ConfigIssue[]): ConfigResult => ({ ok: false, errors: issues.map((i) => i.message), issues });

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
  // Every error at once, so that one push shows them all: the schema's, and the rule ids and globs of whatever parts it let through.
  const valid = validateInput(raw);
  const issues = valid ? [] : (validator?.errors ?? []).map((e) => schemaIssue(e, raw));
  const { rules, migrations } = raw as { rules?: unknown; migrations?: { paths?: unknown; exclude?: unknown } };
  if (isRecord(rules)) issues.push(...unknownRules(Object.keys(rules), known));
  for (const field of ['paths', 'exclude'] as const) {
    const globs = isRecord(migrations) ? migrations[field] : undefined;
    if (!Array.isArray(globs)) continue;
    globs.forEach((glob, i) => {
      // An empty glob is the schema's to report.
      if (typeof glob === 'string' && glob && matchesNothing(glob)) issues.push(unreadableGlob(['migrations', field, i], glob));
    });
  }
  if (!valid || issues.length) return failed(issues);
  const input: DbaConfigInput = raw;
  const queries = resolveQueries(input.queries ?? []);
  if (!queries.ok) return failed(queries.issues);
  return {
    ok: true,
    config: {
      migrations: {
        paths: input.migrations?.paths ?? DEFAULT_CONFIG.migrations.paths,
        exclude: input.migrations?.exclude ?? DEFAULT_CONFIG.migrations.exclude,
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
      restore_drill: input.restore_drill ?? DEFAULT_CONFIG.restore_drill,
      stats: typeof input.stats === 'string' ? [input.stats] : (input.stats ?? []),
      ack: { teams: input.ack?.teams ?? [] },
    },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function unknownRules(names: string[], known: RuleNames): ConfigIssue[] {
  return names
    .filter((k) => !known.ids.has(k) && !known.categories.includes(k))
    .map((k) => ({
      path: ['rules'],
      key: k,
      message: `rules: "${k}" is neither a rule id nor a category (${known.categories.join(', ')}); see docs/rules/README.md`,
    }));
}

const GLOB_PATH = /^\/migrations\/(paths|exclude)\/\d+$/;

/** An error of the schema, said in the words of the file: `migrations.paths.0: ...`. */
function schemaIssue(e: ErrorObject, raw: unknown): ConfigIssue {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = path.length ? path.join('.') : '(top level)';
  if (e.keyword === 'additionalProperties') {
    const key = String(e.params.additionalProperty);
    return { path, key, message: `${where}: unknown key "${key}"` };
  }
  if (e.keyword === 'enum') return { path, message: `${where}: ${e.message} (${(e.params.allowedValues as unknown[]).join(', ')})` };
  if (e.keyword === 'pattern' && GLOB_PATH.test(e.instancePath)) {
    const glob = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], raw);
    return {
      path,
      message: `${where}: "${String(glob)}" must be a glob from the repository root, with no leading "/" or "!" (to leave files out, list them in migrations.exclude)`,
    };
  }
  return { path, message: `${where}: ${e.message ?? 'is invalid'}` };
}

/** picomatch turns a glob it cannot read (an unclosed brace, a reversed range) into a pattern that matches nothing, silently. */
function matchesNothing(glob: string): boolean {
  try {
    return picomatch.makeRe(glob, { dot: true }).source === '$^';
  } catch {
    return true;
  }
}

function unreadableGlob(path: (string | number)[], glob: string): ConfigIssue {
  return {
    path,
    message: `${path.join('.')}: "${glob}" is not a glob picomatch can read (an unclosed brace or bracket, or a reversed range?), so it would match nothing`,
  };
}

/** Each entry is either a named inline query or a glob of files, and names are unique. */
function resolveQueries(input: NonNullable<DbaConfigInput['queries']>): { ok: true; queries: KeyQuerySpec[] } | { ok: false; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const queries: KeyQuerySpec[] = [];
  const names = new Set<string>();
  input.forEach((q, i) => {
    const path = ['queries', i];
    if (q.files !== undefined && q.sql === undefined && q.name === undefined) queries.push({ files: q.files });
    else if (q.sql !== undefined && q.name !== undefined && q.files === undefined) {
      if (names.has(q.name)) issues.push({ path: [...path, 'name'], message: `queries.${i}: the name "${q.name}" is used twice` });
      names.add(q.name);
      queries.push({ name: q.name, sql: q.sql });
    } else issues.push({ path, message: `queries.${i}: give either name and sql (an inline query) or files (a glob of .sql files)` });
  });
  return issues.length ? { ok: false, issues } : { ok: true, queries };
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
