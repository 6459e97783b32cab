import { rule } from '../helpers.js';

const DDL = /^(Create|Alter|Drop|Index|Rename|Comment|Grant)/;

export default rule(
  {
    id: 'mixed-data-and-schema',
    category: 'hygiene',
    severity: 'info',
    summary: 'A migration that changes both the schema and data of existing tables.',
    rationale:
      'In one transaction the data change runs while the DDL locks are held (the table stays blocked for the whole backfill); and if the data part fails, the schema change rolls back with it.',
    safeAlternative: 'Schema change in one migration, data change (batched) in another.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
      bad: "ALTER TABLE accounts ADD COLUMN plan text;\nUPDATE accounts SET plan = 'free';",
      good: "ALTER TABLE accounts ADD COLUMN plan text;\n-- and, in a migration of its own, batched:\n-- UPDATE accounts SET plan = 'free' WHERE id BETWEEN 1 AND 10000;",
    },
  },
  (ctx) =>
    ctx.migrations.flatMap((m) => {
      const ddl = m.statements.find((s) => DDL.test(s.stmt.kind) && s.stmt.kind !== 'CreateStmt');
      const dml = m.statements.find((s) => ['UpdateStmt', 'DeleteStmt', 'InsertStmt'].includes(s.stmt.kind) && ctx.existedBefore(ctx.qualify(s.node.relation)));
      return ddl && dml
        ? [
            {
              at: dml,
              message: 'This migration changes data of an existing table as well as the schema: split the data change into its own (batched) migration.',
            },
          ]
        : [];
    }),
);
