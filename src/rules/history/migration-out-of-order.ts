import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'migration-out-of-order',
  category: 'history',
  severity: 'warning',
  summary: 'A new migration whose version sorts before one production has already applied.',
  rationale:
    'Depending on the framework it is refused (Flyway without outOfOrder, goose without --allow-missing), silently skipped (golang-migrate records only the latest version), or applied in a different order than in fresh environments.',
  safeAlternative: 'Rebase it: give it a version after the newest applied migration.',
  needs: 'review',
  example: { setup: '', bad: '-- V3 is applied; the change adds V2__add_index.sql', good: '-- the change adds V4__add_index.sql' },
});
