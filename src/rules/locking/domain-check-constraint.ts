import type { Tree } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'domain-check-constraint',
    category: 'locking',
    severity: 'warning',
    summary: 'CREATE DOMAIN with a CHECK, or ALTER DOMAIN ... ADD CONSTRAINT.',
    rationale:
      'Adding a constraint to a domain re-checks every column of every table that uses the domain, under locks on all of them; and a domain CHECK cannot be changed later without that cost again.',
    safeAlternative: 'Put CHECK constraints on the table columns (added NOT VALID, then validated), not on the domain.',
    needs: 'sql',
    example: {
      setup: 'CREATE DOMAIN email AS text;',
      bad: "ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');",
      good: "ALTER TABLE accounts ADD CONSTRAINT email_has_at CHECK (email LIKE '%@%') NOT VALID;",
    },
  },
  (ctx) => [
    ...statementsOf(ctx, 'CreateDomainStmt')
      .filter((s) => ((s.node.constraints ?? []) as Tree[]).some((c) => c.Constraint?.contype === 'CONSTR_CHECK'))
      .map((s) => ({
        at: s,
        message: 'A domain with a CHECK: changing it later re-checks every column that uses the domain. Prefer CHECK constraints on the columns.',
      })),
    ...statementsOf(ctx, 'AlterDomainStmt')
      .filter((s) => s.node.subtype === 'C')
      .map((s) => ({ at: s, message: 'ALTER DOMAIN ... ADD CONSTRAINT re-checks every column of every table using the domain, under lock.' })),
  ],
);
