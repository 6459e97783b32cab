import { rule, runsBefore, statementsOf, targetTable } from '../helpers.js';

export default rule(
  {
    id: 'unique-on-existing-data',
    category: 'breaking',
    severity: 'info',
    summary: 'A unique index or constraint on an existing table.',
    rationale:
      'If production already holds duplicates the migration fails there (a CONCURRENTLY build leaves an INVALID index behind), even though it passed on empty development databases.',
    safeAlternative: 'Query production for duplicates first (GROUP BY ... HAVING count(*) > 1) and clean them up in an earlier release.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);',
      bad: 'CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON accounts (email);',
      good: '-- on production first: this must return nothing before the unique index is built, in a migration of its own\nSELECT email FROM accounts GROUP BY email HAVING count(*) > 1;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'IndexStmt')
      .filter((s) => s.node.unique && ctx.existedBefore(targetTable(ctx, s)))
      // The change deletes rows of the table first: the duplicates' clean-up, written where it must run.
      .filter((s) => !statementsOf(ctx, 'DeleteStmt').some((d) => runsBefore(ctx, d.stmt, s.stmt) && ctx.qualify(d.node.relation) === targetTable(ctx, s)))
      .map((s) => ({
        at: s,
        object: targetTable(ctx, s),
        message: `A unique index on ${targetTable(ctx, s)}, which holds production data: it fails there if duplicates exist. Check for duplicates first.`,
      })),
);
