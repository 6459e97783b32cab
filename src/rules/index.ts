// The rule set: one module per rule (see docs/rules/README.md). Regenerate docs with `npm run docs:rules`.
import type { RuleNames } from '../config/resolve.js';
import { CATEGORIES } from './types.js';
import addColumnAutoIncrement from './locking/add-column-auto-increment.js';
import addColumnGeneratedStored from './locking/add-column-generated-stored.js';
import addColumnVolatileDefault from './locking/add-column-volatile-default.js';
import attachPartitionScan from './locking/attach-partition-scan.js';
import checkConstraintValidated from './locking/check-constraint-validated.js';
import columnTypeChangeRewrite from './locking/column-type-change-rewrite.js';
import createIndexNonConcurrently from './locking/create-index-non-concurrently.js';
import detachPartitionNonConcurrently from './locking/detach-partition-non-concurrently.js';
import domainCheckConstraint from './locking/domain-check-constraint.js';
import dropIndexNonConcurrently from './locking/drop-index-non-concurrently.js';
import exclusionConstraintExistingTable from './locking/exclusion-constraint-existing-table.js';
import foreignKeyValidated from './locking/foreign-key-validated.js';
import lockTableStatement from './locking/lock-table-statement.js';
import missingLockTimeout from './locking/missing-lock-timeout.js';
import missingStatementTimeout from './locking/missing-statement-timeout.js';
import multipleAlterTable from './locking/multiple-alter-table.js';
import primaryKeyInline from './locking/primary-key-inline.js';
import primaryKeyUsingIndexNullable from './locking/primary-key-using-index-nullable.js';
import refreshMatviewNonConcurrently from './locking/refresh-matview-non-concurrently.js';
import reindexNonConcurrently from './locking/reindex-non-concurrently.js';
import setNotNullScan from './locking/set-not-null-scan.js';
import statementsAfterAccessExclusive from './locking/statements-after-access-exclusive.js';
import tableRewrite from './locking/table-rewrite.js';
import typeChangeResetsStatistics from './locking/type-change-resets-statistics.js';
import unbatchedBackfill from './locking/unbatched-backfill.js';
import uniqueConstraintInline from './locking/unique-constraint-inline.js';
import vacuumFullOrCluster from './locking/vacuum-full-or-cluster.js';
import validateInSameTransaction from './locking/validate-in-same-transaction.js';
import addRequiredColumn from './breaking/add-required-column.js';
import analyzeFails from './breaking/analyze-fails.js';
import dropCascade from './breaking/drop-cascade.js';
import dropColumn from './breaking/drop-column.js';
import dropDatabase from './breaking/drop-database.js';
import dropForeignKey from './breaking/drop-foreign-key.js';
import dropIndex from './breaking/drop-index.js';
import dropNotNull from './breaking/drop-not-null.js';
import dropSchema from './breaking/drop-schema.js';
import dropSequence from './breaking/drop-sequence.js';
import dropTable from './breaking/drop-table.js';
import enumRecreated from './breaking/enum-recreated.js';
import extensionUpgrade from './breaking/extension-upgrade.js';
import renameColumn from './breaking/rename-column.js';
import renameEnumValue from './breaking/rename-enum-value.js';
import renameSchema from './breaking/rename-schema.js';
import renameTable from './breaking/rename-table.js';
import replicaIdentityChange from './breaking/replica-identity-change.js';
import truncateCascade from './breaking/truncate-cascade.js';
import truncateTable from './breaking/truncate-table.js';
import uniqueOnExistingData from './breaking/unique-on-existing-data.js';
import banCharType from './design/ban-char-type.js';
import banMoneyType from './design/ban-money-type.js';
import columnAlignmentPadding from './design/column-alignment-padding.js';
import duplicateIndex from './design/duplicate-index.js';
import enumTypeCreated from './design/enum-type-created.js';
import enumValueWithoutPosition from './design/enum-value-without-position.js';
import expiryColumnWithoutIndex from './design/expiry-column-without-index.js';
import foreignKeyWithoutIndex from './design/foreign-key-without-index.js';
import foreignKeyWithoutOnDelete from './design/foreign-key-without-on-delete.js';
import identifierTooLong from './design/identifier-too-long.js';
import inconsistentTableNaming from './design/inconsistent-table-naming.js';
import multiplePermissivePolicies from './design/multiple-permissive-policies.js';
import preferBigintOverInt from './design/prefer-bigint-over-int.js';
import preferBigintOverSmallint from './design/prefer-bigint-over-smallint.js';
import preferIdentity from './design/prefer-identity.js';
import preferJsonb from './design/prefer-jsonb.js';
import preferTextOverVarchar from './design/prefer-text-over-varchar.js';
import preferTimestamptz from './design/prefer-timestamptz.js';
import regTypeColumn from './design/reg-type-column.js';
import reservedWordIdentifier from './design/reserved-word-identifier.js';
import rlsPolicyPerRowFunction from './design/rls-policy-per-row-function.js';
import softDeleteWithoutPartialIndex from './design/soft-delete-without-partial-index.js';
import stateWithoutPartialIndex from './design/state-without-partial-index.js';
import statusColumnNullable from './design/status-column-nullable.js';
import statusColumnWithoutCheck from './design/status-column-without-check.js';
import tableWithoutPrimaryKey from './design/table-without-primary-key.js';
import uuidPrimaryKeyWithoutDefault from './design/uuid-primary-key-without-default.js';
import wideIndex from './design/wide-index.js';
import alterSystem from './security/alter-system.js';
import extensionInPublic from './security/extension-in-public.js';
import functionSearchPathMutable from './security/function-search-path-mutable.js';
import grantToPublic from './security/grant-to-public.js';
import grantTooBroad from './security/grant-too-broad.js';
import personalDataColumn from './security/personal-data-column.js';
import plaintextSecretColumn from './security/plaintext-secret-column.js';
import policyAlwaysTrue from './security/policy-always-true.js';
import policyWithoutRls from './security/policy-without-rls.js';
import rlsDisabled from './security/rls-disabled.js';
import rlsEnabledWithoutPolicy from './security/rls-enabled-without-policy.js';
import roleOrOwnershipChange from './security/role-or-ownership-change.js';
import securityDefinerFunctionExecutable from './security/security-definer-function-executable.js';
import securityDefinerView from './security/security-definer-view.js';
import securityDefinerWithoutSearchPath from './security/security-definer-without-search-path.js';
import serverFileAccess from './security/server-file-access.js';
import tableWithoutRls from './security/table-without-rls.js';
import untrustedExtension from './security/untrusted-extension.js';
import doBlockUninspected from './hygiene/do-block-uninspected.js';
import duplicateColumnAssignment from './hygiene/duplicate-column-assignment.js';
import explicitTransactionInWrappedMigration from './hygiene/explicit-transaction-in-wrapped-migration.js';
import missingDownMigration from './hygiene/missing-down-migration.js';
import mixedDataAndSchema from './hygiene/mixed-data-and-schema.js';
import nestedTransaction from './hygiene/nested-transaction.js';
import nonIdempotentStatement from './hygiene/non-idempotent-statement.js';
import restoreFails from './hygiene/restore-fails.js';
import sessionSettingPersists from './hygiene/session-setting-persists.js';
import sleepInMigration from './hygiene/sleep-in-migration.js';
import suppressionWithoutReason from './hygiene/suppression-without-reason.js';
import transactionIncompatible from './hygiene/transaction-incompatible.js';
import uncommittedTransaction from './hygiene/uncommitted-transaction.js';
import unknownRuleInSuppression from './hygiene/unknown-rule-in-suppression.js';
import unqualifiedObject from './hygiene/unqualified-object.js';
import atlasSumMismatch from './history/atlas-sum-mismatch.js';
import downMigrationFailed from './history/down-migration-failed.js';
import downMigrationIncomplete from './history/down-migration-incomplete.js';
import failsOnExistingRows from './history/fails-on-existing-rows.js';
import duplicateMigrationVersion from './history/duplicate-migration-version.js';
import migrationDeleted from './history/migration-deleted.js';
import migrationEdited from './history/migration-edited.js';
import migrationFailed from './history/migration-failed.js';
import migrationNotSql from './history/migration-not-sql.js';
import migrationOutOfOrder from './history/migration-out-of-order.js';
import migrationRenamed from './history/migration-renamed.js';
import syntaxError from './history/syntax-error.js';
import keyQueryBlocked from './plans/key-query-blocked.js';
import keyQueryFails from './plans/key-query-fails.js';
import reviewStepFailed from './plans/review-step-failed.js';
import keyQueryRegressed from './plans/key-query-regressed.js';

// Not annotated as Rule[]: the element type stays the union of each rule's Rule<'its-id'>.
export const RULES = [
  addColumnAutoIncrement,
  addColumnGeneratedStored,
  addColumnVolatileDefault,
  attachPartitionScan,
  checkConstraintValidated,
  columnTypeChangeRewrite,
  createIndexNonConcurrently,
  detachPartitionNonConcurrently,
  domainCheckConstraint,
  dropIndexNonConcurrently,
  exclusionConstraintExistingTable,
  foreignKeyValidated,
  lockTableStatement,
  missingLockTimeout,
  missingStatementTimeout,
  multipleAlterTable,
  primaryKeyInline,
  primaryKeyUsingIndexNullable,
  refreshMatviewNonConcurrently,
  reindexNonConcurrently,
  setNotNullScan,
  statementsAfterAccessExclusive,
  tableRewrite,
  typeChangeResetsStatistics,
  unbatchedBackfill,
  uniqueConstraintInline,
  vacuumFullOrCluster,
  validateInSameTransaction,
  addRequiredColumn,
  analyzeFails,
  dropCascade,
  dropColumn,
  dropDatabase,
  dropForeignKey,
  dropIndex,
  dropNotNull,
  dropSchema,
  dropSequence,
  dropTable,
  enumRecreated,
  extensionUpgrade,
  renameColumn,
  renameEnumValue,
  renameSchema,
  renameTable,
  replicaIdentityChange,
  truncateCascade,
  truncateTable,
  uniqueOnExistingData,
  banCharType,
  banMoneyType,
  columnAlignmentPadding,
  duplicateIndex,
  enumTypeCreated,
  enumValueWithoutPosition,
  expiryColumnWithoutIndex,
  foreignKeyWithoutIndex,
  foreignKeyWithoutOnDelete,
  identifierTooLong,
  inconsistentTableNaming,
  multiplePermissivePolicies,
  preferBigintOverInt,
  preferBigintOverSmallint,
  preferIdentity,
  preferJsonb,
  preferTextOverVarchar,
  preferTimestamptz,
  regTypeColumn,
  reservedWordIdentifier,
  rlsPolicyPerRowFunction,
  softDeleteWithoutPartialIndex,
  stateWithoutPartialIndex,
  statusColumnNullable,
  statusColumnWithoutCheck,
  tableWithoutPrimaryKey,
  uuidPrimaryKeyWithoutDefault,
  wideIndex,
  alterSystem,
  extensionInPublic,
  functionSearchPathMutable,
  grantToPublic,
  grantTooBroad,
  personalDataColumn,
  plaintextSecretColumn,
  policyAlwaysTrue,
  policyWithoutRls,
  rlsDisabled,
  rlsEnabledWithoutPolicy,
  roleOrOwnershipChange,
  securityDefinerFunctionExecutable,
  securityDefinerView,
  securityDefinerWithoutSearchPath,
  serverFileAccess,
  tableWithoutRls,
  untrustedExtension,
  doBlockUninspected,
  duplicateColumnAssignment,
  explicitTransactionInWrappedMigration,
  missingDownMigration,
  mixedDataAndSchema,
  nestedTransaction,
  nonIdempotentStatement,
  restoreFails,
  sessionSettingPersists,
  sleepInMigration,
  suppressionWithoutReason,
  transactionIncompatible,
  uncommittedTransaction,
  unknownRuleInSuppression,
  unqualifiedObject,
  downMigrationFailed,
  downMigrationIncomplete,
  failsOnExistingRows,
  duplicateMigrationVersion,
  migrationDeleted,
  migrationEdited,
  migrationFailed,
  migrationNotSql,
  migrationOutOfOrder,
  migrationRenamed,
  atlasSumMismatch,
  syntaxError,
  keyQueryFails,
  reviewStepFailed,
  keyQueryRegressed,
  keyQueryBlocked,
];

/** Every rule's id: a typo in one is a type error wherever ids are typed with it. */
export type RuleId = (typeof RULES)[number]['meta']['id'];

export const RULE_IDS = new Set<string>(RULES.map((r) => r.meta.id));

/** What a config may name in `rules`: resolveConfig checks it against these. */
export const RULE_NAMES: RuleNames = { ids: RULE_IDS, categories: CATEGORIES };
