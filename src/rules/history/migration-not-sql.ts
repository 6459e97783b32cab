import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'migration-not-sql',
  category: 'history',
  severity: 'warning',
  summary: 'A migration written in a host language (Rails, Django, Alembic, Knex, ...) was found and could not be analysed.',
  rationale: 'Only SQL can be replayed in the sandbox; the change is reviewed without it rather than silently passed.',
  safeAlternative:
    'Have the build write the SQL these migrations run to files (e.g. `rails db:migrate` with structure.sql, `alembic upgrade --sql`, `knex migrate` with debug output) and point migrations.paths at them.',
  needs: 'review',
  example: { setup: '', bad: '-- db/migrate/20240101000000_add_plan.rb', good: '-- db/sql/20240101000000_add_plan.sql generated from it' },
});
