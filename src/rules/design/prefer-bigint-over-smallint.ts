import { newColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'prefer-bigint-over-smallint',
    category: 'design',
    severity: 'info',
    summary: 'A smallint key column.',
    rationale: 'smallint holds 32,767 values: as a key it runs out quickly, and widening it later is a table rewrite.',
    safeAlternative: 'integer or bigint for keys; keep smallint for values with a known small range.',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE regions (id smallserial PRIMARY KEY);',
      good: 'CREATE TABLE regions (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
    },
  },
  (ctx) =>
    newColumns(ctx)
      .filter(({ col }) => /^(int2|smallserial|serial2)$/.test(col.type) && /(^id$|_id$)/.test(col.name))
      .map(({ s, table, col }) => ({ at: s, object: `${table}.${col.name}`, message: `${col.name} is smallint: as a key it runs out at 32,767. Use bigint.` })),
);
