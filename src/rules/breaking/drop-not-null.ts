import { alterExisting, rule } from '../helpers.js';

export default rule(
  {
    id: 'drop-not-null',
    category: 'breaking',
    severity: 'info',
    summary: 'DROP NOT NULL on an existing column.',
    rationale: 'Code (and reports) written against the column assume it always has a value; once NULLs can appear they break in ways no test covered.',
    safeAlternative: 'Check every reader handles NULL before relaxing the constraint.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);',
      bad: 'ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL;',
      good: "-- release N: every reader handles a NULL email; NOT NULL is dropped in a later migration\nCOMMENT ON COLUMN accounts.email IS 'may become NULL from release N+1: readers must handle it';",
    },
  },
  (ctx) =>
    alterExisting(ctx).flatMap(({ s, table, cmds }) =>
      cmds
        .filter((c) => c.subtype === 'AT_DropNotNull')
        .map((c) => ({ at: s, object: `${table}.${c.name}`, message: `${table}.${c.name} may now be NULL: code that assumed a value will meet NULLs.` })),
    ),
);
