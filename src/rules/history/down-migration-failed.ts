import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'down-migration-failed',
  category: 'history',
  severity: 'warning',
  summary: 'A down migration that fails when run right after its up.',
  rationale: 'The rollback plan does not work: in an incident it would stop halfway.',
  safeAlternative: 'Fix the down SQL at the line given; test it by running up, down, up.',
  needs: 'review',
  example: {
    setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
    bad: '-- +goose Up\nALTER TABLE accounts ADD COLUMN note text;\n-- +goose Down\nALTER TABLE accounts DROP COLUMN notes;',
    good: '-- +goose Up\nALTER TABLE accounts ADD COLUMN note text;\n-- +goose Down\nALTER TABLE accounts DROP COLUMN note;',
  },
});
