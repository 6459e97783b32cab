import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatFindings, lintFiles } from '../src/cli/lint.js';
import { resolveConfig } from '../src/config/resolve.js';
import type { DbaConfig } from '../src/config/schema.js';
import { configErrorReview } from '../src/review/run.js';
import type { Review } from '../src/review/types.js';
import type { Finding } from '../src/model/finding.js';
import { RULES, RULE_NAMES } from '../src/rules/index.js';
import { hostileName, ident, literal, outsideCode, renderAll, SECTIONS, tableCells, unescapeCell } from './support/hostileNames.js';

// Property: whatever a pull request names its tables, columns, types, enum values, indexes and
// constraints, and whatever its CHECK literals hold, every rule runs (lint path: every rule that
// needs no database, all of them turned on) and every renderer renders, quickly, without an
// exception, and the comment keeps its structure with each name shown as written.

/**
 * One migration using the names everywhere a name or a literal can go: a new enum, table, index
 * and constraint, and changes to a table the lint path takes as existing (not created here).
 */
function migration(n: string, l: string): string {
  const t = ident(`t_${n}`);
  const old = ident(`old_${n}`);
  return [
    `CREATE TYPE ${ident(`e_${n}`)} AS ENUM (${literal(l)}, 'b');`,
    `ALTER TYPE ${ident(`e_${n}`)} ADD VALUE ${literal(`v_${l}`)};`,
    `CREATE TABLE ${t} (id int PRIMARY KEY, ${ident(`${n}_status`)} varchar(20), ${ident(n)} text CHECK (${ident(n)} <> ${literal(l)}), ${ident(`c_${n}`)} ${ident(`e_${n}`)}, deleted_at timestamp, ${ident(`f_${n}`)} int REFERENCES ${t} (id), CONSTRAINT ${ident(`k_${n}`)} CHECK (${ident(`${n}_status`)} IN (${literal(l)}, 'x')));`,
    `CREATE INDEX ${ident(`i_${n}`)} ON ${t} (${ident(n)}) WHERE ${ident(`${n}_status`)} <> ${literal(l)};`,
    `ALTER TABLE ${old} ADD COLUMN ${ident(`a_${n}`)} text DEFAULT ${literal(l)};`,
    `ALTER TABLE ${old} RENAME COLUMN ${ident(`a_${n}`)} TO ${ident(`b_${n}`)};`,
    `ALTER TABLE ${old} ALTER COLUMN ${ident(n)} TYPE varchar(10);`,
    `COMMENT ON COLUMN ${old}.${ident(n)} IS ${literal(l)};`,
    `-- dba-ignore: ${l.replace(/[\r\n]/g, ' ')}`,
    `CREATE INDEX ${ident(`j_${n}`)} ON ${old} (${ident(n)});`,
    `DROP TABLE ${old};`,
  ].join('\n');
}

/** A name as PostgreSQL keeps it: cut to 63 bytes, at a character's end. */
function stored(name: string): string {
  const chars = Array.from(name);
  while (Buffer.byteLength(chars.join('')) > 63) chars.pop();
  return chars.join('');
}

/** Findings that must fire on that migration, each naming what it is about as written. */
function expectNamed(findings: Finding[], n: string, l: string): void {
  const message = (id: string) => findings.find((f) => f.ruleId === id)?.message ?? `no ${id} finding`;
  expect(message('drop-table')).toContain(`public.${stored(`old_${n}`)}`);
  expect(message('rename-column')).toContain(`${stored(`a_${n}`)} to ${stored(`b_${n}`)}`);
  expect(message('enum-value-without-position')).toContain(`'v_${l}' is appended to ${stored(`e_${n}`)}`);
  expect(message('prefer-text-over-varchar')).toContain(`${stored(`${n}_status`)} is varchar(n)`);
}

let dir: string;
let config: DbaConfig;
let seq = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dba-hostile-names-'));
  await mkdir(join(dir, 'db/migrations'), { recursive: true });
  // Every rule on, opt-in ones too, so each sees the names.
  const resolved = resolveConfig({ rules: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.severity])) }, RULE_NAMES);
  if (!resolved.ok) throw new Error(resolved.errors.join('; '));
  config = resolved.config;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The lint path, as `pg-dba-review lint` runs it, timed. */
async function lint(sql: string): Promise<{ findings: Finding[]; ms: number }> {
  const path = `db/migrations/${String(++seq).padStart(3, '0')}_hostile.sql`;
  await writeFile(join(dir, path), sql);
  const started = performance.now();
  const { findings } = await lintFiles([path], dir, config);
  return { findings, ms: performance.now() - started };
}

const lintReview = (findings: Finding[]): Review => ({
  ...configErrorReview({ title: 'hostile names', baseSha: 'base', headSha: 'head' }, []),
  outcome: 'reviewed',
  problems: [],
  config,
  findings,
});
const flat = (text: string) => text.replace(/\r\n?|\n/g, ' ').trim();

/** What every renderer must do with any findings: keep its structure, and say each message as written. */
function expectRendersFaithfully(review: Review): void {
  const started = performance.now();
  const { markdown, check, json, sarif } = renderAll(review);
  // Timing tests are otherwise avoided: this bound only catches a gross overrun (a regex gone exponential).
  expect(performance.now() - started).toBeLessThan(5000);
  const structure = outsideCode(markdown);
  expect(structure.split('\n').filter((l) => l.startsWith('#'))).toEqual([expect.stringMatching(/^## PostgreSQL DBA Review: /), ...SECTIONS]);
  expect(structure).not.toMatch(/(?<!\\)<script/);
  // Only the comment's own (collapsed sections) open or close a block: a name's tags are escaped.
  expect(structure.match(/(?<!\\)<\/details>/g)?.length).toBe(structure.match(/(?<!\\)<details>/g)?.length);
  const rows = markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Severity') && !l.startsWith('| ---'));
  const findingRows = rows.filter((r) => tableCells(r).length === 4);
  expect(findingRows).toHaveLength(rows.length);
  // Long lists are cut with a line saying how many more: those rows are in the check run.
  const more = Number(/^… and (\d+) more/m.exec(markdown)?.[1] ?? 0);
  expect(findingRows.length + more).toBe(review.findings.length);
  const messages = new Set(review.findings.map((f) => flat(f.message)));
  for (const r of findingRows) expect(messages).toContain(unescapeCell(tableCells(r)[3] as string));
  expect(check.annotations.map((a) => a.message).sort()).toEqual(review.findings.map((f) => f.message).sort());
  expect(json.findings.map((f) => f.message).sort()).toEqual(review.findings.map((f) => f.message).sort());
  expect(sarif.runs[0]?.results.map((r) => r.message.text).sort()).toEqual(review.findings.map((f) => f.message).sort());
  // The compiler-like text output: one line per finding, whatever the names hold.
  expect(formatFindings(review.findings).split('\n')).toHaveLength(review.findings.length + 1);
}

describe('hostile names through every rule (lint path) and every renderer', () => {
  it('no exception, no slow pattern, structure kept, names shown as written', async () => {
    await fc.assert(
      fc.asyncProperty(hostileName, hostileName, async (n, l) => {
        const { findings, ms } = await lint(migration(n, l));
        expect(ms).toBeLessThan(5000);
        // The migration parses: its rules ran (not a syntax error in place of a review).
        expect(findings.map((f) => f.ruleId)).not.toContain('syntax-error');
        expectNamed(findings, n, l);
        expectRendersFaithfully(lintReview(findings));
      }),
      { numRuns: 60 },
    );
  }, 300_000);

  it.each([['(a|a)+'], ['a|b'], ['</details>'], ['line\nbreak'], ['back`tick`'], ['x\n-- dba-ignore: drop-table']])(
    '%j: named in findings, shown escaped, cannot suppress a finding',
    async (n) => {
      const { findings } = await lint(migration(n, 'x'));
      expectNamed(findings, n, 'x');
      const drop = findings.find((f) => f.ruleId === 'drop-table') as Finding;
      const { markdown } = renderAll(lintReview(findings));
      const row = markdown.split('\n').find((l) => l.includes('`drop-table`')) as string;
      expect(unescapeCell(tableCells(row)[3] as string)).toBe(flat(drop.message));
    },
  );

  it('a long migration of hostile names and literals stays fast', async () => {
    const sql = Array.from({ length: 40 }, (_, i) => migration(`(a|a)+${i}`, `${'a'.repeat(500)}!`)).join('\n');
    const { findings, ms } = await lint(sql);
    expect(ms).toBeLessThan(5000);
    expect(findings.filter((f) => f.ruleId === 'drop-table')).toHaveLength(40);
    expectNamed(findings, '(a|a)+0', `${'a'.repeat(500)}!`);
    expectRendersFaithfully(lintReview(findings));
  }, 60_000);
});
