import { alsoDropped } from '../dependents.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'drop-cascade',
    category: 'breaking',
    severity: 'warning',
    summary: 'DROP ... CASCADE.',
    rationale: 'CASCADE silently drops every dependent object too (views, foreign keys, functions that reference it): the statement does more than it says.',
    safeAlternative: 'Drop the dependents explicitly first, so the review shows each one, then drop without CASCADE.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE VIEW active_accounts AS SELECT id FROM accounts;',
      bad: 'DROP TABLE accounts CASCADE;',
      good: 'DROP VIEW active_accounts;\nDROP TABLE accounts;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'DropStmt')
      .filter((s) => s.node.behavior === 'DROP_CASCADE' && s.node.removeType !== 'OBJECT_SCHEMA')
      .map((s) => {
        const along = alsoDropped(ctx, s);
        return {
          at: s,
          message: along
            ? `${s.stmt.sql.replace(/\s+/g, ' ').trim()}${along}. Drop dependents explicitly instead, so the migration says what it removes.`
            : `DROP ... CASCADE also drops every object that depends on it${ctx.catalog ? ' (here nothing else was, but production may have dependents the sandbox lacks)' : ''}. Drop dependents explicitly instead.`,
        };
      }),
);
