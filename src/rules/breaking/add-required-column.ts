import { columnDefs } from '../../parse/ast.js';
import { alterExisting, rule } from '../helpers.js';

export default rule(
  {
    id: 'add-required-column',
    category: 'breaking',
    severity: 'error',
    summary: 'ADD COLUMN ... NOT NULL without a DEFAULT on an existing table.',
    rationale: 'It fails outright on a table that has rows, and on an empty one it breaks every INSERT of the deployed code, which does not know the column.',
    safeAlternative: 'Add it with a constant DEFAULT (instant since PostgreSQL 11), or nullable, backfill, then make it NOT NULL through a validated CHECK.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
      bad: 'ALTER TABLE accounts ADD COLUMN plan text NOT NULL;',
      good: "ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';",
    },
  },
  (ctx) =>
    alterExisting(ctx).flatMap(({ s, table, cmds }) =>
      columnDefs(cmds.filter((c) => c.subtype === 'AT_AddColumn').map((c) => c.def))
        .filter(
          (col) =>
            col.constraints.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY') &&
            !col.constraints.some((c) => ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].includes(c.contype)) &&
            !/serial/.test(col.type),
        )
        .map((col) => ({
          at: s,
          object: `${table}.${col.name}`,
          message: `Adds ${col.name} NOT NULL without a DEFAULT to ${table}: it fails if the table has rows, and deployed INSERTs that do not set it fail. Give it a constant DEFAULT.`,
        })),
    ),
);
