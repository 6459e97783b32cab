import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'do-block-uninspected',
    category: 'hygiene',
    severity: 'info',
    summary: 'A DO block (or dynamic SQL) whose statements the rules cannot read.',
    rationale:
      'The rules read parsed SQL; the body of a DO block is a string until it runs. The sandbox still measures what it did (locks, rewrites, catalog diff), but static checks do not see inside.',
    safeAlternative: 'Prefer plain statements; keep DO blocks for logic SQL cannot express, and read their measured effects in the review.',
    needs: 'sql',
    example: {
      setup: '',
      bad: "DO $$ BEGIN EXECUTE 'CREATE INDEX idx ON big_table (col)'; END $$;",
      good: 'CREATE INDEX CONCURRENTLY idx ON big_table (col);',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'DoStmt').map((s) => ({
      at: s,
      message:
        ctx.mode === 'review'
          ? 'A DO block: the rules cannot read the statements inside it; its effects are in the measured trace and the catalog diff.'
          : 'A DO block: the rules cannot read the statements inside it (a review measures what it does).',
    })),
);
