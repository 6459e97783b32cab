import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'migration-renamed',
  category: 'history',
  severity: 'error',
  summary: 'A migration already on the base branch is renamed or moved.',
  rationale: 'Frameworks identify applied migrations by name or version: under its new name it looks unapplied and runs again (failing, or applying twice).',
  safeAlternative: 'Keep applied migration files where and as they are.',
  needs: 'review',
  example: { setup: '', bad: '-- git mv db/migrations/1_init.sql db/migrations/001_init.sql', good: '-- leave db/migrations/1_init.sql as it is' },
});
