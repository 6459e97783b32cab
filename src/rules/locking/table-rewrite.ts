import { ms, rowsIn, rule } from '../helpers.js';

// Statements that other rules already explain when they rewrite.
const EXPLAINED = /ADD\s+COLUMN|ALTER\s+COLUMN[\s\S]*TYPE|VACUUM|CLUSTER|TRUNCATE|REFRESH/i;

export default rule(
  {
    id: 'table-rewrite',
    category: 'locking',
    severity: 'error',
    summary: 'A statement rewrote an existing table (measured), for a reason no more specific rule names.',
    rationale: 'A rewrite copies the whole table (and rebuilds its indexes) under ACCESS EXCLUSIVE: SET LOGGED/UNLOGGED, SET TABLESPACE, SET ACCESS METHOD and similar look harmless but block the table for as long as the copy takes.',
    safeAlternative: 'Do it in a maintenance window, or build a new table and switch over; the sandbox shows the measured cost.',
    needs: 'review',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE events (id bigint PRIMARY KEY);',
      bad: 'ALTER TABLE events SET UNLOGGED;',
      good: '-- create events_unlogged, copy in batches, then swap names in one short transaction',
    },
  },
  (ctx) =>
    ctx.statements
      .filter((s) => !EXPLAINED.test(s.stmt.sql))
      .flatMap((s) =>
        (s.outcome?.rewrites ?? [])
          .filter((r) => ctx.existedBefore(r))
          .map((table) => ({ at: s, object: table, message: `This statement rewrote ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE (measured: its storage was written anew).${ms(s)}` })),
      ),
);
