import { describe, expect, it } from '@jest/globals';
import { RULES } from '../src/rules/index.js';
import { CASES } from './rules/cases.js';
import { reviewCase, type RuleCase } from './rules/harness.js';

// Steps of the review's own work (ANALYZE, the fill, the plans) that PostgreSQL refuses because
// of what the change made are findings at the statement that made it, and the review goes on.
const rule = (id: string) => RULES.find((r) => r.meta.id === id)?.meta;

describe('ANALYZE that fails on an index the change creates', () => {
  it('is an analyze-fails error at the CREATE INDEX, and the rest of the review runs', async () => {
    const meta = rule('analyze-fails');
    const review = await reviewCase({ setup: meta?.example.setup as string, sql: meta?.example.bad as string });
    expect(review.outcome).toBe('reviewed');
    expect(review.problems).toEqual([]);
    const [finding, ...more] = review.findings.filter((f) => f.ruleId === 'analyze-fails');
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', file: 'db/migrations/002_change.sql', line: 4, object: 'public.contacts' });
    expect(finding?.message).toMatch(
      /^ANALYZE public\.contacts fails once public\.contacts holds rows: function email_domain\(text\) does not exist \(PL\/pgSQL function contact_key\(text\) line 1 at RETURN\), evaluating the expression of index contacts_key\. Autovacuum's analyze/,
    );
    expect(finding?.message).toContain('search_path = pg_catalog, pg_temp');
    // The review went on: the table was filled and the other rules ran on the catalog.
    expect(review.plans?.rows['public.contacts']).toBe(50);
    expect(review.findings.map((f) => f.ruleId)).toContain('foreign-key-without-index');
  });

  it.each([
    ['docs example (good)', { setup: rule('analyze-fails')?.example.setup as string, sql: rule('analyze-fails')?.example.good as string }],
    ...(CASES['analyze-fails']?.passes ?? []).map((c, i) => [`case ${i + 1}`, c] as [string, RuleCase]),
  ])('is not reported when the function resolves its names itself: %s', async (_label, c) => {
    const review = await reviewCase(c);
    expect(review.outcome).toBe('reviewed');
    expect(review.findings.filter((f) => f.ruleId === 'analyze-fails' || f.ruleId === 'review-step-failed')).toEqual([]);
  });

  it("relying on the search_path the migration set: reported at its index, from a key query's fill", async () => {
    const review = await reviewCase(CASES['analyze-fails']?.triggers[0] as RuleCase);
    expect(review.outcome).toBe('reviewed');
    const hits = review.findings.filter((f) => f.ruleId === 'analyze-fails');
    expect(hits.map((f) => [f.line, f.message.split(':')[0]])).toEqual([[6, 'ANALYZE public.notes fails once public.notes holds rows']]);
    expect(hits[0]?.message).toContain('function slug(text) does not exist');
  });
});

describe('a fill that fails on a policy the change creates', () => {
  it('is a review-step-failed warning at the function the policy calls, and the rest of the review runs', async () => {
    const review = await reviewCase(CASES['review-step-failed']?.triggers[0] as RuleCase);
    expect(review.outcome).toBe('reviewed');
    const hits = review.findings.filter((f) => f.ruleId === 'review-step-failed');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'warning', line: 1, object: 'public.notes' });
    expect(hits[0]?.message).toBe(
      'Filling public.notes with rows failed after this change: unrecognized configuration parameter "app.tenant" (PL/pgSQL function tenant_id() line 1 at RETURN). The review went on without it, so what it would have measured is missing. Reading public.notes fails the same way for the application.',
    );
    // The key query was still planned after the change (the planner evaluates the policy's function too).
    expect(review.plans?.comparisons.map((c) => [c.name, c.after?.ok === false && c.after.error])).toEqual([
      ['note by id', 'unrecognized configuration parameter "app.tenant"'],
    ]);
  });

  it('is reported for the docs example and not for its safe rewrite or an unforced policy', async () => {
    const meta = rule('review-step-failed');
    const bad = await reviewCase({ setup: meta?.example.setup as string, sql: meta?.example.bad as string });
    expect(bad.findings.filter((f) => f.ruleId === 'review-step-failed').map((f) => f.line)).toEqual([1]);
    for (const c of [{ setup: meta?.example.setup as string, sql: meta?.example.good as string }, ...(CASES['review-step-failed']?.passes ?? [])]) {
      const review = await reviewCase(c);
      expect(review.outcome).toBe('reviewed');
      expect(review.findings.filter((f) => f.ruleId === 'review-step-failed')).toEqual([]);
    }
  });
});
