import { beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'libpg-query';
import { readFile } from 'node:fs/promises';
import PQueue from 'p-queue';
import { COVERAGE } from '../src/rules/coverage.js';
import { REFERENCE_HAZARDS } from '../src/rules/referenceHazards.js';
import { renderRuleDoc, renderRulesIndex } from '../src/rules/docs.js';
import { RULES } from '../src/rules/index.js';
import type { Finding } from '../src/model/finding.js';
import type { Review } from '../src/review/types.js';
import { CASES, type Expected } from './rules/cases.js';
import { lintCase, reviewCase, type RuleCase } from './rules/harness.js';
import { ensureDebianPackages } from './support/hostPackages.js';

// The rule tester: every rule runs through the whole review pipeline against real PostgreSQL,
// on its docs example (bad must trigger, good must not) and on the cases in ./rules/cases.ts.
// A triggering case's findings are checked whole: message, file:line:column and object, against
// the case's `finds` or else the reviewed snapshot in __snapshots__/rules.test.ts.snap.
interface Planned {
  id: string;
  expect: 'triggers' | 'passes';
  label: string;
  c: RuleCase;
  finds?: Expected[];
}

// Durations differ from run to run: the rest of a message does not.
const stable = (f: Finding): Expected => ({
  at: `${f.file}:${f.line}:${f.column}`,
  ...(f.object ? { object: f.object } : {}),
  message: f.message.replace(/\d+(\.\d+)? ms\b/g, '<n> ms'),
});

const planned: Planned[] = RULES.flatMap((rule) => {
  const cases = CASES[rule.meta.id];
  const { setup, bad, good } = rule.meta.example;
  // An opt-in rule's example is shown as it behaves once turned on.
  const on = rule.meta.defaultOff ? { config: { rules: { [rule.meta.id]: rule.meta.severity } } } : {};
  const fromExample: Planned[] = cases?.exampleIsIllustrative
    ? []
    : [
        { id: rule.meta.id, expect: 'triggers', label: 'docs example (bad)', c: { ...(setup ? { setup } : {}), sql: bad, ...on } },
        { id: rule.meta.id, expect: 'passes', label: 'docs example (good)', c: { ...(setup ? { setup } : {}), sql: good, ...on } },
      ];
  return [
    ...fromExample,
    ...(cases?.triggers ?? []).map(({ finds, ...c }, i) => ({
      id: rule.meta.id,
      expect: 'triggers' as const,
      label: `case ${i + 1}`,
      c,
      ...(finds ? { finds } : {}),
    })),
    ...(cases?.passes ?? []).map((c, i) => ({ id: rule.meta.id, expect: 'passes' as const, label: `case ${i + 1}`, c })),
  ];
});

// Two tiers: a case of a rule that decides from SQL alone runs as `lint` does, with no PostgreSQL;
// the docs examples, and every case that needs a history, a framework's path or other settings,
// run through the whole pipeline.
// Rules a pipeline stage detects (syntax-error...) have no lint of their own to run.
const SQL_ONLY = new Set<string>(RULES.filter((r) => r.meta.needs === 'sql' && !r.detected).map((r) => r.meta.id));
const lintable = (p: Planned): p is Planned & { c: { sql: string } } =>
  SQL_ONLY.has(p.id) &&
  p.label.startsWith('case ') &&
  p.c.sql !== undefined &&
  !p.c.review &&
  !p.c.base &&
  !p.c.head &&
  !p.c.changed &&
  !p.c.path &&
  Object.keys(p.c.config ?? {}).every((k) => k === 'rules');

/** What a case gave: the review's findings, and why its setup did not replay if it did not. */
interface Outcome {
  findings: Finding[];
  failure?: string | undefined;
  problems: string[];
}
const results = new Map<Planned, Outcome | Error>();
const fromReview = (r: Review): Outcome => ({ findings: r.findings, failure: r.base?.failure?.error.message, problems: r.problems });

// Cases on the host's PostgreSQL of another major (the restore drill's pg_dump) need its Debian
// packages: installed when missing (as root with apt), else those cases are skipped, saying why.
const majors = [...new Set(planned.flatMap((p) => (p.c.major === undefined ? [] : [p.c.major])))];
const hostMissing = new Map<number, string>();
for (const major of majors) {
  const why = await ensureDebianPackages([`postgresql-${major}`]);
  if (why) hostMissing.set(major, why);
}
// The test run hides pg_dump (support/globalSetup.mjs); these cases use the host server's own.
if (majors.length) delete process.env.PG_DBA_REVIEW_PG_DUMP_BIN;

beforeAll(async () => {
  const queue = new PQueue({ concurrency: 4 });
  // Roles are cluster-wide: two cases that make the same role must not overlap on the one test server.
  const roles = new PQueue({ concurrency: 1 });
  const makesRoles = (c: RuleCase) => /\bCREATE\s+(ROLE|USER)\b/i.test([c.setup ?? '', c.sql ?? '', ...Object.values(c.base ?? {})].join('\n'));
  // SQL that does not parse proves nothing either way, like a setup that does not replay.
  const linted = (findings: Finding[]): Outcome => ({ findings, problems: findings.filter((f) => f.ruleId === 'syntax-error').map((f) => f.message) });
  for (const p of planned.filter(lintable)) results.set(p, await lintCase(p.c.sql, undefined, p.c.config).then(linted, (e: Error) => e));
  const pipeline = planned.filter((p) => !lintable(p) && !hostMissing.has(p.c.major ?? 0));
  // A rejection that is no Error still fails its case, saying what it was.
  const failed = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));
  await Promise.all(pipeline.map((p) => (makesRoles(p.c) ? roles : queue).add(async () => results.set(p, await reviewCase(p.c).then(fromReview, failed)))));
}, 1_200_000);

describe('every rule', () => {
  it.each(RULES.map((r) => [r.meta.id]))('%s has at least two cases that trigger it and two that do not', (id) => {
    const mine = planned.filter((p) => p.id === id);
    expect(mine.filter((p) => p.expect === 'triggers').length).toBeGreaterThanOrEqual(2);
    expect(mine.filter((p) => p.expect === 'passes').length).toBeGreaterThanOrEqual(2);
  });

  it('has a unique kebab-case id', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids.length).toBeGreaterThanOrEqual(70);
  });

  // A comment alone would pass as "does not trigger": an example runs, so it must be SQL.
  it.each(RULES.filter((r) => !CASES[r.meta.id]?.exampleIsIllustrative).map((r) => [r.meta.id, r.meta.example] as const))(
    '%s has a good docs example with statements to run',
    async (_id, example) => {
      expect((await parse(example.good)).stmts?.length ?? 0).toBeGreaterThan(0);
    },
  );
});

describe.each(RULES.map((r) => [r.meta.id]))('%s', (id) => {
  it.each(planned.filter((p) => p.id === id).map((p) => [`${p.expect}: ${p.label}`, p] as const))('%s', (_label, p) => {
    const missing = hostMissing.get(p.c.major ?? 0);
    if (missing) return void process.stdout.write(`\n${id} ${p.expect}: ${p.label} skipped: ${missing}\n`);
    const review = results.get(p);
    if (review instanceof Error) throw review;
    // A case whose setup did not replay proves nothing either way.
    expect({ failure: review?.failure, problems: review?.problems }).toEqual({ failure: undefined, problems: [] });
    const hits = (review?.findings ?? []).filter((f) => f.ruleId === id);
    if (p.expect === 'passes') expect(hits.map((f) => f.message)).toEqual([]);
    else {
      expect(hits.length).toBeGreaterThan(0);
      if (p.finds) expect(hits.map(stable)).toEqual(p.finds.map((e) => ({ ...e, message: expect.stringContaining(e.message) })));
      else expect(hits.map(stable)).toMatchSnapshot();
    }
  });
});

// Rules that decide from SQL alone, as lint runs them (no PostgreSQL, no catalog).
describe('lint', () => {
  it('table-without-primary-key reads the tree: a string constant that spells CONSTR_PRIMARY is no primary key', async () => {
    const findings = await lintCase(
      "CREATE TABLE notes (body text DEFAULT 'CONSTR_PRIMARY');\nCREATE TABLE tags (name text);\nALTER TABLE tags ADD CONSTRAINT tags_name_check CHECK (name <> 'CONSTR_PRIMARY');",
    );
    expect(findings.filter((f) => f.ruleId === 'table-without-primary-key').map(stable)).toEqual([
      { at: 'db/migrations/002_change.sql:1:1', object: 'public.notes', message: expect.stringContaining('public.notes has no primary key') },
      { at: 'db/migrations/002_change.sql:2:1', object: 'public.tags', message: expect.stringContaining('public.tags has no primary key') },
    ]);
  });
});

describe('rule documentation', () => {
  it.each(RULES.map((r) => [r.meta.id, r] as const))('docs/rules/%s.md exists and is up to date (npm run docs:rules)', async (id, rule) => {
    const page = await readFile(new URL(`../docs/rules/${id}.md`, import.meta.url), 'utf8').catch(() => '');
    expect(page).toBe(renderRuleDoc(rule));
  });

  it('docs/rules/README.md indexes every rule and maps every concern of the reference union', async () => {
    const index = await readFile(new URL('../docs/rules/README.md', import.meta.url), 'utf8');
    expect(index).toBe(renderRulesIndex(RULES, COVERAGE));
    const ids = new Set(RULES.map((r) => r.meta.id));
    for (const c of COVERAGE) {
      expect(c.rules.every((r) => ids.has(r))).toBe(true);
      expect(c.rules.length > 0 || (c.notApplicable ?? '').length > 20).toBe(true);
    }
    // Every concern of the reference's union table (a copy of ../shared/reference), by name.
    const reference = await readFile(new URL('./fixtures/reference/linter-rules.md', import.meta.url), 'utf8');
    const union = reference.slice(reference.indexOf('## 2. Union of concerns'));
    const concerns = union
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| concern') && !l.startsWith('| **'))
      .map((l) => l.split('|')[1]?.trim());
    expect(concerns.length).toBe(89);
    expect(COVERAGE.map((c) => c.concern).sort()).toEqual([...concerns].sort());
  });

  it("records a rule or a decision for every hazard of PostgreSQL's reference pages, and a page's rules where it has one", () => {
    for (const h of REFERENCE_HAZARDS)
      expect({ command: h.command, covered: h.rules.length > 0 || (h.decision ?? '').length > 20 }).toEqual({ command: h.command, covered: true });
    const named = new Set(REFERENCE_HAZARDS.flatMap((h) => h.rules));
    for (const id of ['rls-disabled', 'grant-too-broad', 'attach-partition-scan', 'drop-cascade'] as const) expect(named.has(id)).toBe(true);
  });
});
