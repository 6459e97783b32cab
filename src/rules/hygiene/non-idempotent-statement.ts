import { rule } from '../helpers.js';

const CHECKS: [string, (n: any) => boolean, string][] = [
  ['CreateStmt', (n) => !n.if_not_exists, 'CREATE TABLE IF NOT EXISTS'],
  ['IndexStmt', (n) => !n.if_not_exists, 'CREATE INDEX IF NOT EXISTS'],
  ['DropStmt', (n) => !n.missing_ok, 'DROP ... IF EXISTS'],
  ['CreateSchemaStmt', (n) => !n.if_not_exists, 'CREATE SCHEMA IF NOT EXISTS'],
  ['CreateExtensionStmt', (n) => !n.if_not_exists, 'CREATE EXTENSION IF NOT EXISTS'],
  ['CreateSeqStmt', (n) => !n.if_not_exists, 'CREATE SEQUENCE IF NOT EXISTS'],
];

export default rule(
  {
    id: 'non-idempotent-statement',
    category: 'hygiene',
    severity: 'warning',
    summary: 'A statement that fails when re-run, in a migration that runs without a transaction.',
    rationale: 'Without a transaction a migration that fails halfway stays half-applied; re-running it then fails on the statements that already succeeded (relation already exists), and someone has to repair it by hand.',
    safeAlternative: 'IF NOT EXISTS / IF EXISTS on each statement, so the migration can simply be run again.',
    needs: 'sql',
    example: { setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint);', bad: '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY orders_account_idx ON orders (account_id);', good: '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_account_idx ON orders (account_id);' },
  },
  (ctx) =>
    ctx.statements
      // Without a transaction in production: opted out, or Flyway running a non-transactional file as such.
      .filter((s) => s.migration.transaction === 'none' || (s.migration.transaction === 'auto' && s.migration.outcome?.transactional === false))
      .flatMap((s) => {
        const check = CHECKS.find(([kind, bad]) => kind === s.stmt.kind && bad(s.node));
        return check ? [{ at: s, message: `This migration runs without a transaction, so a failure leaves it half-applied, and this statement fails on a re-run. Use ${check[2]}.` }] : [];
      }),
);
