import { createRequire } from 'node:module';
import type { FlywaySettings, TemplateSettings } from '../parse/templates.js';
import type { RepoSource, TreeFile } from '../source/types.js';
import { basename } from './text.js';

const require = createRequire(import.meta.url);

// Flyway's own config files, and Spring Boot's, which configures Flyway under spring.flyway.
const FILES: { name: RegExp; format: 'properties' | 'toml' | 'yaml'; prefix: string }[] = [
  { name: /^flyway\.conf$/, format: 'properties', prefix: 'flyway.' },
  { name: /^flyway\.toml$/, format: 'toml', prefix: 'flyway.' },
  { name: /^application\.properties$/, format: 'properties', prefix: 'spring.flyway.' },
  { name: /^application\.ya?ml$/, format: 'yaml', prefix: 'spring.flyway.' },
];

/** key=value lines of a .properties or .conf file. */
function properties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    // Trimmed first, so the pattern has no two adjacent runs of blanks to trade characters between.
    const m = /^([^#!\s][^=:\s]*)[ \t]*[=:](.*)$/.exec(line.trim());
    if (m) out.set(m[1] as string, (m[2] as string).trim());
  }
  return out;
}

/** A nested object flattened to dotted keys, as Spring reads YAML and Flyway reads TOML. */
function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) out.set(prefix, value.join(','));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else if (value !== undefined && value !== null) out.set(prefix, String(value));
  return out;
}

function read(format: 'properties' | 'toml' | 'yaml', text: string): Map<string, string> {
  if (format === 'properties') return properties(text);
  if (format === 'toml') return flatten((require('smol-toml') as typeof import('smol-toml')).parse(text));
  return flatten((require('yaml') as typeof import('yaml')).parse(text));
}

/**
 * The repository's Flyway settings that shape its SQL: placeholder values, prefix and suffix,
 * whether placeholders are replaced at all, the default schema and the history table. Read from
 * flyway.conf, flyway.toml and Spring Boot's application.properties / application.yml (shallowest
 * first wins). Values Flyway takes from the environment (${…}) are not known here and are left out.
 */
export async function flywaySettings(source: RepoSource, tree: TreeFile[], notes: string[] = []): Promise<FlywaySettings> {
  const settings: FlywaySettings = { placeholders: {}, prefix: '${', suffix: '}', replace: true };
  const files = tree
    .flatMap((f) => FILES.filter((c) => c.name.test(basename(f.path))).map((c) => ({ file: f, ...c })))
    .filter(({ file }) => !/(^|\/)(node_modules|vendor|test|tests)\//.test(file.path))
    .sort((a, b) => a.file.path.split('/').length - b.file.path.split('/').length || (a.file.path < b.file.path ? -1 : 1));
  const seen = new Set<string>();
  for (const { file, format, prefix } of files) {
    let entries: Map<string, string>;
    try {
      entries = read(format, (await source.readBlob(file.sha)).toString('utf8'));
    } catch (err) {
      notes.push(`${file.path} could not be read for Flyway placeholders: ${(err as Error).message}`);
      continue;
    }
    for (const [key, value] of entries) {
      // TOML also nests settings per environment ([environments.x]); the shared [flyway] ones are those read here.
      if (!key.startsWith(prefix) || value.includes('${') || seen.has(key.slice(prefix.length))) continue;
      const setting = key.slice(prefix.length);
      seen.add(setting);
      if (setting.startsWith('placeholders.')) settings.placeholders[setting.slice('placeholders.'.length)] = value;
      else if (setting === 'placeholderPrefix' || setting === 'placeholder-prefix') settings.prefix = value;
      else if (setting === 'placeholderSuffix' || setting === 'placeholder-suffix') settings.suffix = value;
      else if (setting === 'placeholderReplacement' || setting === 'placeholder-replacement') settings.replace = value.trim().toLowerCase() !== 'false';
      else if (setting === 'defaultSchema' || setting === 'default-schema') settings.defaultSchema = value;
      else if (setting === 'schemas' && settings.defaultSchema === undefined) settings.defaultSchema = value.split(',')[0]?.trim() || undefined;
      else if (setting === 'table') settings.table = value;
    }
  }
  if (settings.defaultSchema === undefined) delete settings.defaultSchema;
  return settings;
}

/** The placeholder values a commit's SQL is rendered with: the config's variables and the repository's Flyway settings. */
export async function templateSettings(source: RepoSource, tree: TreeFile[], variables: Record<string, string>, notes?: string[]): Promise<TemplateSettings> {
  return { variables, flyway: await flywaySettings(source, tree, notes) };
}
