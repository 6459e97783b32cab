import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'transaction-incompatible',
  category: 'hygiene',
  severity: 'error',
  summary: 'A statement that cannot run inside a transaction block, in a migration its framework runs inside one.',
  rationale:
    'CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM, DETACH PARTITION CONCURRENTLY (and ALTER TYPE ... ADD VALUE before PostgreSQL 12) refuse a transaction block: the migration fails in production. Frameworks that send a file as one query (Prisma, golang-migrate) allow such a statement only alone in its file; Flyway refuses a file that mixes it with others.',
  safeAlternative:
    "Use the framework's opt-out (goose: `-- +goose NO TRANSACTION`; dbmate: `transaction:false`; Flyway: `executeInTransaction=false`; Liquibase: `runInTransaction:false`), or put the statement alone in a migration of its own.",
  needs: 'sql',
  example: {
    setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint);',
    bad: '-- +goose Up\nCREATE INDEX CONCURRENTLY orders_account_idx ON orders (account_id);',
    good: '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY orders_account_idx ON orders (account_id);',
  },
});
