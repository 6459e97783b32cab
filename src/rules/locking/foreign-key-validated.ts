import { appendToStatement } from '../fixes.js';
import { alterExisting, measuredScan, tookHere, rowsIn, rule } from '../helpers.js';

export default rule(
  {
    id: 'foreign-key-validated',
    category: 'locking',
    severity: 'error',
    summary: 'ADD FOREIGN KEY without NOT VALID on an existing table.',
    rationale:
      'Adding a foreign key takes SHARE ROW EXCLUSIVE on both tables and checks every existing row against the parent: writes to both tables are blocked for the whole scan.',
    safeAlternative:
      'ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID (instant), then VALIDATE CONSTRAINT in a later transaction (SHARE UPDATE EXCLUSIVE: writes continue).',
    needs: 'sql',
    lock: 'ShareRowExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint);',
      bad: 'ALTER TABLE orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);',
      good: 'ALTER TABLE orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;\n-- later, in its own transaction:\nALTER TABLE orders VALIDATE CONSTRAINT orders_account_fk;',
    },
  },
  (ctx) =>
    alterExisting(ctx).flatMap(({ s, table, cmds }) =>
      cmds
        .filter((c) => c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === 'CONSTR_FOREIGN' && !c.def.Constraint.skip_validation)
        .filter(() => measuredScan(s, table) !== false)
        .map((c) => {
          const parent = ctx.qualify(c.def.Constraint.pktable);
          return {
            at: s,
            object: table,
            ...(cmds.length === 1 ? { fix: appendToStatement(s, ' NOT VALID') } : {}),
            message: `Foreign key added without NOT VALID: SHARE ROW EXCLUSIVE on ${table} and ${parent} blocks their writes while every row of ${table}${rowsIn(ctx, table)} is checked.${tookHere(s)} Add it NOT VALID, then VALIDATE CONSTRAINT separately.`,
          };
        }),
    ),
);
