import { alterCommands } from '../../parse/ast.js';
import { tookHere, rowsIn, rule } from '../helpers.js';
import type { StatementContext } from '../types.js';

// Statements that other rules already explain when they rewrite, told by their parse tree (a
// table called refresh_tokens or a comment saying VACUUM does not make a statement one of them).
const EXPLAINED_KINDS = new Set(['VacuumStmt', 'ClusterStmt', 'TruncateStmt', 'RefreshMatViewStmt']);
const EXPLAINED_COMMANDS = new Set(['AT_AddColumn', 'AT_AlterColumnType']);
// Commands that rewrite for a reason no other rule names: an ADD COLUMN beside one does not explain the rewrite.
const UNEXPLAINED_REWRITES = new Set(['AT_SetLogged', 'AT_SetUnLogged', 'AT_SetTableSpace', 'AT_SetAccessMethod', 'AT_SetExpression']);
const explained = (s: StatementContext) => {
  if (EXPLAINED_KINDS.has(s.stmt.kind)) return true;
  const cmds = s.stmt.kind === 'AlterTableStmt' ? alterCommands(s.node) : [];
  return cmds.some((c) => EXPLAINED_COMMANDS.has(c.subtype)) && !cmds.some((c) => UNEXPLAINED_REWRITES.has(c.subtype));
};

export default rule(
  {
    id: 'table-rewrite',
    category: 'locking',
    severity: 'error',
    summary: 'A statement rewrote an existing table (measured), for a reason no more specific rule names.',
    rationale:
      'A rewrite copies the whole table (and rebuilds its indexes) under ACCESS EXCLUSIVE: SET LOGGED/UNLOGGED, SET TABLESPACE, SET ACCESS METHOD and similar look harmless but block the table for as long as the copy takes.',
    safeAlternative: 'Do it in a maintenance window, or build a new table and switch over; the sandbox shows the measured cost.',
    needs: 'review',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE events (id bigint PRIMARY KEY);',
      bad: 'ALTER TABLE events SET UNLOGGED;',
      good: 'CREATE UNLOGGED TABLE events_unlogged (LIKE events INCLUDING ALL);\n-- copy the rows in batches, then swap the names in one short transaction',
    },
  },
  (ctx) =>
    ctx.statements
      .filter((s) => !explained(s))
      .flatMap((s) =>
        (s.outcome?.rewrites ?? [])
          .filter((r) => ctx.existedBefore(r))
          .map((table) => ({
            at: s,
            object: table,
            message: `This statement rewrote ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE (measured: its storage was written anew).${tookHere(s)}`,
          })),
      ),
);
