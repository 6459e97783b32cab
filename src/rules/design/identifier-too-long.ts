import { codeTokens } from '../../parse/ast.js';
import { rule } from '../helpers.js';

/**
 * Identifiers as written: the parser has already truncated long ones to 63 bytes (with a
 * NOTICE), so they are read from the scanner's tokens, string constants and comments left out.
 */
function writtenIdentifiers(sql: string): string[] {
  return codeTokens(sql)
    .filter((t) => t.tokenName === 'IDENT')
    .map((t) => (t.text.startsWith('"') ? t.text.slice(1, -1).replace(/""/g, '"') : t.text));
}

// In a statement of ASCII text, which most are, a name over 63 bytes is a run of 64 characters.
// A run is tried only where one starts (after a space or quote): tried at every offset, the
// regular expression cost 64 steps per character.
const NOT_ASCII = /[\u0080-\uffff]/;
const LONG_RUN = /(?:^|[\s"])[^\s"]{64}|"(?:[^"]|""){64}/;

export default rule(
  {
    id: 'identifier-too-long',
    category: 'design',
    severity: 'error',
    summary: 'An identifier longer than 63 bytes.',
    rationale:
      'PostgreSQL silently truncates identifiers to 63 bytes: two long names can collide, and the object is not called what the migration (or the ORM) says.',
    safeAlternative: 'Shorten the name to 63 bytes or fewer.',
    needs: 'sql',
    example: { setup: '', bad: `CREATE TABLE ${'a'.repeat(70)} (id bigint PRIMARY KEY);`, good: 'CREATE TABLE short_name (id bigint PRIMARY KEY);' },
  },
  (ctx) =>
    ctx.statements.flatMap((s) =>
      !NOT_ASCII.test(s.stmt.sql) && !LONG_RUN.test(s.stmt.sql)
        ? []
        : [...new Set(writtenIdentifiers(s.stmt.sql))]
            .filter((n) => Buffer.byteLength(n) > 63)
            .map((n) => ({ at: s, object: n, message: `"${n.slice(0, 40)}…" is ${Buffer.byteLength(n)} bytes: PostgreSQL truncates it to 63 silently.` })),
    ),
);
