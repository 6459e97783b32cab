import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'syntax-error',
  category: 'history',
  severity: 'error',
  summary: 'A migration file that does not parse as PostgreSQL SQL.',
  rationale: "Nothing in it can run; the parser is PostgreSQL's own (libpg-query), so PostgreSQL would reject it too.",
  safeAlternative: 'Fix the syntax at the line and column given.',
  needs: 'sql',
  example: { setup: '', bad: 'CREATE TABL accounts (id bigint);', good: 'CREATE TABLE accounts (id bigint);' },
});
