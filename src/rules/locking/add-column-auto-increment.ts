import { columnDefs } from '../../parse/ast.js';
import { alterExisting, tookHere, rowsIn, rule } from '../helpers.js';

export default rule(
  {
    id: 'add-column-auto-increment',
    category: 'locking',
    severity: 'error',
    summary: 'ADD COLUMN of a serial or identity column on an existing table.',
    rationale: 'Every existing row needs its own sequence value, so PostgreSQL rewrites the table under ACCESS EXCLUSIVE.',
    safeAlternative:
      'Add a plain bigint column, attach a sequence default for new rows, backfill existing rows in batches, then add NOT NULL through a validated CHECK.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE events (payload text);',
      bad: 'ALTER TABLE events ADD COLUMN id bigserial;',
      good: "ALTER TABLE events ADD COLUMN id bigint;\nCREATE SEQUENCE events_id_seq OWNED BY events.id;\nALTER TABLE events ALTER COLUMN id SET DEFAULT nextval('events_id_seq');\n-- backfill existing rows in batches",
    },
  },
  (ctx) =>
    alterExisting(ctx).flatMap(({ s, table, cmds }) => {
      const cols = columnDefs(cmds.filter((c) => c.subtype === 'AT_AddColumn').map((c) => c.def)).filter(
        (c) => /^(small|big)?serial[248]?$/.test(c.type) || c.constraints.some((k) => k.contype === 'CONSTR_IDENTITY'),
      );
      return cols.length
        ? [
            {
              at: s,
              object: table,
              message: `Adding auto-increment column ${cols.map((c) => c.name).join(', ')} rewrites ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE to number every row.${tookHere(s)}`,
            },
          ]
        : [];
    }),
);
