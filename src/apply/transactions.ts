import type { Statement } from '../parse/statements.js';

type Obj = Record<string, unknown>;

function body(stmt: Statement): Obj {
  return ((stmt.ast as Obj)[stmt.kind] ?? {}) as Obj;
}

/** Statements Postgres refuses inside a transaction block. */
export function cannotRunInTransaction(stmt: Statement, serverMajor: number): boolean {
  const b = body(stmt);
  switch (stmt.kind) {
    case 'IndexStmt':
      return b.concurrent === true;
    case 'DropStmt':
      return b.concurrent === true;
    case 'ReindexStmt':
      return ((b.params as Obj[] | undefined) ?? []).some((p) => (p.DefElem as Obj | undefined)?.defname === 'concurrently');
    case 'VacuumStmt':
      return b.is_vacuumcmd === true;
    case 'CreatedbStmt':
    case 'DropdbStmt':
    case 'AlterSystemStmt':
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
      return true;
    case 'AlterEnumStmt':
      // ALTER TYPE ... ADD VALUE became transaction-safe in PostgreSQL 12.
      return serverMajor < 12 && b.oldVal === undefined;
    case 'AlterTableStmt':
      return ((b.cmds as Obj[] | undefined) ?? []).some((c) => {
        const cmd = c.AlterTableCmd as Obj | undefined;
        const def = (cmd?.def as Obj | undefined)?.PartitionCmd as Obj | undefined;
        return cmd?.subtype === 'AT_DetachPartition' && def?.concurrent === true;
      });
    default:
      return false;
  }
}

/** The file manages its own transactions (BEGIN/COMMIT written in it). */
export function controlsTransactions(statements: Statement[]): boolean {
  return statements.some((s) => s.kind === 'TransactionStmt');
}
