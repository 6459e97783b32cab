import { newColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'prefer-identity',
    category: 'design',
    severity: 'info',
    summary: 'serial / bigserial instead of an identity column.',
    rationale:
      'serial creates a sequence loosely attached to the column: privileges, ownership and dumps treat it separately, and nothing stops writes of explicit values that later collide.',
    safeAlternative: 'bigint GENERATED ALWAYS AS IDENTITY (SQL standard, owned by the column).',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE events (id bigserial PRIMARY KEY);',
      good: 'CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
    },
  },
  (ctx) =>
    newColumns(ctx)
      .filter(({ col }) => /^(small|big)?serial[248]?$/.test(col.type))
      .map(({ s, table, col }) => ({
        at: s,
        object: `${table}.${col.name}`,
        message: `${col.name} is ${col.type}: prefer bigint GENERATED ALWAYS AS IDENTITY.`,
      })),
);
