import { appendToStatement } from '../fixes.js';
import { alterExisting, measuredScan, tookHere, rowsIn, rule } from '../helpers.js';

export default rule(
  {
    id: 'check-constraint-validated',
    category: 'locking',
    severity: 'error',
    summary: 'ADD CONSTRAINT ... CHECK without NOT VALID on an existing table.',
    rationale: 'The new CHECK is verified against every row while ACCESS EXCLUSIVE is held: the table is unreadable and unwritable for the whole scan.',
    safeAlternative:
      'ADD CONSTRAINT ... CHECK (...) NOT VALID (instant), then VALIDATE CONSTRAINT in a later transaction, which only takes SHARE UPDATE EXCLUSIVE.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, balance bigint);',
      bad: 'ALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0);',
      good: 'ALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0) NOT VALID;\n-- later, in its own transaction:\nALTER TABLE accounts VALIDATE CONSTRAINT balance_positive;',
    },
  },
  (ctx) =>
    alterExisting(ctx)
      .filter(({ cmds }) =>
        cmds.some((c) => c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === 'CONSTR_CHECK' && !c.def.Constraint.skip_validation),
      )
      .filter(({ s, table }) => measuredScan(s, table) !== false)
      .map(({ s, table, cmds }) => ({
        at: s,
        object: table,
        ...(cmds.length === 1 ? { fix: appendToStatement(s, ' NOT VALID') } : {}),
        message: `CHECK constraint added without NOT VALID: every row of ${table}${rowsIn(ctx, table)} is checked under ACCESS EXCLUSIVE.${tookHere(s)} Add it NOT VALID, then VALIDATE CONSTRAINT separately.`,
      })),
);
