import { alterCommands } from '../../parse/ast.js';
import { rule } from '../helpers.js';
import type { StatementContext } from '../types.js';
import { accessExclusiveOnExisting, timeoutSetBefore } from './missing-lock-timeout.js';

/** The statement reads or rewrites the whole table: measured, or by its kind when not measured. */
function long(s: StatementContext, table: string): boolean {
  if (s.outcome?.rewrites) return s.outcome.rewrites.includes(table) || (s.outcome.scans ?? []).some((x) => x.relation === table);
  return (
    s.stmt.kind === 'AlterTableStmt' &&
    alterCommands(s.node).some(
      (c) =>
        c.subtype === 'AT_AlterColumnType' ||
        c.subtype === 'AT_SetNotNull' ||
        (c.subtype === 'AT_AddConstraint' && !c.def?.Constraint?.skip_validation && c.def?.Constraint?.contype !== 'CONSTR_NOTNULL'),
    )
  );
}

export default rule(
  {
    id: 'missing-statement-timeout',
    category: 'locking',
    severity: 'info',
    summary: 'A statement that scans or rewrites an existing table under ACCESS EXCLUSIVE with no statement_timeout set before it.',
    rationale:
      'Such a statement runs for as long as the table is big, while the table is blocked; if production is bigger or slower than expected, nothing stops it. statement_timeout bounds the outage.',
    safeAlternative: "SET statement_timeout = '15min'; (a bound you accept) before the statement.",
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, balance bigint);',
      bad: "SET lock_timeout = '5s';\nALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0);",
      good: "SET lock_timeout = '5s';\nSET statement_timeout = '5min';\nALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0);",
    },
  },
  (ctx) =>
    accessExclusiveOnExisting(ctx)
      .filter(({ s, table }) => long(s, table) && !timeoutSetBefore(s, 'statement_timeout'))
      .map(({ s, table }) => ({
        at: s,
        object: table,
        message: `Scans or rewrites ${table} under ACCESS EXCLUSIVE with no statement_timeout: nothing bounds how long the table stays blocked.`,
      })),
);
