import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'fails-on-existing-rows',
  category: 'history',
  severity: 'warning',
  summary: 'A statement that fails once the tables it touches hold rows (it only applies to empty tables).',
  rationale:
    'The sandbox fills the existing tables a change touches with generated rows; a statement that fails on them (a CHECK or UNIQUE those rows break, a NOT NULL column without default) succeeds in development, where tables are empty, and fails in production if real rows are like them.',
  safeAlternative:
    'Check production data against the constraint first (a SELECT for violating rows); add the constraint NOT VALID and clean the data before VALIDATE.',
  needs: 'review',
  example: {
    setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, plan text);',
    bad: "ALTER TABLE accounts ADD CONSTRAINT plan_known CHECK (plan IN ('free', 'pro'));",
    good: "ALTER TABLE accounts ADD CONSTRAINT plan_known CHECK (plan IN ('free', 'pro')) NOT VALID;\n-- fix the rows that break it, then: ALTER TABLE accounts VALIDATE CONSTRAINT plan_known;",
  },
});
