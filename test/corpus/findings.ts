// What the rule set finds in each corpus history's last migrations reviewed as one change
// (test/corpus.test.ts), by rule id: a rule that stops finding what it found, or starts finding
// more, fails the test. Counts were read from the review and spot-checked against the SQL; those
// found wrong are Doubted, with the reason.

/** A count believed wrong: the rule finds `now`, it should find `right`. Either passes, so fixing the rule needs no edit here first. */
interface Doubted {
  now: number;
  right: number;
  why: string;
}

// Counts are exact where the SQL decides them, and where PostgreSQL does (the locks, rewrites and
// catalog it measures are the same run to run; the generated rows are hashed from row numbers).
// Some depend on what the generated rows are or how PostgreSQL plans over them, which the data
// generator's tuning changes without any rule changing:
const TOLERANCE: Record<string, number> = {
  // whether a statement fails on the generated rows
  'fails-on-existing-rows': 1,
  // whether a foreign key's check was measured as a sequential scan: PostgreSQL plans that check
  // from the rows' statistics and may read an index instead (see marquez below)
  'foreign-key-validated': 2,
  'missing-statement-timeout': 2,
};

const RUN_STATES =
  'V63 adds run_states_run_uuid_fkey to run_states, which holds rows: its check was not measured as a scan of run_states (planned through an index, it seems), yet it reads every row';

export const FINDINGS: Record<string, Record<string, number | Doubted>> = {
  'trigger-dev': {
    'drop-foreign-key': 11,
    'prefer-timestamptz': 10,
    'missing-lock-timeout': 8,
    'statements-after-access-exclusive': 8,
    'multiple-alter-table': 4,
    'session-setting-persists': 4,
    'enum-value-without-position': 1,
    'expiry-column-without-index': 1,
    'fails-on-existing-rows': 1,
    'foreign-key-without-index': 1,
    'inconsistent-table-naming': 1,
    'prefer-identity': 1,
    'unique-on-existing-data': 1,
  },
  marquez: {
    'missing-lock-timeout': 40,
    'foreign-key-validated': { now: 39, right: 40, why: RUN_STATES },
    'statements-after-access-exclusive': 39,
    'missing-statement-timeout': { now: 29, right: 30, why: RUN_STATES },
    'multiple-alter-table': 25,
    'column-type-change-rewrite': 18,
    'type-change-resets-statistics': 18,
    'create-index-non-concurrently': 17,
    'foreign-key-without-index': 5,
    'drop-not-null': 4,
    'foreign-key-without-on-delete': 4,
    'prefer-text-over-varchar': 3,
    'drop-cascade': 2,
    'drop-foreign-key': 2,
    'duplicate-index': 2,
    'mixed-data-and-schema': 2,
    'unique-constraint-inline': 2,
    'drop-table': 1,
    'function-search-path-mutable': 1,
    'prefer-timestamptz': 1,
    'rename-column': 1,
    'set-not-null-scan': 1,
    'table-without-primary-key': 1,
    'uuid-primary-key-without-default': 1,
  },
  measure: {
    'missing-lock-timeout': 19,
    'statements-after-access-exclusive': 10,
    'drop-column': 6,
    // The downs of 20260707100000, 20260606120000 and 20260604103948 each lose a comment or a CHECK's old definition.
    'down-migration-incomplete': 3,
    'create-index-non-concurrently': 4,
    'multiple-alter-table': 4,
    'drop-table': 3,
    'mixed-data-and-schema': 3,
    'unique-on-existing-data': 2,
    'column-alignment-padding': 2,
    'missing-statement-timeout': 2,
    'uuid-primary-key-without-default': 1,
    'column-type-change-rewrite': 1,
    'do-block-uninspected': 1,
    'down-migration-failed': 1,
    'prefer-text-over-varchar': 1,
    'set-not-null-scan': 1,
    'type-change-resets-statistics': 1,
    'unbatched-backfill': 1,
  },
  openmeter: {
    'missing-lock-timeout': 29,
    'ban-char-type': 20,
    'statements-after-access-exclusive': 18,
    'missing-statement-timeout': 16,
    'prefer-text-over-varchar': 13,
    'check-constraint-validated': 11,
    'create-index-non-concurrently': 8,
    'do-block-uninspected': 7,
    'foreign-key-validated': 6,
    'foreign-key-without-index': 5,
    'drop-not-null': 3,
    'soft-delete-without-partial-index': 3,
    'unique-on-existing-data': 3,
    'mixed-data-and-schema': 2,
    'type-change-resets-statistics': 2,
    'duplicate-index': 1,
    'fails-on-existing-rows': 1,
    'missing-down-migration': 1,
  },
  'chatbot-ui': {
    'rls-policy-per-row-function': 43,
    'security-definer-without-search-path': 10,
    'plaintext-secret-column': 9,
    'function-search-path-mutable': 8,
    'mixed-data-and-schema': 5,
    'identifier-too-long': 1,
    'migration-failed': 1,
  },
  'crates-io': {
    'missing-lock-timeout': 17,
    'function-search-path-mutable': 14,
    'statements-after-access-exclusive': 8,
    'prefer-bigint-over-int': 6,
    'drop-column': 4,
    'missing-statement-timeout': 4,
    'prefer-text-over-varchar': 3,
    'set-not-null-scan': 3,
    'drop-not-null': 2,
    'multiple-alter-table': 2,
    'column-alignment-padding': 1,
    'down-migration-incomplete': 1,
    'fails-on-existing-rows': 1,
    'inconsistent-table-naming': 1,
  },
  hydra: {
    'missing-lock-timeout': 22,
    'drop-not-null': 21,
    'prefer-text-over-varchar': 17,
    'prefer-timestamptz': 13,
    // 20241012144910000001's down is incomplete; 20250523000001000000's and 20251119112639000002's ups change nothing here
    // (one drops an index by a name PostgreSQL never gave it, one drops defaults the columns do not have) while their downs do.
    'down-migration-incomplete': 3,
    'statements-after-access-exclusive': 11,
    'expiry-column-without-index': 9,
    'drop-index': 5,
    'drop-index-non-concurrently': 5,
    'create-index-non-concurrently': 2,
    'unique-on-existing-data': 2,
    'add-column-generated-stored': 1,
    'column-alignment-padding': 1,
    'identifier-too-long': 1,
    'inconsistent-table-naming': 1,
    'missing-statement-timeout': 1,
    'multiple-alter-table': 1,
    'wide-index': 1,
  },
  zero2prod: {
    'foreign-key-without-on-delete': 3,
    'uuid-primary-key-without-default': 3,
    'personal-data-column': 2,
    'plaintext-secret-column': 1,
    'column-alignment-padding': 1,
    'explicit-transaction-in-wrapped-migration': 1,
    'foreign-key-without-index': 1,
    'nested-transaction': 1,
    'status-column-without-check': 1,
  },
};

/** The rules whose count in a history's review is outside what is expected, each with what was expected. */
export function unexpectedCounts(name: string, counts: Record<string, number>): string[] {
  const expected = FINDINGS[name];
  if (!expected) return [`no expected findings for ${name} in test/corpus/findings.ts`];
  return [...new Set([...Object.keys(expected), ...Object.keys(counts)])].sort().flatMap((id) => {
    const e = expected[id] ?? 0;
    const [low, high] = typeof e === 'number' ? [e, e] : [Math.min(e.now, e.right), Math.max(e.now, e.right)];
    const tolerance = TOLERANCE[id] ?? 0;
    const n = counts[id] ?? 0;
    const doubt = typeof e === 'number' ? '' : ` (${e.now} now, ${e.right} right: ${e.why})`;
    return n < low - tolerance || n > high + tolerance
      ? [`${id}: ${n}, expected ${low === high ? low : `${low} to ${high}`}${tolerance ? ` ±${tolerance}` : ''}${doubt}`]
      : [];
  });
}
