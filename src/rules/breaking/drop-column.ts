import { alsoDropped } from '../dependents.js';
import { alterExisting, rule } from '../helpers.js';

export default rule(
  {
    id: 'drop-column',
    category: 'breaking',
    severity: 'warning',
    summary: 'DROP COLUMN on an existing table.',
    rationale:
      'The application version running during and just after the deploy still reads and writes the column: its queries fail the moment the column is gone, and the data cannot be recovered without a backup.',
    safeAlternative:
      'Expand and contract: stop using the column in one release (ignore it in the ORM), drop it in a later migration once no running code references it.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, legacy_code text);',
      bad: 'ALTER TABLE accounts DROP COLUMN legacy_code;',
      good: "-- release N: the application stops reading and writing legacy_code; the drop waits for a later migration\nCOMMENT ON COLUMN accounts.legacy_code IS 'unused since release N; dropped in release N+1';",
    },
  },
  (ctx) =>
    alterExisting(ctx).flatMap(({ s, table, cmds }) =>
      cmds
        .filter((c) => c.subtype === 'AT_DropColumn')
        .map((c) => {
          const along = alsoDropped(ctx, s);
          return {
            at: s,
            object: `${table}.${c.name}`,
            message: `Drops ${table}.${c.name}: code still deployed that reads or writes it fails, and its data is gone.${along ? ` The statement${along}.` : ''} Stop using it in a release first, then drop it.`,
          };
        }),
    ),
);
