import { parse, type Node } from 'libpg-query';
import type { ParseCache } from './parseCache.js';
import { SourceText, type Position, type RenderedFrom } from './sourceText.js';
import { findPlaceholders, render, templateProblem, type TemplateSettings } from './templates.js';

/** One SQL statement of a migration file, located in its file. */
export interface Statement {
  file: string;
  /** 0-based index within the file. */
  index: number;
  /** The statement's text exactly as written, without the trailing semicolon. */
  sql: string;
  start: Position;
  end: Position;
  /** String index of the statement's first character in the file. */
  offset: number;
  /** libpg-query node type, e.g. CreateStmt, AlterTableStmt, IndexStmt. */
  kind: string;
  ast: Node;
}

export interface ParseFailure {
  file: string;
  message: string;
  position: Position;
}

export type ParsedFile =
  { ok: true; file: string; statements: Statement[]; source: SourceText } | { ok: false; file: string; error: ParseFailure; source: SourceText };

/** How a migration's placeholders are rendered: the settings, and whether it belongs to a Flyway history. */
export interface Templating {
  settings: TemplateSettings;
  flyway: boolean;
}

/**
 * Parses a migration, rendering its placeholders first (see templates.ts): those that are
 * rendered whatever the file is, then, if it still does not parse, the ones only a failing file
 * is read as (psql variables, ${name}). A placeholder without a value is the failure, at its
 * place in the file, with the setting that gives it.
 */
export async function parseMigration(file: string, sql: string, templating?: Templating, cache?: ParseCache): Promise<ParsedFile> {
  const found = templating ? findPlaceholders(sql, file, templating.settings, templating.flyway) : [];
  if (!found.length) return parseText(file, sql, undefined, cache);
  const always = found.filter((p) => p.when === 'always');
  const stages = [always, found].filter((set, i) => set.length > 0 && (i === 0 || set.length > always.length));
  let parsed = always.length ? undefined : await parseText(file, sql, undefined, cache);
  for (const set of stages) {
    if (parsed?.ok) break;
    const blocked = set.filter((p) => p.value === undefined);
    if (blocked.length) {
      const source = new SourceText(sql);
      const where = (p: { start: number }) => {
        const at = source.positionAt(p.start);
        return `${at.line}:${at.column}`;
      };
      const first = blocked.find((p) => p.name === undefined) ?? (blocked[0] as { start: number });
      return { ok: false, file, source, error: { file, message: templateProblem(blocked, where), position: source.positionAt(first.start) } };
    }
    const rendered = render(sql, set);
    parsed = await parseText(file, rendered.text, { text: sql, replaced: rendered.replaced }, cache);
  }
  return parsed as ParsedFile;
}

async function parseText(file: string, sql: string, from?: RenderedFrom, cache?: ParseCache): Promise<ParsedFile> {
  const source = new SourceText(sql, from);
  let result;
  try {
    // libpg-query refuses '' outright; an empty file (pop keeps empty ones for some dialects) holds no statements.
    result = sql === '' ? { stmts: [] } : await (cache ? cache.parse(sql) : parse(sql));
  } catch (err) {
    const details = (err as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
    const index = source.indexAfterChars(0, details?.cursorPosition ?? 0);
    return {
      ok: false,
      file,
      source,
      error: { file, message: (err as Error).message, position: source.positionAt(index) },
    };
  }
  const statements: Statement[] = [];
  for (const raw of result.stmts ?? []) {
    if (!raw.stmt) continue;
    const from = source.indexOfByte(raw.stmt_location ?? 0);
    const to = raw.stmt_len ? source.indexOfByte((raw.stmt_location ?? 0) + raw.stmt_len) : sql.length;
    const startIndex = source.skipTrivia(from, to);
    const text = sql.slice(startIndex, to).trimEnd();
    const kind = Object.keys(raw.stmt)[0] ?? 'Unknown';
    statements.push({
      file,
      index: statements.length,
      sql: text,
      offset: startIndex,
      start: source.positionAt(startIndex),
      end: source.positionAt(startIndex + text.length),
      kind,
      ast: raw.stmt,
    });
  }
  return { ok: true, file, statements, source };
}

/** Files to parse in a worker thread (tasks.ts parse), each with how its placeholders are rendered. */
export type ParseTask = { path: string; sql: string; templating: Templating }[];

/** A parsed file that crossed a thread boundary as plain data: its SourceText made whole again. */
export function reviveParsed(parsed: ParsedFile): ParsedFile {
  return { ...parsed, source: new SourceText(parsed.source.text, parsed.source.from) };
}
