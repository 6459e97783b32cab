import { alterExisting, rule } from '../helpers.js';

export default rule(
  {
    id: 'primary-key-using-index-nullable',
    category: 'locking',
    severity: 'warning',
    summary: 'ADD PRIMARY KEY USING INDEX on columns that are not yet NOT NULL.',
    rationale:
      'A primary key implies NOT NULL: PostgreSQL adds it and scans the whole table under ACCESS EXCLUSIVE, which the USING INDEX form was meant to avoid.',
    safeAlternative: 'Make the columns NOT NULL first through a validated CHECK (col IS NOT NULL), then add the primary key USING INDEX.',
    needs: 'review',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE events (id bigint, payload text);\nCREATE UNIQUE INDEX events_id_key ON events (id);',
      bad: 'ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_key;',
      good: 'ALTER TABLE events ADD CONSTRAINT events_id_not_null CHECK (id IS NOT NULL) NOT VALID;\nALTER TABLE events VALIDATE CONSTRAINT events_id_not_null;\nALTER TABLE events ALTER COLUMN id SET NOT NULL;\nALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_key;',
    },
  },
  (ctx) =>
    alterExisting(ctx).flatMap(({ s, table, cmds }) => {
      const before = ctx.catalog?.before.tables[table];
      return cmds
        .filter((c) => c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === 'CONSTR_PRIMARY' && c.def.Constraint.indexname)
        .flatMap((c) => {
          const index = before?.indexes.find((i) => i.name === c.def.Constraint.indexname);
          // Columns an earlier statement of the change made NOT NULL are proven already.
          const madeNotNull = new Set(
            alterExisting(ctx)
              .filter((a) => a.table === table && a.s.stmt.index < s.stmt.index && a.s.migration === s.migration)
              .flatMap((a) => a.cmds.filter((x) => x.subtype === 'AT_SetNotNull').map((x) => x.name as string)),
          );
          const nullable = (index?.columns ?? []).filter(
            (col) => col && !madeNotNull.has(col) && before?.columns.find((x) => x.name === col)?.notNull === false,
          );
          return nullable.length
            ? [
                {
                  at: s,
                  object: table,
                  message: `${nullable.join(', ')} ${nullable.length === 1 ? 'is' : 'are'} nullable: the primary key sets NOT NULL and scans ${table} under ACCESS EXCLUSIVE. Make ${nullable.length === 1 ? 'it' : 'them'} NOT NULL through a validated CHECK first.`,
                },
              ]
            : [];
        });
    }),
);
