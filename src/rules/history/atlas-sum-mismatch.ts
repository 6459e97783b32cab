import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'atlas-sum-mismatch',
  category: 'history',
  severity: 'error',
  summary: 'An Atlas migration directory whose files no longer match its atlas.sum (a migration added, edited or removed without `atlas migrate hash`).',
  rationale:
    'Atlas checks the directory against atlas.sum before it does anything: `atlas migrate validate` fails and `atlas migrate apply` refuses to run any migration until the sum matches, so the deploy stops. The sum also guards against an applied migration being edited by accident, or two branches adding migrations that were never hashed together.',
  safeAlternative:
    'Run `atlas migrate hash` and commit the new atlas.sum, after checking that the change edits no migration production has applied (the finding names the first file that differs, as `atlas migrate validate` does).',
  needs: 'review',
  example: {
    setup: '',
    bad: '-- migrations/20240102000000_add_plan.sql added; migrations/atlas.sum unchanged',
    good: '-- migrations/20240102000000_add_plan.sql added; atlas.sum re-hashed with `atlas migrate hash`',
  },
});
