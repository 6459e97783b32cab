import { createHash } from 'node:crypto';
import { posix } from 'node:path';

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

/** Numeric-aware path order: 2_x.sql before 10_x.sql. */
export function naturalCompare(a: string, b: string): number {
  return natural.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Plain code-unit order, as most frameworks sort file names. */
export function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares dotted or underscored numeric versions part by part: 1.9 < 1.10 < 2. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[._]/);
  const pb = b.split(/[._]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = BigInt(pa[i] ?? '0');
    const y = BigInt(pb[i] ?? '0');
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export const basename = posix.basename;
export const dirname = posix.dirname;

export function checksum(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** The text with everything outside [start, end) blanked, newlines kept, so positions stay true. */
export function keepRange(text: string, start: number, end: number): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}

/** Offset of the start of the line after the one containing `index`. */
export function nextLine(text: string, index: number): number {
  const nl = text.indexOf('\n', index);
  return nl === -1 ? text.length : nl + 1;
}

/** Offset of the start of the line containing `index`. */
export function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

/**
 * Splits a file into sections at marker lines (e.g. `-- +goose Up`): each marker's section runs
 * from the line after it to the next marker line, or the end.
 */
export function sections(text: string, markers: RegExp): { marker: RegExpExecArray; start: number; end: number }[] {
  const found: RegExpExecArray[] = [];
  const re = new RegExp(markers.source, markers.flags.includes('g') ? markers.flags : `${markers.flags}g`);
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
  return found.map((m, i) => ({
    marker: m,
    start: nextLine(text, m.index),
    end: i + 1 < found.length ? lineStart(text, (found[i + 1] as RegExpExecArray).index) : text.length,
  }));
}
