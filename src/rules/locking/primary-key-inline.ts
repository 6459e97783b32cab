import { alterExisting, tookHere, rowsIn, rule } from '../helpers.js';

export default rule(
  {
    id: 'primary-key-inline',
    category: 'locking',
    severity: 'error',
    summary: 'ADD PRIMARY KEY on an existing table, building its index inline.',
    rationale: 'The primary key index is built (and the columns checked for NULLs) under ACCESS EXCLUSIVE: the table is unusable for the whole build.',
    safeAlternative: 'CREATE UNIQUE INDEX CONCURRENTLY on the key columns (already NOT NULL), then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE events (id bigint NOT NULL, payload text);',
      bad: 'ALTER TABLE events ADD PRIMARY KEY (id);',
      good: 'CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON events (id);\nALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;',
    },
  },
  (ctx) =>
    alterExisting(ctx)
      .filter(({ cmds }) =>
        cmds.some((c) => c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === 'CONSTR_PRIMARY' && !c.def.Constraint.indexname),
      )
      .map(({ s, table }) => ({
        at: s,
        object: table,
        message: `PRIMARY KEY built inline on ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE.${tookHere(s)} Build a unique index CONCURRENTLY first, then ADD PRIMARY KEY USING INDEX.`,
      })),
);
