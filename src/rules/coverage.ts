import type { RuleId } from './index.js';

/**
 * The union of concerns of squawk, eugene, strong_migrations, Atlas, pg-schema-diff and splinter
 * (shared/reference/linter-rules.md, section 2), each mapped to the rule that covers it here, or
 * to why a migration review cannot decide it.
 */
export interface Concern {
  concern: string;
  sources: string;
  rules: RuleId[];
  /** Why no rule: the concern needs something a migration PR does not have. */
  notApplicable?: string;
}

export const COVERAGE: Concern[] = [
  {
    concern: 'CREATE INDEX without CONCURRENTLY',
    sources: 'squawk require-concurrent-index-creation, eugene E6, strong_migrations add_index/add_reference, Atlas PG101, pg-schema-diff ACQUIRES_SHARE_LOCK',
    rules: ['create-index-non-concurrently'],
  },
  {
    concern: 'DROP INDEX without CONCURRENTLY',
    sources: 'squawk require-concurrent-index-deletion, strong_migrations remove_index, Atlas PG102',
    rules: ['drop-index-non-concurrently'],
  },
  { concern: 'REINDEX without CONCURRENTLY', sources: 'squawk require-concurrent-reindex', rules: ['reindex-non-concurrently'] },
  { concern: 'DETACH PARTITION without CONCURRENTLY', sources: 'squawk require-concurrent-partition-detach', rules: ['detach-partition-non-concurrently'] },
  { concern: 'VACUUM FULL / CLUSTER', sources: 'squawk prefer-repack', rules: ['vacuum-full-or-cluster'] },
  {
    concern: 'add column with volatile default',
    sources: 'squawk adding-field-with-default, strong_migrations add_column_default, Atlas PG302',
    rules: ['add-column-volatile-default'],
  },
  {
    concern: 'add auto-increment column',
    sources: 'squawk adding-field-with-default, eugene E11, strong_migrations add_column_auto_incrementing',
    rules: ['add-column-auto-increment'],
  },
  {
    concern: 'add stored generated column',
    sources: 'squawk adding-field-with-default, eugene E11, strong_migrations add_column_generated_stored',
    rules: ['add-column-generated-stored'],
  },
  {
    concern: 'change column type (rewrite)',
    sources: 'squawk changing-column-type, eugene E5, strong_migrations change_column, Atlas PG301',
    rules: ['column-type-change-rewrite'],
  },
  {
    concern: 'SET NOT NULL on existing column',
    sources: 'squawk adding-not-nullable-field, eugene E2, strong_migrations change_column_null_postgresql, Atlas PG303/MF104',
    rules: ['set-not-null-scan'],
  },
  {
    concern: 'CHECK added without NOT VALID',
    sources: 'squawk constraint-missing-not-valid, eugene E1, strong_migrations add_check_constraint, Atlas PG305',
    rules: ['check-constraint-validated', 'validate-in-same-transaction'],
  },
  {
    concern: 'FK added without NOT VALID',
    sources: 'squawk adding-foreign-key-constraint, eugene E1, strong_migrations add_foreign_key, Atlas PG306',
    rules: ['foreign-key-validated', 'validate-in-same-transaction'],
  },
  {
    concern: 'UNIQUE constraint built inline',
    sources: 'squawk disallowed-unique-constraint, eugene E7, strong_migrations add_unique_constraint, Atlas PG105',
    rules: ['unique-constraint-inline'],
  },
  { concern: 'PRIMARY KEY built inline', sources: 'squawk adding-serial-primary-key-field, Atlas PG104', rules: ['primary-key-inline'] },
  { concern: 'PK USING INDEX on nullable columns', sources: 'eugene W14, Atlas PG304', rules: ['primary-key-using-index-nullable'] },
  {
    concern: 'exclusion constraint on existing table',
    sources: 'eugene E8, strong_migrations add_exclusion_constraint',
    rules: ['exclusion-constraint-existing-table'],
  },
  {
    concern: 'domain with CHECK (create/alter)',
    sources: 'squawk ban-create-domain-with-constraint, ban-alter-domain-with-add-constraint',
    rules: ['domain-check-constraint'],
  },
  { concern: 'no lock_timeout', sources: 'squawk require-lock-timeout, eugene E9', rules: ['missing-lock-timeout'] },
  { concern: 'no statement_timeout', sources: 'squawk require-statement-timeout', rules: ['missing-statement-timeout'] },
  { concern: 'statements after taking ACCESS EXCLUSIVE', sources: 'eugene E4', rules: ['statements-after-access-exclusive'] },
  {
    concern: 'rewrite observed under blocking lock',
    sources: 'eugene E10',
    rules: ['table-rewrite', 'column-type-change-rewrite', 'add-column-volatile-default'],
  },
  { concern: 'several ALTER TABLEs on one table', sources: 'eugene W12', rules: ['multiple-alter-table'] },
  {
    concern: 'concurrent index build load',
    sources: 'pg-schema-diff INDEX_BUILD',
    rules: [],
    notApplicable:
      'The cost is measured instead of warned about: the review states the measured duration and lock of every CONCURRENTLY build (Performance Considerations).',
  },
  { concern: 'ANALYZE load during migration', sources: 'pg-schema-diff IMPACTS_DATABASE_PERFORMANCE', rules: ['type-change-resets-statistics'] },
  { concern: 'backfill in same transaction (advice)', sources: 'strong_migrations backfilling data', rules: ['mixed-data-and-schema', 'unbatched-backfill'] },
  {
    concern: 'drop column',
    sources: 'squawk ban-drop-column, strong_migrations remove_column, Atlas DS103, pg-schema-diff DELETES_DATA',
    rules: ['drop-column'],
  },
  {
    concern: 'drop table (incl. create_table force)',
    sources: 'squawk ban-drop-table, strong_migrations create_table, Atlas DS102, pg-schema-diff DELETES_DATA',
    rules: ['drop-table', 'drop-sequence'],
  },
  { concern: 'drop schema', sources: 'Atlas DS101', rules: ['drop-schema'] },
  { concern: 'drop database', sources: 'squawk ban-drop-database', rules: ['drop-database'] },
  { concern: 'TRUNCATE … CASCADE', sources: 'squawk ban-truncate-cascade', rules: ['truncate-cascade', 'truncate-table'] },
  { concern: 'rename column', sources: 'squawk renaming-column, strong_migrations rename_column, Atlas BC102', rules: ['rename-column'] },
  { concern: 'rename table', sources: 'squawk renaming-table, strong_migrations rename_table, Atlas BC101', rules: ['rename-table'] },
  { concern: 'rename schema', sources: 'strong_migrations rename_schema', rules: ['rename-schema'] },
  { concern: 'rename enum value', sources: 'strong_migrations rename_enum_value', rules: ['rename-enum-value', 'enum-recreated'] },
  { concern: 'NOT NULL column added without default', sources: 'squawk adding-required-field, Atlas MF103', rules: ['add-required-column'] },
  { concern: 'DROP NOT NULL', sources: 'squawk ban-drop-not-null', rules: ['drop-not-null'] },
  { concern: 'FK constraint dropped', sources: 'Atlas CD101', rules: ['drop-foreign-key'] },
  { concern: 'uniqueness on existing data may fail', sources: 'Atlas MF101, MF102', rules: ['unique-on-existing-data'] },
  { concern: 'replica identity change', sources: 'pg-schema-diff CORRECTNESS', rules: ['replica-identity-change'] },
  { concern: 'extension version upgrade', sources: 'pg-schema-diff UPGRADING_EXTENSION_VERSION', rules: ['extension-upgrade'] },
  {
    concern: 'int/smallint instead of bigint',
    sources: 'squawk prefer-bigint-over-int, prefer-bigint-over-smallint',
    rules: ['prefer-bigint-over-int', 'prefer-bigint-over-smallint'],
  },
  { concern: 'serial instead of identity', sources: 'squawk prefer-identity', rules: ['prefer-identity'] },
  { concern: 'varchar(n) instead of text', sources: 'squawk prefer-text-field', rules: ['prefer-text-over-varchar'] },
  { concern: 'timestamp without time zone', sources: 'squawk prefer-timestamptz', rules: ['prefer-timestamptz'] },
  { concern: 'char(n)', sources: 'squawk ban-char-field', rules: ['ban-char-type'] },
  { concern: 'json instead of jsonb', sources: 'eugene E3, strong_migrations add_column_json', rules: ['prefer-jsonb'] },
  { concern: 'creating an enum type', sources: 'eugene W13', rules: ['enum-type-created'] },
  { concern: 'enum ADD VALUE without position', sources: 'squawk require-enum-value-ordering', rules: ['enum-value-without-position'] },
  { concern: 'non-unique index over 3 columns', sources: 'strong_migrations add_index_columns', rules: ['wide-index'] },
  { concern: 'column alignment padding', sources: 'Atlas PG110', rules: ['column-alignment-padding'] },
  { concern: 'FK without covering index', sources: 'eugene E15, splinter 0001_unindexed_foreign_keys', rules: ['foreign-key-without-index'] },
  { concern: 'table without primary key', sources: 'splinter 0004_no_primary_key', rules: ['table-without-primary-key'] },
  {
    concern: 'unused index',
    sources: 'splinter 0005_unused_index',
    rules: [],
    notApplicable: 'Needs production usage statistics (pg_stat_user_indexes over time); a sandbox has none.',
  },
  { concern: 'duplicate index', sources: 'splinter 0009_duplicate_index', rules: ['duplicate-index'] },
  { concern: 'dropped index may slow queries', sources: 'pg-schema-diff INDEX_DROPPED', rules: ['drop-index'] },
  { concern: 'table bloat', sources: 'splinter 0020_table_bloat', rules: [], notApplicable: 'Needs the live table; the sandbox holds generated rows only.' },
  { concern: 'per-row auth calls in RLS', sources: 'splinter 0003_auth_rls_initplan', rules: ['rls-policy-per-row-function'] },
  { concern: 'multiple permissive policies', sources: 'splinter 0006_multiple_permissive_policies', rules: ['multiple-permissive-policies'] },
  { concern: 'reg* column types', sources: 'splinter 0018_unsupported_reg_types', rules: ['reg-type-column'] },
  {
    concern: 'RLS / policy / privilege change',
    sources: 'pg-schema-diff AUTHZ_UPDATE',
    rules: ['grant-to-public', 'policy-always-true', 'role-or-ownership-change'],
  },
  { concern: 'auth.users exposed', sources: 'splinter 0002_auth_users_exposed', rules: ['security-definer-view'] },
  { concern: 'policy exists, RLS disabled', sources: 'splinter 0007_policy_exists_rls_disabled', rules: ['policy-without-rls'] },
  { concern: 'RLS enabled, no policy', sources: 'splinter 0008_rls_enabled_no_policy', rules: ['rls-enabled-without-policy'] },
  { concern: 'SECURITY DEFINER view', sources: 'splinter 0010_security_definer_view', rules: ['security-definer-view'] },
  {
    concern: 'mutable function search_path',
    sources: 'splinter 0011_function_search_path_mutable',
    rules: ['function-search-path-mutable', 'security-definer-without-search-path'],
  },
  {
    concern: 'anonymous sign-ins enabled',
    sources: 'splinter 0012_auth_allow_anonymous_sign_ins',
    rules: [],
    notApplicable: 'A Supabase Auth project setting, not SQL.',
  },
  { concern: 'exposed table without RLS', sources: 'splinter 0013_rls_disabled_in_public', rules: ['table-without-rls'] },
  { concern: 'extension in public schema', sources: 'splinter 0014_extension_in_public', rules: ['extension-in-public'] },
  {
    concern: 'RLS uses user metadata',
    sources: 'splinter 0015_rls_references_user_metadata',
    rules: [],
    notApplicable: 'Needs Supabase Auth semantics (which JWT claims users can edit); not decidable from the SQL alone.',
  },
  {
    concern: 'materialized view in API',
    sources: 'splinter 0016_materialized_view_in_api',
    rules: [],
    notApplicable: 'Depends on which schemas the API (PostgREST) exposes, which is configuration outside the database.',
  },
  {
    concern: 'foreign table in API',
    sources: 'splinter 0017_foreign_table_in_api',
    rules: [],
    notApplicable: 'Depends on the API configuration; dblink/FDW extensions themselves are flagged by untrusted-extension.',
  },
  {
    concern: 'insecure queue exposed',
    sources: 'splinter 0019_insecure_queue_exposed_in_api',
    rules: [],
    notApplicable: 'Depends on Supabase Queues and the API configuration.',
  },
  {
    concern: 'FK to auth unique constraint',
    sources: 'splinter 0021_fkey_to_auth_unique',
    rules: [],
    notApplicable: 'Concerns the managed auth schema, which migrations do not own.',
  },
  {
    concern: 'outdated extension version',
    sources: 'splinter 0022_extension_versions_outdated',
    rules: [],
    notApplicable: "Depends on the production server's available versions; the sandbox's binaries differ.",
  },
  {
    concern: 'sensitive columns exposed',
    sources: 'splinter 0023_sensitive_columns_exposed',
    rules: ['personal-data-column', 'plaintext-secret-column', 'table-without-rls'],
  },
  { concern: 'always-true RLS policy', sources: 'splinter 0024_rls_policy_always_true', rules: ['policy-always-true'] },
  { concern: 'public bucket listing', sources: 'splinter 0025_public_bucket_allows_listing', rules: [], notApplicable: 'A Supabase Storage setting.' },
  { concern: 'object visible in GraphQL', sources: 'splinter 0026/0027', rules: [], notApplicable: 'Depends on pg_graphql exposure settings.' },
  { concern: 'SECURITY DEFINER function callable', sources: 'splinter 0028/0029', rules: ['security-definer-function-executable'] },
  {
    concern: 'concurrent index op inside transaction',
    sources: 'squawk ban-concurrent-index-creation-in-transaction, Atlas PG103',
    rules: ['transaction-incompatible'],
  },
  { concern: 'nested transaction control', sources: 'squawk transaction-nesting', rules: ['nested-transaction', 'explicit-transaction-in-wrapped-migration'] },
  { concern: 'BEGIN without COMMIT', sources: 'squawk ban-uncommitted-transaction', rules: ['uncommitted-transaction'] },
  { concern: 'non-idempotent statements', sources: 'squawk prefer-robust-stmts', rules: ['non-idempotent-statement'] },
  { concern: 'unqualified schema', sources: 'squawk require-table-schema', rules: ['unqualified-object'] },
  { concern: 'identifier over 63 bytes', sources: 'squawk identifier-too-long', rules: ['identifier-too-long'] },
  { concern: 'duplicate column in list', sources: 'squawk ban-duplicate-column-assignments', rules: ['duplicate-column-assignment'] },
  { concern: 'naming convention', sources: 'Atlas NM101–NM106', rules: ['inconsistent-table-naming', 'reserved-word-identifier'] },
  { concern: 'SQL the tool cannot inspect', sources: 'strong_migrations execute, pg-schema-diff IS_USER_GENERATED', rules: ['do-block-uninspected'] },
  {
    concern: 'untrackable dependencies',
    sources: 'pg-schema-diff HAS_UNTRACKABLE_DEPENDENCIES',
    rules: [],
    notApplicable:
      'The sandbox runs the SQL and diffs the catalog, so dependencies are measured rather than tracked; function bodies are compared by hash (body changed).',
  },
];
