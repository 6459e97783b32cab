import { alterExisting, tookHere, rowsIn, rule } from '../helpers.js';

export default rule(
  {
    id: 'exclusion-constraint-existing-table',
    category: 'locking',
    severity: 'error',
    summary: 'ADD CONSTRAINT ... EXCLUDE on an existing table.',
    rationale:
      'An exclusion constraint builds its index and checks every row under ACCESS EXCLUSIVE, and unlike UNIQUE it has no NOT VALID or USING INDEX path: there is no online way to add it.',
    safeAlternative: 'Add it when the table is created, or plan a maintenance window; enforce the rule in the application or a trigger meanwhile.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE EXTENSION IF NOT EXISTS btree_gist;\nCREATE TABLE bookings (room int, during tstzrange);',
      bad: 'ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);',
      good: 'CREATE TABLE bookings_v2 (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));\n-- migrate rows, then swap tables',
    },
  },
  (ctx) =>
    alterExisting(ctx)
      .filter(({ cmds }) => cmds.some((c) => c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === 'CONSTR_EXCLUSION'))
      .map(({ s, table }) => ({
        at: s,
        object: table,
        message: `Exclusion constraint added to ${table}${rowsIn(ctx, table)}: its index is built and every row checked under ACCESS EXCLUSIVE, with no online alternative.${tookHere(s)}`,
      })),
);
