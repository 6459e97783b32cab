import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'migration-deleted',
  category: 'history',
  severity: 'error',
  summary: 'A migration already on the base branch is deleted.',
  rationale: 'Production keeps the schema it created, but no migration describes it any more: new environments built from the history lack it.',
  safeAlternative: 'Keep applied migrations; undo their effect with a new migration if needed.',
  needs: 'review',
  example: { setup: '', bad: '-- git rm db/migrations/003_old.sql', good: '-- a new migration that drops what 003_old.sql created' },
});
