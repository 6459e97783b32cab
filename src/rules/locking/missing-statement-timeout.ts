import { rule } from '../helpers.js';
import { accessExclusiveOnExisting, timeoutSetBefore } from './missing-lock-timeout.js';

export default rule(
  {
    id: 'missing-statement-timeout',
    category: 'locking',
    severity: 'info',
    summary: 'A statement takes ACCESS EXCLUSIVE on an existing table with no statement_timeout set before it.',
    rationale: 'If the statement is slower in production than expected (a rewrite, a scan on a large table), nothing stops it while it blocks the table; statement_timeout bounds the outage.',
    safeAlternative: "SET statement_timeout = '15min'; (a bound you accept) before the statement.",
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
      bad: 'ALTER TABLE accounts ADD COLUMN nickname text;',
      good: "SET statement_timeout = '1min';\nALTER TABLE accounts ADD COLUMN nickname text;",
    },
  },
  (ctx) =>
    accessExclusiveOnExisting(ctx)
      .filter(({ s }) => !timeoutSetBefore(s, 'statement_timeout'))
      .map(({ s, table }) => ({ at: s, object: table, message: `Takes ACCESS EXCLUSIVE on ${table} with no statement_timeout: nothing bounds how long the table stays blocked.` })),
);
