import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'migration-edited',
  category: 'history',
  severity: 'error',
  summary: 'A migration already on the base branch is edited by the change.',
  rationale:
    'Production has applied the old version and will never run the edit; Flyway and Liquibase refuse to migrate on the checksum mismatch. New environments and production then differ.',
  safeAlternative: 'Leave applied migrations as they are; put the change in a new migration.',
  needs: 'review',
  example: { setup: '', bad: '-- edit of db/migrations/001_accounts.sql, already applied', good: '-- db/migrations/002_accounts_plan.sql with the new change' },
});
