import type { Review } from '../review/types.js';
import type { Finding } from '../model/finding.js';

/** The longest run of backticks in a text. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return longest;
}

/**
 * Inline code that survives whatever a name holds: the fence is longer than any backtick run
 * inside, and line breaks become spaces (as in any code span), so no line of it can start a
 * heading, a table row or an HTML block such as `</details>`.
 */
export function code(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function fenced(lang: string, text: string): string {
  const fence = '`'.repeat(Math.max(2, longestBacktickRun(text)) + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Plain text (a message, a reason) as Markdown that reads as written: no code span, HTML tag or line break of its own. */
export function cell(text: string): string {
  return text.replace(/[\\`<]/g, '\\$&').replace(/\r\n?|\n/g, ' ');
}

/**
 * A Markdown table row of rendered cells: a pipe in any cell (a name in a code span, a path in
 * a link) is escaped, which GitHub's tables honour even inside code, so no cell can add columns.
 */
export function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\r\n?|\n/g, ' ')).join(' | ')} |`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

/** A duration in milliseconds for the review's text: "3.2 ms", "1,234 ms". */
export function ms(value: number): string {
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString('en-US')} ms`;
}

export function unqualified(name: string): string {
  return name.replace(/^public\./, '');
}

/** The repository's web address, on its server (github.com unless the subject names another), when the review names the repository. */
export function repositoryUrl(review: Review): string | undefined {
  const { serverUrl = 'https://github.com', repository } = review.subject;
  return repository ? `${serverUrl}/${repository}` : undefined;
}

/** A link to a line of a file at the head commit when the review names the repository. */
export function fileLink(review: Review, file: string, line?: number): string {
  const label = code(line ? `${file}:${line}` : file);
  const repo = repositoryUrl(review);
  if (!repo) return label;
  // Parentheses too: a `)` left in the address would end the link there.
  const path = file
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `[${label}](${repo}/blob/${review.subject.headSha}/${path}${line ? `#L${line}` : ''})`;
}

export const SEVERITY_ORDER: Finding['severity'][] = ['error', 'warning', 'info'];
