import { insertBefore } from '../fixes.js';
import { measuredLock, rule, settingValue } from '../helpers.js';
import { alterTableLock } from '../staticLocks.js';
import type { RuleContext, StatementContext } from '../types.js';

/** The statement's migration set a timeout before it (SET or SET LOCAL, not to 0). */
export function timeoutSetBefore(s: StatementContext, setting: string): boolean {
  return s.migration.statements.some(
    (o) => o.stmt.index < s.stmt.index && o.stmt.kind === 'VariableSetStmt' && o.node.name === setting && !/^0\D*$/.test(settingValue(o)),
  );
}

/** Statements that took ACCESS EXCLUSIVE on a table that existed before (measured, or a DDL kind when not measured: lint, or never run after a failure). */
export function accessExclusiveOnExisting(ctx: RuleContext): { s: StatementContext; table: string }[] {
  const out: { s: StatementContext; table: string }[] = [];
  for (const s of ctx.statements) {
    if (s.outcome?.locks) {
      const table = s.outcome.locks.find((l) => l.kind === 'table' && l.mode === 'AccessExclusiveLock' && ctx.existedBefore(l.relation))?.relation;
      if (table && measuredLock(s, table) === 'AccessExclusiveLock') out.push({ s, table });
    } else if (
      ['AlterTableStmt', 'RenameStmt', 'DropStmt'].includes(s.stmt.kind) &&
      s.node.relation &&
      // A foreign key, VALIDATE, trigger switches, SET STATISTICS, ... take weaker locks.
      (s.stmt.kind !== 'AlterTableStmt' || alterTableLock(s.node) === 'AccessExclusiveLock')
    ) {
      const table = ctx.qualify(s.node.relation);
      if (ctx.existedBefore(table)) out.push({ s, table });
    }
  }
  return out;
}

export default rule(
  {
    id: 'missing-lock-timeout',
    category: 'locking',
    severity: 'warning',
    summary: 'A statement takes ACCESS EXCLUSIVE on an existing table with no lock_timeout set before it.',
    rationale:
      'ACCESS EXCLUSIVE waits behind every running query on the table, and every query that arrives after it waits behind it: one long SELECT turns a millisecond ALTER into an outage. lock_timeout makes the migration give up (and retry) instead.',
    safeAlternative: "SET lock_timeout = '5s'; (or SET LOCAL inside the migration's transaction) before the statement, and retry the migration on timeout.",
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
      bad: 'ALTER TABLE accounts ADD COLUMN nickname text;',
      good: "SET lock_timeout = '5s';\nALTER TABLE accounts ADD COLUMN nickname text;",
    },
  },
  (ctx) =>
    accessExclusiveOnExisting(ctx)
      .filter(({ s }) => !timeoutSetBefore(s, 'lock_timeout'))
      .map(({ s, table }) => ({
        at: s,
        object: table,
        fix: insertBefore(s, "SET lock_timeout = '5s';"),
        message: `Takes ACCESS EXCLUSIVE on ${table} with no lock_timeout: if a long query holds the table, this statement waits and every query behind it queues. SET lock_timeout first.`,
      })),
);
