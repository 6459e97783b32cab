import { columnDefs } from '../../parse/ast.js';
import { alterExisting, tookHere, rowsIn, rule } from '../helpers.js';

export default rule(
  {
    id: 'add-column-generated-stored',
    category: 'locking',
    severity: 'error',
    summary: 'ADD COLUMN ... GENERATED ALWAYS AS (...) STORED on an existing table.',
    rationale: 'The generated value must be computed and stored for every existing row: a full table rewrite under ACCESS EXCLUSIVE.',
    safeAlternative: 'Add a plain column filled by a trigger for new rows, backfill in batches; or compute the value in a view or query.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, net numeric, tax numeric);',
      bad: 'ALTER TABLE orders ADD COLUMN gross numeric GENERATED ALWAYS AS (net + tax) STORED;',
      good: 'ALTER TABLE orders ADD COLUMN gross numeric;\n-- fill it with a trigger for new rows and a batched backfill',
    },
  },
  (ctx) =>
    alterExisting(ctx).flatMap(({ s, table, cmds }) => {
      const cols = columnDefs(cmds.filter((c) => c.subtype === 'AT_AddColumn').map((c) => c.def)).filter((c) =>
        c.constraints.some((k) => k.contype === 'CONSTR_GENERATED'),
      );
      return cols.length
        ? [
            {
              at: s,
              object: table,
              message: `Adding stored generated column ${cols.map((c) => c.name).join(', ')} rewrites ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE.${tookHere(s)}`,
            },
          ]
        : [];
    }),
);
