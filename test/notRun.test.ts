import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../src/model/finding.js';
import { RULES } from '../src/rules/index.js';
import { lintCase, reviewCase } from './rules/harness.js';

// Statements that never ran because an earlier one failed are still reviewed: every rule that
// decides from the SQL alone finds in them what `lint` finds, in the failed file and in the files
// after it.
const SQL_RULES = new Set<string>(RULES.filter((r) => r.meta.needs === 'sql' && !r.detected).map((r) => r.meta.id));
const SETUP = "CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\nCREATE TYPE mood AS ENUM ('calm');";
const FAILING = [
  'ALTER TABLE accounts ADD COLUMN plan text;',
  'INSERT INTO missing VALUES (1);',
  'CREATE INDEX accounts_email ON accounts (email);',
  'CREATE TABLE notes (id int PRIMARY KEY, made timestamp, body varchar(20), data json);',
  'ALTER TABLE accounts RENAME COLUMN email TO mail;',
  "ALTER TYPE mood ADD VALUE 'glad';",
].join('\n');
const LATER = 'ALTER TABLE accounts ADD COLUMN n int NOT NULL;\nDROP TABLE accounts CASCADE;';
const key = (f: Finding) => `${f.ruleId} ${f.file}:${f.line}`;

describe('statements that never ran', () => {
  it('get every finding of the rules that read only SQL, in the failed file and the files after it', async () => {
    const review = await reviewCase({
      setup: SETUP,
      head: { 'db/migrations/002_change.sql': FAILING, 'db/migrations/003_later.sql': LATER },
    });
    expect(review.outcome).toBe('migration-failed');
    const statuses = review.files.map((f) => [f.path, f.statements.map((s) => s.status)]);
    expect(statuses).toEqual([
      ['db/migrations/002_change.sql', ['rolled-back', 'failed', 'not-run', 'not-run', 'not-run', 'not-run']],
      ['db/migrations/003_later.sql', ['not-run', 'not-run']],
    ]);
    const linted = [...(await lintCase(FAILING, 'db/migrations/002_change.sql')), ...(await lintCase(LATER, 'db/migrations/003_later.sql'))].filter(
      (f) => f.file.endsWith('003_later.sql') || f.line > 2,
    );
    const reviewed = review.findings.filter((f) => SQL_RULES.has(f.ruleId) && (f.file.endsWith('003_later.sql') || f.line > 2));
    expect(reviewed.map(key).sort()).toEqual(linted.map(key).sort());
    // Among them, those decided from the statement's kind where nothing was measured.
    expect(reviewed.map(key)).toEqual(
      expect.arrayContaining([
        'create-index-non-concurrently db/migrations/002_change.sql:3',
        'missing-lock-timeout db/migrations/002_change.sql:5',
        'rename-column db/migrations/002_change.sql:5',
        'enum-value-without-position db/migrations/002_change.sql:6',
        'add-required-column db/migrations/003_later.sql:1',
        'missing-lock-timeout db/migrations/003_later.sql:1',
        'drop-table db/migrations/003_later.sql:2',
      ]),
    );
  }, 120_000);
});
