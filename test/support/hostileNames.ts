import fc from 'fast-check';
import { renderCheckRun } from '../../src/render/checkRun.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';

/**
 * Names a pull request may choose, picked to break whatever treats them as anything but data:
 * regular expression syntax, quotes, Markdown and HTML, line breaks, Unicode that changes how
 * text reads, SQL keywords, and the 63-byte limit.
 */
export const HOSTILE_NAMES = [
  '(a|a)+',
  '(',
  '\\',
  '[',
  '*',
  '.*',
  '$1',
  'x'.repeat(63),
  'é'.repeat(40),
  "it's",
  'say "hi"',
  'e\u0301\u0301',
  '\u202Eevil',
  '🐘',
  'select',
  'user',
  'line\nbreak',
  'back`tick`',
  'a|b',
  '<script>alert(1)</script>',
  '</details>',
  '## heading',
  '${x}',
  '-- dba-ignore: drop-table',
];

/** Any of them, or pieces of them strung together, or arbitrary text (PostgreSQL refuses NUL). */
export const hostileName = fc
  .oneof(
    fc.constantFrom(...HOSTILE_NAMES),
    fc.array(fc.constantFrom(...HOSTILE_NAMES, '_', ' ', '"', "'"), { minLength: 2, maxLength: 4 }).map((parts) => parts.join('')),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  )
  .filter((name) => name.length > 0 && !name.includes('\0'));

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The seven sections every review comment has, in order. */
export const SECTIONS = [
  '### Objective',
  '### Proposed Schema Changes',
  '### Indexing Strategy',
  '### Performance Considerations',
  '### Security & Access Control',
  '### Backup & HA Notes',
  '### Questions or Flags',
];

/** Cells of a Markdown table row, split where GitHub splits them: at pipes no backslash escapes. */
export function tableCells(row: string): string[] {
  return row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());
}

/** A plain-text cell read back as GitHub renders it: escaped pipes first (the table's), then backslash escapes. */
export const unescapeCell = (cell: string) => cell.replace(/\\\|/g, '|').replace(/\\(.)/g, '$1');

/** Everything that renders a review, run once, with what each says about the findings. */
export function renderAll(review: Parameters<typeof renderMarkdown>[0]): {
  markdown: string;
  check: ReturnType<typeof renderCheckRun>;
  json: { findings: { message: string }[] };
  sarif: { runs: { results: { message: { text: string } }[] }[] };
} {
  const markdown = renderMarkdown(review);
  return {
    markdown,
    check: renderCheckRun(review, renderMarkdown(review, 65_535)),
    json: JSON.parse(renderJson(review)),
    sarif: JSON.parse(renderSarif(review, 'test')),
  };
}

/** The lines of Markdown outside code spans and fenced blocks: where structure lives. */
export function outsideCode(markdown: string): string {
  return markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
}
