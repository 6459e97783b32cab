import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'rename-schema',
    category: 'breaking',
    severity: 'warning',
    summary: 'ALTER SCHEMA ... RENAME TO.',
    rationale: 'Every qualified reference in deployed code, search_path settings and grants by schema name breaks at once.',
    safeAlternative: 'Create the new schema, move objects, keep the old name working (views, search_path) until nothing uses it.',
    needs: 'sql',
    example: {
      setup: 'CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id bigint PRIMARY KEY);',
      bad: 'ALTER SCHEMA billing RENAME TO invoicing;',
      good: '-- the new name works beside the old one until no code uses billing\nCREATE SCHEMA invoicing;\nCREATE VIEW invoicing.invoices AS SELECT * FROM billing.invoices;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'RenameStmt')
      .filter((s) => s.node.renameType === 'OBJECT_SCHEMA')
      .map((s) => ({ at: s, message: `Renames schema ${s.node.subname} to ${s.node.newname}: every reference to the old name breaks.` })),
);
