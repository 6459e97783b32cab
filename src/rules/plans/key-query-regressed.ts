import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'key-query-regressed',
  category: 'plans',
  severity: 'warning',
  summary:
    'A key query plans worse after the change: an index it used is gone, a table is read by a worse scan, or its estimated cost grew past plans.cost_ratio.',
  rationale:
    'Plans change silently: a dropped or invalid index, a type change that makes an index unusable, or a new predicate turns an index lookup into a sequential scan, and the query that took a millisecond takes seconds on production data.',
  safeAlternative: 'Keep (or recreate) the index the query needs before dropping the old one, and check the plan with /dba explain on the pull request.',
  needs: 'review',
  example: {
    setup:
      'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\nCREATE INDEX accounts_email_idx ON accounts (email);\n-- queries: [{ name: account by email, sql: "SELECT id FROM accounts WHERE email = $1" }]',
    bad: 'DROP INDEX accounts_email_idx;',
    good: 'CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON accounts (email);\nDROP INDEX CONCURRENTLY accounts_email_idx;',
  },
});
