import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'truncate-cascade',
    category: 'breaking',
    severity: 'error',
    summary: 'TRUNCATE ... CASCADE.',
    rationale: 'CASCADE also empties every table that references the truncated ones through foreign keys, recursively: far more data than the statement names.',
    safeAlternative: 'Name every table to truncate explicitly, after checking what references them.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);',
      bad: 'TRUNCATE accounts CASCADE;',
      good: 'TRUNCATE orders, accounts;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'TruncateStmt')
      .filter((s) => s.node.behavior === 'DROP_CASCADE')
      .map((s) => ({ at: s, message: 'TRUNCATE ... CASCADE also empties every table that references these through foreign keys.' })),
);
