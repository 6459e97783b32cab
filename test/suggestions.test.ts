import { describe, expect, it } from '@jest/globals';
import { commentableLines, suggestible } from '../src/github/suggestions.js';
import type { Finding } from '../src/model/finding.js';
import { reviewCase } from './rules/harness.js';

const ORD = 'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, placed timestamp);';

describe('one-click fixes', () => {
  it('place the fix on the right line of a multi-line statement', async () => {
    const review = await reviewCase({
      setup: ORD,
      sql: '-- link orders\nALTER TABLE orders\n  ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id)\n  REFERENCES accounts (id) ON DELETE CASCADE;\n',
    });
    expect(review.findings.find((f) => f.ruleId === 'foreign-key-validated')?.fix).toEqual({
      startLine: 4,
      endLine: 4,
      replacement: '  REFERENCES accounts (id) ON DELETE CASCADE NOT VALID;',
    });
    const created = await reviewCase({ sql: 'CREATE TABLE events (\n  id bigint PRIMARY KEY,\n  at timestamp NOT NULL,\n  payload json\n);' });
    expect(created.findings.find((f) => f.ruleId === 'prefer-timestamptz')?.fix).toEqual({
      startLine: 3,
      endLine: 3,
      replacement: '  at timestamptz NOT NULL,',
    });
    expect(created.findings.find((f) => f.ruleId === 'prefer-jsonb')?.fix).toEqual({ startLine: 4, endLine: 4, replacement: '  payload jsonb' });
  });

  it('suggest CONCURRENTLY only where the result runs as it is', async () => {
    const alone = await reviewCase({ setup: ORD, sql: 'CREATE INDEX orders_account_idx\n  ON orders (account_id);' });
    expect(alone.findings.find((f) => f.ruleId === 'create-index-non-concurrently')?.fix).toEqual({
      startLine: 1,
      endLine: 1,
      replacement: 'CREATE INDEX CONCURRENTLY orders_account_idx',
    });
    const inTransaction = await reviewCase({
      setup: ORD,
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_account_idx ON orders (account_id);',
    });
    expect(inTransaction.findings.find((f) => f.ruleId === 'create-index-non-concurrently')?.fix).toBeUndefined();
  });

  it('comment only on lines the diff shows, one suggestion per line range', () => {
    const patch = '@@ -1,3 +1,4 @@\n a\n+b\n c\n d\n@@ -10 +11,2 @@\n x\n+y';
    expect([...(commentableLines({ path: 'm.sql', status: 'modified', patch }) as Set<number>)]).toEqual([1, 2, 3, 4, 11, 12]);
    expect(commentableLines({ path: 'm.sql', status: 'added' })).toBe('all');
    expect(commentableLines({ path: 'm.sql', status: 'modified' })).toBeUndefined();
    const f = (line: number, end = line): Finding => ({
      ruleId: 'r',
      severity: 'warning',
      file: 'm.sql',
      line,
      column: 1,
      message: 'm',
      fix: { startLine: line, endLine: end, replacement: 'x' },
    });
    const chosen = suggestible([f(2), f(2), f(3, 4), f(4), f(8), f(12)], [{ path: 'm.sql', status: 'modified', patch }]);
    expect(chosen.map((c) => [c.fix?.startLine, c.fix?.endLine])).toEqual([
      [2, 2],
      [3, 4],
      [12, 12],
    ]);
  });
});
