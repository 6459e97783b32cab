import type { RuleId } from './index.js';

/**
 * The hazards PostgreSQL's own reference pages document for the DDL a migration uses (the page
 * of each command: its lock, whether it scans or rewrites, what CASCADE or a dependency takes
 * along, how broad a privilege is), each with the rules that find it, or the decision why a rule
 * does not: the review states it as a measured fact, or it is left out, with the reason.
 */
export interface Hazard {
  /** The reference page: sql-altertable.html is "ALTER TABLE". */
  command: string;
  hazard: string;
  rules: RuleId[];
  /** Where no rule finds it: what the review does instead, or why nothing. */
  decision?: string;
}

const MEASURED = 'The lock and its duration are measured per statement (Performance Considerations), and key-query-blocked names the key queries it blocks.';

export const REFERENCE_HAZARDS: Hazard[] = [
  {
    command: 'ALTER TABLE ADD COLUMN',
    hazard: 'a volatile default, identity or stored generated column rewrites the table under ACCESS EXCLUSIVE',
    rules: ['add-column-volatile-default', 'add-column-auto-increment', 'add-column-generated-stored'],
  },
  { command: 'ALTER TABLE ADD COLUMN', hazard: 'NOT NULL without a default fails on existing rows', rules: ['add-required-column'] },
  {
    command: 'ALTER TABLE ALTER COLUMN TYPE',
    hazard: 'rewrites the table and its indexes unless binary coercible; drops the column statistics',
    rules: ['column-type-change-rewrite', 'type-change-resets-statistics'],
  },
  {
    command: 'ALTER TABLE ALTER COLUMN SET NOT NULL',
    hazard: 'scans the table under ACCESS EXCLUSIVE unless a valid CHECK proves it',
    rules: ['set-not-null-scan'],
  },
  {
    command: 'ALTER TABLE ADD CONSTRAINT CHECK / FOREIGN KEY',
    hazard: 'validation scans the table; a foreign key also takes SHARE ROW EXCLUSIVE on the referenced table',
    rules: ['check-constraint-validated', 'foreign-key-validated', 'validate-in-same-transaction'],
  },
  {
    command: 'ALTER TABLE ADD CONSTRAINT UNIQUE / PRIMARY KEY / EXCLUDE',
    hazard: 'builds its index under ACCESS EXCLUSIVE',
    rules: ['unique-constraint-inline', 'primary-key-inline', 'exclusion-constraint-existing-table', 'primary-key-using-index-nullable'],
  },
  {
    command: 'ALTER TABLE DROP COLUMN',
    hazard: "drops the column's indexes and constraints with it; with CASCADE, views and foreign keys that use it",
    rules: ['drop-column'],
  },
  {
    command: 'ALTER TABLE SET LOGGED / UNLOGGED / SET TABLESPACE / SET ACCESS METHOD',
    hazard: 'rewrites the table under ACCESS EXCLUSIVE; UNLOGGED leaves replicas and recovery',
    rules: ['table-rewrite'],
    decision: 'UNLOGGED is also stated in Backup & HA Notes.',
  },
  {
    command: 'ALTER TABLE ENABLE / DISABLE TRIGGER',
    hazard: 'SHARE ROW EXCLUSIVE: blocks writes while it waits',
    rules: [],
    decision: `No rule: the lock is brief and takes no scan. ${MEASURED}`,
  },
  {
    command: 'ALTER TABLE SET STATISTICS / SET (storage parameter)',
    hazard: 'SHARE UPDATE EXCLUSIVE for most parameters, ACCESS EXCLUSIVE for the rest',
    rules: ['missing-lock-timeout'],
    decision: 'rules/staticLocks.ts knows which parameters take the weaker lock.',
  },
  { command: 'ALTER TABLE DISABLE ROW LEVEL SECURITY / NO FORCE', hazard: 'the policies stop applying (they stay in the catalog)', rules: ['rls-disabled'] },
  { command: 'ALTER TABLE ENABLE ROW LEVEL SECURITY', hazard: 'with no policy, a default deny hides every row', rules: ['rls-enabled-without-policy'] },
  { command: 'ALTER TABLE REPLICA IDENTITY', hazard: 'changes what logical decoding writes for old rows', rules: ['replica-identity-change'] },
  {
    command: 'ALTER TABLE ATTACH PARTITION',
    hazard: 'scans the table (and a DEFAULT partition) under ACCESS EXCLUSIVE unless a CHECK proves the bound',
    rules: ['attach-partition-scan'],
  },
  { command: 'ALTER TABLE DETACH PARTITION', hazard: 'ACCESS EXCLUSIVE on the parent without CONCURRENTLY', rules: ['detach-partition-non-concurrently'] },
  { command: 'ALTER TABLE RENAME / RENAME COLUMN', hazard: 'breaks every reader still using the old name', rules: ['rename-table', 'rename-column'] },
  {
    command: 'ALTER TABLE OWNER TO / ALTER ... OWNER',
    hazard: 'the new owner bypasses row level security and may grant anything on it',
    rules: ['role-or-ownership-change'],
  },
  {
    command: 'CREATE INDEX',
    hazard: 'SHARE lock blocks writes for the whole build without CONCURRENTLY; CONCURRENTLY cannot run in a transaction',
    rules: ['create-index-non-concurrently', 'transaction-incompatible'],
  },
  {
    command: 'DROP INDEX',
    hazard: 'ACCESS EXCLUSIVE on the table without CONCURRENTLY; queries lose the index',
    rules: ['drop-index-non-concurrently', 'drop-index'],
  },
  { command: 'REINDEX', hazard: 'blocks writes (and reads that use the index) without CONCURRENTLY', rules: ['reindex-non-concurrently'] },
  {
    command: 'CREATE TRIGGER',
    hazard: 'SHARE ROW EXCLUSIVE on the table: blocks writes while it waits',
    rules: [],
    decision: `No rule: the lock is brief. ${MEASURED}`,
  },
  {
    command: 'CREATE VIEW / CREATE OR REPLACE VIEW',
    hazard: "a view runs with its owner's privileges unless security_invoker",
    rules: ['security-definer-view'],
  },
  {
    command: 'DROP TABLE / VIEW / TYPE / FUNCTION ... CASCADE',
    hazard: 'drops every dependent object: views, foreign keys, columns of the type, triggers',
    rules: ['drop-cascade', 'drop-table', 'enum-recreated'],
    decision: 'drop-cascade names each dependent the catalog diff shows went with the statement.',
  },
  {
    command: 'REFRESH MATERIALIZED VIEW',
    hazard: 'ACCESS EXCLUSIVE on the view for the whole refresh without CONCURRENTLY',
    rules: ['refresh-matview-non-concurrently'],
  },
  {
    command: 'DROP SEQUENCE / ALTER SEQUENCE',
    hazard: 'a dropped sequence takes the defaults that use it (CASCADE); RESTART can hand out keys already used',
    rules: ['drop-sequence'],
    decision: 'RESTART has no rule yet: no corpus history uses it; a duplicate key it causes fails the review only when the generated rows collide.',
  },
  { command: 'GRANT', hazard: 'TO PUBLIC reaches every role, now and later', rules: ['grant-to-public'] },
  {
    command: 'GRANT',
    hazard: 'ALL PRIVILEGES includes TRUNCATE and TRIGGER (on a schema, CREATE); WITH GRANT OPTION lets the grantee pass it on',
    rules: ['grant-too-broad'],
  },
  {
    command: 'ALTER DEFAULT PRIVILEGES',
    hazard: 'grants every object created later; TO PUBLIC grants them to every role',
    rules: ['grant-too-broad'],
    decision: 'Other changes to default privileges are listed in the catalog diff.',
  },
  {
    command: 'REVOKE ... CASCADE',
    hazard: 'also revokes what the grantee granted on',
    rules: [],
    decision: 'No rule: narrowing access is the intent; the Security & Access Control section lists every privilege change from the catalog diff.',
  },
  {
    command: 'CREATE POLICY / ALTER POLICY / DROP POLICY',
    hazard: 'a permissive policy ORs with the others; USING (true) opens every row; dropping one changes who sees what',
    rules: ['policy-always-true', 'multiple-permissive-policies', 'policy-without-rls', 'rls-policy-per-row-function'],
  },
  {
    command: 'ALTER TYPE ... ADD VALUE',
    hazard: 'the new value cannot be used in the transaction that adds it; without BEFORE/AFTER it sorts last',
    rules: ['enum-value-without-position'],
    decision: 'Using it in the same transaction fails in the sandbox, reported by migration-failed.',
  },
  { command: 'ALTER TYPE ... RENAME VALUE', hazard: 'breaks code and data that use the old label', rules: ['rename-enum-value'] },
  {
    command: 'CREATE EXTENSION',
    hazard: 'runs its script as superuser; objects land in the current schema',
    rules: ['untrusted-extension', 'extension-in-public'],
  },
  {
    command: 'CREATE FUNCTION ... SECURITY DEFINER',
    hazard: 'runs as its owner; a mutable search_path lets callers hijack it',
    rules: ['security-definer-without-search-path', 'security-definer-function-executable', 'function-search-path-mutable'],
  },
  { command: 'TRUNCATE', hazard: 'ACCESS EXCLUSIVE; CASCADE empties every referencing table', rules: ['truncate-table', 'truncate-cascade'] },
  { command: 'VACUUM FULL / CLUSTER', hazard: 'rewrites the table under ACCESS EXCLUSIVE', rules: ['vacuum-full-or-cluster'] },
  { command: 'LOCK TABLE', hazard: 'holds the mode until the transaction ends', rules: ['lock-table-statement'] },
  { command: 'DROP SCHEMA / DROP DATABASE', hazard: 'drops everything in it', rules: ['drop-schema', 'drop-database'] },
  { command: 'ALTER SYSTEM', hazard: 'changes the whole server, outside any transaction', rules: ['alter-system'] },
];
