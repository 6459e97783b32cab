import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'duplicate-migration-version',
  category: 'history',
  severity: 'error',
  summary: 'Two migrations of one history share a version.',
  rationale: 'The framework cannot tell them apart: one fails, or one is skipped, depending on the framework.',
  safeAlternative: 'Give the new migration a version of its own.',
  needs: 'review',
  example: { setup: '', bad: '-- 00005_a.sql and 00005_b.sql', good: '-- 00005_a.sql and 00006_b.sql' },
});
