import { newColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'reg-type-column',
    category: 'design',
    severity: 'warning',
    summary: 'A column of a reg* type (regclass, regproc, regtype, ...).',
    rationale:
      'reg* values are OIDs: pg_upgrade refuses tables with most of them, and a dump/restore gives objects new OIDs so stored values point at the wrong thing.',
    safeAlternative: 'Store the object name as text (or a foreign key to your own table).',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE audit (id bigint PRIMARY KEY, target regclass);',
      good: 'CREATE TABLE audit (id bigint PRIMARY KEY, target text);',
    },
  },
  (ctx) =>
    newColumns(ctx)
      .filter(({ col }) => /^reg(class|proc|procedure|oper|operator|type|config|dictionary|role|namespace|collation)$/.test(col.type))
      .map(({ s, table, col }) => ({
        at: s,
        object: `${table}.${col.name}`,
        message: `${col.name} is ${col.type}: OID-based values block pg_upgrade and break across dump/restore. Store names as text.`,
      })),
);
