import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'migration-failed',
  category: 'history',
  severity: 'error',
  summary: "A migration that PostgreSQL rejects when applied on top of the base branch's history.",
  rationale: 'It will fail the same way in production (or, worse, in the middle of a deploy): the sandbox ran it on the schema production has.',
  safeAlternative: 'Fix the statement PostgreSQL names, at the line and column given.',
  needs: 'review',
  example: {
    setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
    bad: 'ALTER TABLE acounts ADD COLUMN plan text;',
    good: 'ALTER TABLE accounts ADD COLUMN plan text;',
  },
});
