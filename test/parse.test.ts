import { describe, expect, it } from '@jest/globals';
import { parseMigration } from '../src/parse/statements.js';

describe('parsing migrations', () => {
  it('locates each statement past leading comments and blank lines', async () => {
    const sql = '-- header\n/* block /* nested */ */\nCREATE TABLE a (id int);\n\n  -- why\n  ALTER TABLE a\n    ADD COLUMN b text;\nSELECT 1';
    const parsed = await parseMigration('m.sql', sql);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.statements.map((s) => [s.kind, s.start.line, s.start.column, s.end.line, s.sql])).toEqual([
      ['CreateStmt', 3, 1, 3, 'CREATE TABLE a (id int)'],
      ['AlterTableStmt', 6, 3, 7, 'ALTER TABLE a\n    ADD COLUMN b text'],
      ['SelectStmt', 8, 1, 8, 'SELECT 1'],
    ]);
  });

  it('keeps positions right after multi-byte characters', async () => {
    const sql = "COMMENT ON SCHEMA public IS 'café 🐘 ünïcode';\nCREATE TABLE b (x int);";
    const parsed = await parseMigration('m.sql', sql);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.statements[1]?.start).toEqual({ line: 2, column: 1 });
    expect(parsed.statements[1]?.sql).toBe('CREATE TABLE b (x int)');
    expect(parsed.statements[0]?.sql).toBe("COMMENT ON SCHEMA public IS 'café 🐘 ünïcode'");
  });

  it('reports a syntax error at its line and column', async () => {
    const parsed = await parseMigration('bad.sql', 'CREATE TABLE ok (id int);\n\nCREATE TABL nope (id int);');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toContain('syntax error at or near "TABL"');
    expect(parsed.error.position).toEqual({ line: 3, column: 8 });
  });

  it('treats an empty or comment-only file as having no statements', async () => {
    const parsed = await parseMigration('empty.sql', '-- nothing yet\n');
    expect(parsed.ok && parsed.statements).toEqual([]);
  });
});
