import { replaceInColumnLine } from '../fixes.js';
import { newColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'prefer-bigint-over-int',
    category: 'design',
    severity: 'warning',
    summary: 'An integer (int4) or serial column, most costly as a primary or foreign key.',
    rationale:
      'int4 tops out at 2,147,483,647: a busy table exhausts its ids, and widening the column later is a full table rewrite under ACCESS EXCLUSIVE, along with every foreign key that references it.',
    safeAlternative: 'bigint (and bigint GENERATED ... AS IDENTITY for keys); the extra 4 bytes per row are cheap insurance.',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE orders (id serial PRIMARY KEY, account_id integer);',
      good: 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, account_id bigint);',
    },
  },
  (ctx) =>
    newColumns(ctx)
      .filter(({ col }) => /^(int4|serial|serial4|int|integer)$/.test(col.type) && /(^id$|_id$)/.test(col.name))
      .map(({ s, table, col }) => ({
        at: s,
        object: `${table}.${col.name}`,
        fix: replaceInColumnLine(s, col.name, /\b(serial4?|int4|integer|int)\b/i, (m: string) => (/serial/i.test(m) ? 'bigserial' : 'bigint')),
        message: `${col.name} is ${col.type === 'serial' || col.type === 'serial4' ? 'serial' : 'integer'}: an id column overflows at 2,147,483,647 and widening it later rewrites ${table}. Use bigint.`,
      })),
);
