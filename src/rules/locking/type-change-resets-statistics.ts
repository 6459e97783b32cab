import { alterExisting, rule } from '../helpers.js';

export default rule(
  {
    id: 'type-change-resets-statistics',
    category: 'locking',
    severity: 'info',
    summary: "ALTER COLUMN ... TYPE on an existing table drops the column's planner statistics.",
    rationale:
      'After a type change the planner has no statistics for the column until ANALYZE runs (autovacuum may take a while on a big table): plans that depend on it can turn bad right after the deploy.',
    safeAlternative: 'Run ANALYZE on the table right after the migration (outside its transaction).',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, code varchar(10));',
      bad: 'ALTER TABLE accounts ALTER COLUMN code TYPE varchar(20);',
      good: 'ALTER TABLE accounts ALTER COLUMN code TYPE varchar(20);\nANALYZE accounts;',
    },
  },
  (ctx) =>
    alterExisting(ctx)
      .filter(({ cmds }) => cmds.some((c) => c.subtype === 'AT_AlterColumnType'))
      .filter(
        ({ s, table }) =>
          !s.migration.statements.some(
            (o) => o.stmt.index > s.stmt.index && o.stmt.kind === 'VacuumStmt' && ctx.qualify((o.node.rels ?? [])[0]?.VacuumRelation?.relation) === table,
          ),
      )
      .map(({ s, table }) => ({
        at: s,
        object: table,
        message: `The type change drops the planner statistics of the column on ${table}: run ANALYZE ${table} after the migration.`,
      })),
);
