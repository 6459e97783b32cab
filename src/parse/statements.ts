import { parse, type Node } from 'libpg-query';
import { SourceText, type Position } from './sourceText.js';

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
  | { ok: true; file: string; statements: Statement[]; source: SourceText }
  | { ok: false; file: string; error: ParseFailure; source: SourceText };

export async function parseMigration(file: string, sql: string): Promise<ParsedFile> {
  const source = new SourceText(sql);
  let result;
  try {
    // libpg-query refuses '' outright; an empty file (pop keeps empty ones for some dialects) holds no statements.
    result = sql === '' ? { stmts: [] } : await parse(sql);
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
    const text = sql.slice(startIndex, to).replace(/\s+$/, '');
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
