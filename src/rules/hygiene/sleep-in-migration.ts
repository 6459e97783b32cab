import { calledFunctions } from '../../parse/ast.js';
import { rule, tookHere } from '../helpers.js';

const SLEEPS = new Set(['pg_sleep', 'pg_sleep_for', 'pg_sleep_until']);

export default rule(
  {
    id: 'sleep-in-migration',
    category: 'hygiene',
    severity: 'warning',
    summary: 'A migration that sleeps (pg_sleep, pg_sleep_for, pg_sleep_until).',
    rationale:
      'A sleep inside a migration waits while the migration holds every lock it has taken so far, and usually papers over a race (waiting for replicas, for a deploy, for a job) that a sleep does not actually order.',
    safeAlternative:
      'Order the work explicitly: split the migration, or wait for the condition itself in the deploy tooling, never in the transaction that holds the locks.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, note text);',
      bad: 'ALTER TABLE accounts ADD COLUMN plan text;\nSELECT pg_sleep(0.01);',
      good: 'ALTER TABLE accounts ADD COLUMN plan text;',
    },
  },
  (ctx) =>
    ctx.statements.flatMap((s) => {
      const sleeps = [...new Set(calledFunctions(s.node).filter((f) => SLEEPS.has(f.replace(/^pg_catalog\./, ''))))];
      return sleeps.length ? [{ at: s, message: `${sleeps.join(', ')} waits inside the migration, holding the locks it has taken so far.${tookHere(s)}` }] : [];
    }),
);
