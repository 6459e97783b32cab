import { describe, expect, it } from '@jest/globals';
import { parseCommand } from '../src/github/commands.js';
import { renderMarkdown } from '../src/render/markdown.js';
import type { Review } from '../src/review/types.js';
import { reviewCase, type RuleCase } from './rules/harness.js';
import { ident, literal, outsideCode, renderAll, SECTIONS, tableCells, unescapeCell } from './support/hostileNames.js';

// Pull requests whose names attack the patterns that read them (issue 20): reviewed end to end
// against PostgreSQL, each must finish within seconds, with the right findings. Timing tests are
// otherwise avoided: the bounds here are ten times what a review takes, to catch a hang.

async function timedReview(c: RuleCase): Promise<{ review: Review; ms: number }> {
  const started = performance.now();
  const review = await reviewCase(c);
  return { review, ms: performance.now() - started };
}

const messagesOf = (review: Review, ruleId: string) => review.findings.filter((f) => f.ruleId === ruleId).map((f) => f.message);

describe('names that are patterns', () => {
  it('"(a|a)+_status" with a long literal in another CHECK: reviewed in seconds, the column named', async () => {
    const { review, ms } = await timedReview({
      sql: `CREATE TABLE t (id bigint PRIMARY KEY, "(a|a)+_status" text, note text CHECK (note <> '${'a'.repeat(5000)}'));`,
    });
    expect(ms).toBeLessThan(60_000);
    expect(review.outcome).toBe('reviewed');
    expect(messagesOf(review, 'status-column-without-check')).toEqual([
      'public.t.(a|a)+_status accepts any string: add CHECK ((a|a)+_status IN (...)) or use an enum, so a typo cannot become a new state.',
    ]);
    const markdown = renderMarkdown(review);
    expect(markdown).toContain('`t.(a|a)+_status` has no CHECK constraint or enum');
  }, 120_000);

  it('"(a|a)+_status" with a CHECK of its own: no status finding, and its values are the questions', async () => {
    const { review } = await timedReview({
      sql: `CREATE TABLE t (id bigint PRIMARY KEY, "(a|a)+_status" text CHECK ("(a|a)+_status" IN ('open', 'closed')), note text CHECK (note <> '${'a'.repeat(5000)}'));`,
    });
    expect(messagesOf(review, 'status-column-without-check')).toEqual([]);
    expect(renderMarkdown(review)).toContain('`t.(a|a)+_status` has terminal states (`closed`)');
  }, 120_000);

  it('"(_status" followed by a DROP TABLE: no crash, and the drop is reviewed', async () => {
    const { review, ms } = await timedReview({
      setup: 'CREATE TABLE legacy_events (id bigint PRIMARY KEY);',
      sql: 'CREATE TABLE t (id bigint PRIMARY KEY, "(_status" text);\nDROP TABLE legacy_events;',
    });
    expect(ms).toBeLessThan(60_000);
    expect(review.outcome).toBe('reviewed');
    expect(review.problems).toEqual([]);
    expect(messagesOf(review, 'drop-table')).toEqual([
      'Drops public.legacy_events with its data: deployed code that uses it breaks, and only a backup brings it back.',
    ]);
    expect(review.findings.find((f) => f.ruleId === 'drop-table')).toMatchObject({ file: 'db/migrations/002_change.sql', line: 2 });
    expect(messagesOf(review, 'status-column-without-check')).toEqual([
      'public.t.(_status accepts any string: add CHECK ((_status IN (...)) or use an enum, so a typo cannot become a new state.',
    ]);
  }, 120_000);

  it('a soft-delete column beside a partial index whose predicate only quotes its name still fires', async () => {
    const { review } = await timedReview({
      sql: 'CREATE TABLE t (id bigint PRIMARY KEY, "(" text, deleted_at timestamptz);\nCREATE INDEX t_odd ON t ("(") WHERE "(" <> \'deleted_at\';',
    });
    expect(messagesOf(review, 'soft-delete-without-partial-index')).toEqual([expect.stringContaining('public.t.deleted_at marks soft-deleted rows')]);
    expect(review.catalog?.after.tables['public.t']?.indexes.find((i) => i.name === 't_odd')?.predicateColumns).toEqual(['(']);
  }, 120_000);
});

describe('hostile names through the review pipeline and its renderers', () => {
  // Catalog-based sections (schema changes, indexes, questions, the ER diagram) see these names.
  it.each([['</details>'], ['a|b'], ['line\nbreak'], ['back`tick`'], ['e\u0301 🐘 \u202Eevil'], ['select']])(
    '%j',
    async (name) => {
      const t = ident(`t_${name}`);
      const sql = [
        `CREATE TYPE ${ident(`e_${name}`)} AS ENUM (${literal(name)}, 'done');`,
        `CREATE TABLE ${t} (id bigint PRIMARY KEY, ${ident(`${name}_status`)} text, ${ident(`c_${name}`)} ${ident(`e_${name}`)}, parent bigint CONSTRAINT ${ident(`k_${name}`)} REFERENCES ${t} (id) ON DELETE CASCADE);`,
        `CREATE INDEX ${ident(`i_${name}`)} ON ${t} (${ident(`${name}_status`)}) WHERE ${ident(`${name}_status`)} <> ${literal(name)};`,
      ].join('\n');
      const { review, ms } = await timedReview({ sql });
      expect(ms).toBeLessThan(60_000);
      expect(review.outcome).toBe('reviewed');
      expect(messagesOf(review, 'status-column-without-check')).toEqual([expect.stringContaining(`public.t_${name}.${name}_status accepts any string`)]);
      const { markdown, check, json, sarif } = renderAll(review);
      const structure = outsideCode(markdown);
      expect(structure.split('\n').filter((l) => l.startsWith('#'))).toEqual([expect.stringMatching(/^## PostgreSQL DBA Review: /), ...SECTIONS]);
      expect(structure).not.toMatch(/(?<!\\)<script/);
      expect(structure.match(/(?<!\\)<\/details>/g)?.length).toBe(structure.match(/(?<!\\)<details>/g)?.length);
      const row = markdown.split('\n').find((l) => l.includes('`status-column-without-check`')) as string;
      expect(unescapeCell(tableCells(row)[3] as string)).toBe(messagesOf(review, 'status-column-without-check')[0]?.replace(/\n/g, ' '));
      // The ER diagram stays one fenced block: its labels cannot close it.
      expect(markdown.split('\n').filter((l) => l.startsWith('```mermaid'))).toHaveLength(1);
      expect(check.annotations.map((a) => a.message)).toEqual(review.findings.filter((f) => !f.detached).map((f) => f.message));
      expect(json.findings).toHaveLength(review.findings.length);
      expect(sarif.runs[0]?.results).toHaveLength(review.findings.filter((f) => !f.detached).length);
    },
    120_000,
  );
});

describe('a /dba comment full of fences', () => {
  it('finds the block line by line, and a body of unclosed fences costs one pass', () => {
    expect(parseCommand('/dba explain\n~~~\nSELECT 2\n~~~')).toEqual({ kind: 'explain', analyze: false, sql: 'SELECT 2' });
    expect(parseCommand('/dba explain\n````\nSELECT 3\n```\n````')).toEqual({ kind: 'explain', analyze: false, sql: 'SELECT 3\n```' });
    const started = performance.now();
    const hostile = parseCommand(`/dba explain\n\`\`\`${'\n'.repeat(60_000)}`);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(hostile).toEqual({ kind: 'explain', analyze: false, sql: '```' });
  });
});
