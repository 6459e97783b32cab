import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'key-query-blocked',
  category: 'plans',
  severity: 'info',
  summary: 'A statement takes a lock (measured in the sandbox) that a key query waits for while the statement runs.',
  rationale:
    'A lock is held to the end of its transaction: every call of the key query queues behind it, and everything queued behind the query waits too, so a short ACCESS EXCLUSIVE on a hot table stalls the application.',
  safeAlternative:
    'Use the variant that takes a weaker lock (CONCURRENTLY, NOT VALID then VALIDATE), keep the transaction short, and set lock_timeout so the migration gives up instead of queueing the application behind it.',
  needs: 'review',
  example: {
    setup:
      'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n-- queries: [{ name: account by email, sql: "SELECT id FROM accounts WHERE email = $1" }]',
    bad: "ALTER TABLE accounts ADD COLUMN plan text DEFAULT 'free';\nCREATE INDEX accounts_plan_idx ON accounts (plan);",
    good: "ALTER TABLE accounts ADD COLUMN plan text DEFAULT 'free';\n-- in a migration without a transaction:\nCREATE INDEX CONCURRENTLY accounts_plan_idx ON accounts (plan);",
  },
});
