import { alterExisting, tookHere, rowsIn, rule } from '../helpers.js';

export default rule(
  {
    id: 'unique-constraint-inline',
    category: 'locking',
    severity: 'error',
    summary: 'ADD CONSTRAINT ... UNIQUE on an existing table, building its index inline.',
    rationale: 'The unique index is built while ACCESS EXCLUSIVE is held on the table: no reads or writes for the whole build.',
    safeAlternative: 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX (instant).',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);',
      bad: 'ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);',
      good: 'CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON accounts (email);\nALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;',
    },
  },
  (ctx) =>
    alterExisting(ctx)
      .filter(({ cmds }) => cmds.some((c) => c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === 'CONSTR_UNIQUE' && !c.def.Constraint.indexname))
      .map(({ s, table }) => ({
        at: s,
        object: table,
        message: `UNIQUE constraint built inline: its index is built on ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE.${tookHere(s)} Build it with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX.`,
      })),
);
