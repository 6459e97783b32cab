import type { Finding, Review } from '../review/types.js';

/** Inline code that survives backticks in the content. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function fenced(lang: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

export function ms(value: number): string {
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString('en-US')} ms`;
}

/** A duration in seconds, or in minutes when whole: "0.5 s", "3 s", "10 min". */
export function seconds(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Number((ms / 1000).toFixed(1))} s`;
}

export function unqualified(name: string): string {
  return name.replace(/^public\./, '');
}

/** A link to a line of a file at the head commit when the repository is on GitHub. */
export function fileLink(review: Review, file: string, line?: number): string {
  const label = code(line ? `${file}:${line}` : file);
  if (!review.subject.repository) return label;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `[${label}](https://github.com/${review.subject.repository}/blob/${review.subject.headSha}/${path}${line ? `#L${line}` : ''})`;
}

export const SEVERITY_ORDER: Finding['severity'][] = ['error', 'warning', 'info'];
