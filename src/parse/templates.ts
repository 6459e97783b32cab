import { posix } from 'node:path';
import escapeStringRegexp from 'escape-string-regexp';
import { SqlRegions } from './sqlRegions.js';

/** Placeholder values a review renders templated SQL with. */
export interface TemplateSettings {
  /** `migrations.variables` of .github/dba.yml: placeholder name -> value, for every syntax. */
  variables: Record<string, string>;
  /** The repository's Flyway configuration, for Flyway histories. */
  flyway: FlywaySettings;
}

export interface FlywaySettings {
  /** `flyway.placeholders.<name>` values. */
  placeholders: Record<string, string>;
  prefix: string;
  suffix: string;
  /** `flyway.placeholderReplacement`: false turns placeholders off. */
  replace: boolean;
  /** `flyway.defaultSchema`, else the first of `flyway.schemas`. */
  defaultSchema?: string;
  /** `flyway.table`. */
  table?: string;
}

export const NO_TEMPLATES: TemplateSettings = { variables: {}, flyway: { placeholders: {}, prefix: '${', suffix: '}', replace: true } };

export type PlaceholderSyntax = 'go' | 'comment' | 'flyway' | 'psql' | 'dollar-brace';

/** One placeholder as written in the file. */
export interface Placeholder {
  syntax: PlaceholderSyntax;
  /** Offsets in the file's text. */
  start: number;
  end: number;
  /** As written, e.g. `{{ .Schema }}`. */
  text: string;
  /** The name its value is given under; undefined for a construct this review does not render. */
  name?: string;
  /** What it renders to, when its value is known. */
  value?: string;
  /**
   * always: rendered whatever the file is (Flyway in a Flyway history, Go templates in code,
   * comment placeholders with a value); fallback: only when the file does not parse as it is.
   */
  when: 'always' | 'fallback';
}

const LABEL: Record<PlaceholderSyntax, string> = {
  go: 'the Go template placeholder',
  comment: 'the comment placeholder',
  flyway: 'the Flyway placeholder',
  psql: 'the psql variable',
  'dollar-brace': 'the placeholder',
};

const GO_FIELD = /^\.([A-Za-z_][A-Za-z0-9_]*)$/;
const GO_INDEX = /^index\s+\.[A-Za-z_][A-Za-z0-9_]*\s+"([^"\\]+)"$/;
const GO_COMMENT = /^\/\*[\s\S]*\*\/$/;
// River's sqlctemplate (rivershared/sqlctemplate), also used by projects that copied it.
const COMMENT_SPAN = /\/\* TEMPLATE_BEGIN: (.*?) \*\/ .*? \/\* TEMPLATE_END \*\//g;
const COMMENT_MARK = /\/\* TEMPLATE: (.*?) \*\//g;
// psql: :name, :'name' (a literal), :"name" (an identifier).
const PSQL = /:(?:'([A-Za-z0-9_]+)'|"([A-Za-z0-9_]+)"|([A-Za-z_][A-Za-z0-9_]*))/g;

/**
 * Go text/template actions: each `{{ … }}` up to the first `}}`, trim markers (`{{- `, ` -}}`)
 * dropped from the action. Found by scanning, once over the text: a pattern would rescan the rest
 * of the file from every `{{` that has no `}}` after it.
 */
function goActions(text: string): { index: number; text: string; action: string }[] {
  const out = [];
  for (let at = text.indexOf('{{'); at !== -1;) {
    const end = text.indexOf('}}', at + 2);
    if (end === -1) break;
    const action = text
      .slice(at + 2, end)
      .replace(/^-/, '')
      .replace(/-$/, '')
      .trim();
    out.push({ index: at, text: text.slice(at, end + 2), action });
    at = text.indexOf('{{', end + 2);
  }
  return out;
}

/** Where placeholders live in a file, and what they render to with the given settings. */
export function findPlaceholders(text: string, file: string, settings: TemplateSettings, flywayHistory: boolean): Placeholder[] {
  const fly = settings.flyway;
  // Most files hold none: skip lexing them (a cast's `::x` is no candidate).
  if (!/\{\{|\/\* TEMPLATE|\$\{|(?<!:):(?![:=])['"A-Za-z_]/.test(text) && !(flywayHistory && text.includes(fly.prefix))) return [];
  const found: Placeholder[] = [];
  const vars = settings.variables;
  const lookup = (name: string) => (Object.hasOwn(vars, name) ? vars[name] : undefined);

  const go = goActions(text);
  // A Go action holds quotes of its own ("Namespace"): lex the SQL with the actions masked.
  let masked = text;
  for (const m of go) masked = masked.slice(0, m.index) + '_'.repeat(m.text.length) + masked.slice(m.index + m.text.length);
  const regions = new SqlRegions(masked);

  // Go renders the whole file once any action is in its SQL (a $$ body or a "quoted" name count); actions only in literals and comments are text.
  if (go.some((m) => /code|identifier|dollar/.test(regions.kindAt(m.index)))) {
    for (const m of go) {
      const { action } = m;
      const name = GO_FIELD.exec(action)?.[1] ?? GO_INDEX.exec(action)?.[1];
      const value = GO_COMMENT.test(action) ? '' : name === undefined ? undefined : lookup(name);
      found.push({
        syntax: 'go',
        start: m.index,
        end: m.index + m.text.length,
        text: m.text,
        ...(name !== undefined ? { name } : GO_COMMENT.test(action) ? { name: '' } : {}),
        ...(value !== undefined ? { value } : {}),
        when: 'always',
      });
    }
  }

  // Comment placeholders are valid SQL as written: without a value they stay comments (River's default, no schema).
  for (const re of [COMMENT_SPAN, COMMENT_MARK]) {
    for (const m of text.matchAll(re)) {
      const name = m[1] as string;
      const value = lookup(name);
      if (value === undefined || found.some((p) => m.index < p.end && p.start < m.index + m[0].length)) continue;
      // River renders its schema as a prefix: `schema.` (empty without one).
      found.push({
        syntax: 'comment',
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        name,
        value: name === 'schema' && value ? `${value}.` : value,
        when: 'always',
      });
    }
  }

  if (flywayHistory && fly.replace) {
    // Flyway replaces its placeholders everywhere, literals and comments included, and fails on one without a value.
    const re = new RegExp(`${escapeStringRegexp(fly.prefix)}([^\\s]+?)${escapeStringRegexp(fly.suffix)}`, 'g');
    for (const m of text.matchAll(re)) {
      const name = m[1] as string;
      const value = lookup(name) ?? (Object.hasOwn(fly.placeholders, name) ? fly.placeholders[name] : undefined) ?? flywayBuiltIn(name, file, fly);
      found.push({ syntax: 'flyway', start: m.index, end: m.index + m[0].length, text: m[0], name, ...(value !== undefined ? { value } : {}), when: 'always' });
    }
  } else {
    for (const m of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_.:-]*)\}/g)) {
      if (regions.kindAt(m.index) !== 'code') continue;
      const name = m[1] as string;
      const value = lookup(name);
      found.push({
        syntax: 'dollar-brace',
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        name,
        ...(value !== undefined ? { value } : {}),
        when: 'fallback',
      });
    }
  }

  for (const m of text.matchAll(PSQL)) {
    const before = text[m.index - 1];
    // Not a cast (::type), an assignment (:=), a slice (a[1:n]) or a word's tail (x:y).
    if (before === ':' || (before !== undefined && /[A-Za-z0-9_]/.test(before)) || regions.kindAt(m.index) !== 'code' || regions.inBrackets(m.index)) continue;
    if (found.some((p) => m.index < p.end && p.start < m.index + m[0].length)) continue;
    const name = (m[1] ?? m[2] ?? m[3]) as string;
    const raw = lookup(name);
    const value =
      raw === undefined ? undefined : m[1] !== undefined ? `'${raw.replace(/'/g, "''")}'` : m[2] !== undefined ? `"${raw.replace(/"/g, '""')}"` : raw;
    found.push({ syntax: 'psql', start: m.index, end: m.index + m[0].length, text: m[0], name, ...(value !== undefined ? { value } : {}), when: 'fallback' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Flyway's built-in placeholders that mean something in the sandbox. */
function flywayBuiltIn(name: string, file: string, fly: FlywaySettings): string | undefined {
  switch (name) {
    case 'flyway:defaultSchema':
      return fly.defaultSchema ?? 'public';
    case 'flyway:table':
      return fly.table ?? 'flyway_schema_history';
    case 'flyway:filename':
      return posix.basename(file);
    case 'flyway:timestamp':
      // Flyway's format: yyyy-MM-dd HH:mm:ss.
      return new Date().toISOString().slice(0, 19).replace('T', ' ');
    default:
      return undefined;
  }
}

/**
 * Maps offsets of a rendered text back to the file it was rendered from: a character inside a
 * rendered value maps to the start of its placeholder, the rest keeps its distance.
 */
export class OffsetMap {
  /** Each replacement: where its value starts and ends in the rendered text, and its placeholder in the file. */
  private readonly spans: { from: number; to: number; start: number; end: number }[] = [];

  constructor(replacements: Replacement[]) {
    let shift = 0;
    for (const r of replacements) {
      const from = r.start + shift;
      this.spans.push({ from, to: from + r.value.length, start: r.start, end: r.end });
      shift += r.value.length - (r.end - r.start);
    }
  }

  toOriginal(index: number): number {
    let lo = 0;
    let hi = this.spans.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as { from: number }).from <= index) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last === -1) return index;
    const s = this.spans[last] as { from: number; to: number; start: number; end: number };
    return index < s.to ? s.start : s.end + (index - s.to);
  }
}

/** A placeholder at start..end of the file as written, replaced by value. */
export interface Replacement {
  start: number;
  end: number;
  value: string;
}

/** The text with the placeholders replaced by their values (all must have one), and what was replaced. */
export function render(text: string, placeholders: Placeholder[]): { text: string; replaced: Replacement[] } {
  let out = '';
  let at = 0;
  for (const p of placeholders) {
    out += text.slice(at, p.start) + (p.value as string);
    at = p.end;
  }
  return { text: out + text.slice(at), replaced: placeholders.map((p) => ({ start: p.start, end: p.end, value: p.value as string })) };
}

/** How to give a placeholder's value in .github/dba.yml. */
function setting(names: string[]): string {
  const key = (n: string) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(n) ? n : JSON.stringify(n));
  return `\`migrations: { variables: { ${names.map((n) => `${key(n)}: <value>`).join(', ')} } }\``;
}

/**
 * Why placeholders cannot be rendered: constructs this review does not render, else those
 * without a value, with the setting that gives them. The failure is placed at the first one, so
 * the message names the others' places (`where`: line:column).
 */
export function templateProblem(blocked: Placeholder[], where: (p: Placeholder) => string): string {
  const unsupported = blocked.filter((p) => p.name === undefined);
  if (unsupported.length) {
    const list = unsupported.map((p) => `\`${p.text}\` (${where(p)})`).join(', ');
    return `the Go template action${unsupported.length > 1 ? 's' : ''} ${list} cannot be rendered by this review, which renders \`{{ .Name }}\`, \`{{ index .Options "Name" }}\` and \`{{/* comments */}}\`: have your build write the rendered SQL to a file and point migrations.paths in .github/dba.yml at it`;
  }
  const first = blocked[0] as Placeholder;
  const names = [...new Set(blocked.map((p) => p.name as string))];
  const others = [...new Set(blocked.filter((p) => p.name !== first.name).map((p) => `\`${p.text}\` at ${where(p)}`))];
  const also = others.length ? ` (and ${others.slice(0, 5).join(', ')}${others.length > 5 ? ', …' : ''})` : '';
  return `${LABEL[first.syntax]} \`${first.text}\`${also} ${names.length > 1 ? 'have' : 'has'} no value: give ${names.length > 1 ? 'them' : 'it'} in .github/dba.yml as ${setting(names)}`;
}
