import { newColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'prefer-text-over-varchar',
    category: 'design',
    severity: 'info',
    summary: 'varchar(n) where text with a CHECK serves.',
    rationale:
      'Raising a varchar limit is cheap, but lowering it or changing it on an old major rewrites; the limit is usually arbitrary, and a CHECK (length(x) <= n) can be changed with NOT VALID.',
    safeAlternative: 'text, with CHECK (char_length(col) <= n) if a limit matters.',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE accounts (id bigint PRIMARY KEY, name varchar(100));',
      good: 'CREATE TABLE accounts (id bigint PRIMARY KEY, name text CHECK (char_length(name) <= 100));',
    },
  },
  (ctx) =>
    newColumns(ctx)
      .filter(({ col }) => col.type === 'varchar')
      .map(({ s, table, col }) => ({
        at: s,
        object: `${table}.${col.name}`,
        message: `${col.name} is varchar(n): prefer text with a CHECK on its length, which can change without a rewrite.`,
      })),
);
