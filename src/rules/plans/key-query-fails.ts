import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'key-query-fails',
  category: 'plans',
  severity: 'error',
  summary: 'A key query (queries: in .github/dba.yml) that planned on the base schema fails on the changed one.',
  rationale:
    'The application still sends the query the moment the migration commits: a renamed or dropped column or table turns it into an error on every call until the code that matches is deployed.',
  safeAlternative:
    'Expand and contract: add the new column or table, deploy code that uses it, and drop or rename the old one in a later migration once nothing reads it.',
  needs: 'review',
  example: {
    setup:
      'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n-- queries: [{ name: account by email, sql: "SELECT id FROM accounts WHERE email = $1" }]',
    bad: 'ALTER TABLE accounts RENAME COLUMN email TO email_address;',
    good: 'ALTER TABLE accounts ADD COLUMN email_address text;\n-- backfill, switch the code over, and drop email in a later release',
  },
});
