import { newColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'ban-char-type',
    category: 'design',
    severity: 'warning',
    summary: 'char(n) / character(n) columns.',
    rationale:
      'char(n) pads with spaces to n characters, wastes storage, and compares surprisingly (trailing spaces are ignored in some operations and not others); it is never faster than text.',
    safeAlternative: 'text (with a CHECK on length if needed).',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE countries (code char(2) PRIMARY KEY);',
      good: 'CREATE TABLE countries (code text PRIMARY KEY CHECK (char_length(code) = 2));',
    },
  },
  (ctx) =>
    newColumns(ctx)
      .filter(({ col }) => col.type === 'bpchar')
      .map(({ s, table, col }) => ({ at: s, object: `${table}.${col.name}`, message: `${col.name} is char(n): it pads values with spaces. Use text.` })),
);
