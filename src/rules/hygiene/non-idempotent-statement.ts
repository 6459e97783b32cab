import type { Tree } from '../../parse/ast.js';
import { replaceInStatement } from '../fixes.js';
import { rule } from '../helpers.js';

// [statement kind, not robust, what to write, the rewrite of its opening words]
const CHECKS: [string, (n: Tree) => boolean, string, [RegExp, string]][] = [
  ['CreateStmt', (n) => !n.if_not_exists, 'CREATE TABLE IF NOT EXISTS', [/\bTABLE\b/i, 'TABLE IF NOT EXISTS']],
  ['IndexStmt', (n) => !n.if_not_exists, 'CREATE INDEX IF NOT EXISTS', [/\bINDEX(\s+CONCURRENTLY)?\b/i, 'INDEX$1 IF NOT EXISTS']],
  [
    'DropStmt',
    (n) => !n.missing_ok,
    'DROP ... IF EXISTS',
    [/\bDROP\s+(TABLE|INDEX(\s+CONCURRENTLY)?|SEQUENCE|VIEW|SCHEMA|TYPE|FUNCTION)\b/i, 'DROP $1 IF EXISTS'],
  ],
  ['CreateSchemaStmt', (n) => !n.if_not_exists, 'CREATE SCHEMA IF NOT EXISTS', [/\bSCHEMA\b/i, 'SCHEMA IF NOT EXISTS']],
  ['CreateExtensionStmt', (n) => !n.if_not_exists, 'CREATE EXTENSION IF NOT EXISTS', [/\bEXTENSION\b/i, 'EXTENSION IF NOT EXISTS']],
  ['CreateSeqStmt', (n) => !n.if_not_exists, 'CREATE SEQUENCE IF NOT EXISTS', [/\bSEQUENCE\b/i, 'SEQUENCE IF NOT EXISTS']],
];

export default rule(
  {
    id: 'non-idempotent-statement',
    category: 'hygiene',
    severity: 'warning',
    summary: 'A statement that fails when re-run, in a migration that runs without a transaction.',
    rationale:
      'Without a transaction a migration that fails halfway stays half-applied; re-running it then fails on the statements that already succeeded (relation already exists), and someone has to repair it by hand.',
    safeAlternative: 'IF NOT EXISTS / IF EXISTS on each statement, so the migration can simply be run again.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint);',
      bad: '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY orders_account_idx ON orders (account_id);',
      good: '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_account_idx ON orders (account_id);',
    },
  },
  (ctx) =>
    ctx.statements
      // Without a transaction in production: opted out, or Flyway running a non-transactional file as such.
      .filter((s) => s.migration.transaction === 'none' || (s.migration.transaction === 'auto' && s.migration.outcome?.transactional === false))
      .flatMap((s) => {
        const check = CHECKS.find(([kind, bad]) => kind === s.stmt.kind && bad(s.node));
        const fix = check && replaceInStatement(s, check[3][0], check[3][1]);
        return check
          ? [
              {
                at: s,
                ...(fix ? { fix } : {}),
                message: `This migration runs without a transaction, so a failure leaves it half-applied, and this statement fails on a re-run. Use ${check[2]}.`,
              },
            ]
          : [];
      }),
);
