import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'migration-renamed',
  category: 'history',
  severity: 'error',
  summary: 'A migration already on the base branch is renamed or moved within its history.',
  rationale:
    "What a rename does depends on how the framework knows an applied migration. By name (Prisma's folder, node-pg-migrate, Liquibase's path, sqitch's change): it looks unapplied and runs again, failing or applying twice. By version (golang-migrate, goose, dbmate, pop, Supabase): a new name with the same version is the same migration (reported as info), a new version runs again; Flyway also fails validation on a changed description. The finding's severity and message follow the framework.",
  safeAlternative: 'Keep applied migration files where and as they are.',
  needs: 'review',
  example: { setup: '', bad: '-- git mv db/migrations/1_init.sql db/migrations/001_init.sql', good: '-- leave db/migrations/1_init.sql as it is' },
});
