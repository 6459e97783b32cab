import { createHash } from 'node:crypto';

/** One file of an Atlas migration directory, as Atlas reads it. */
export interface SumInput {
  name: string;
  bytes: Uint8Array;
}

export type SumProblem =
  { kind: 'format'; line: number } | { kind: 'tampered' } | { kind: 'mismatch'; line: number; file: string; reason: 'added' | 'edited' | 'removed' };

type Entry = { name: string; hash: string };

const SUM_IGNORE = /^[ -~]*atlas:sum(?: +(.+))*/;
const b64 = (h: ReturnType<typeof createHash>) => h.digest('base64');

/**
 * atlas.sum as `atlas migrate hash` writes it (sql/migrate/dir.go NewHashFile): one running
 * sha256 over each file's name and bytes in order, each file's line holding the digest so far;
 * a file whose first line is `atlas:sum ignore` adds only its name.
 */
export function computeSum(files: SumInput[]): Entry[] {
  const running = createHash('sha256');
  const out: Entry[] = [];
  for (const f of files) {
    running.update(f.name);
    if (SUM_IGNORE.exec(Buffer.from(f.bytes).toString('utf8'))?.[1]?.trim() === 'ignore') continue;
    running.update(f.bytes);
    out.push({ name: f.name, hash: b64(running.copy()) });
  }
  return out;
}

/** The first line of atlas.sum: sha256 over every name and hash. */
export function totalSum(entries: Entry[]): string {
  const h = createHash('sha256');
  for (const e of entries) h.update(e.name).update(e.hash);
  return b64(h);
}

export function renderSum(entries: Entry[]): string {
  return `h1:${totalSum(entries)}\n${entries.map((e) => `${e.name} h1:${e.hash}\n`).join('')}`;
}

/** Reads atlas.sum like Atlas's HashFile.UnmarshalText: a format error, a tampered total, or its entries. */
export function parseSum(text: string): Entry[] | SumProblem {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  const entries: Entry[] = [];
  for (const [i, line] of lines.slice(1).entries()) {
    const at = line.indexOf('h1:');
    if (at < 0) return { kind: 'format', line: i + 2 };
    entries.push({ name: line.slice(0, at).trim(), hash: line.slice(at + 3) });
  }
  return (lines[0] ?? '').replace(/^h1:/, '') === totalSum(entries) ? entries : { kind: 'tampered' };
}

/** What `atlas migrate validate` reports for a directory (migrate.Validate), or null when it passes. */
export function validateSum(sumText: string, files: SumInput[]): SumProblem | null {
  const recorded = parseSum(sumText);
  if (!Array.isArray(recorded)) return recorded;
  const actual = computeSum(files);
  if (totalSum(recorded) === totalSum(actual)) return null;
  for (const [i, r] of recorded.entries()) {
    const a = actual[i];
    if (a && a.name === r.name && a.hash === r.hash) continue;
    const at = actual.findIndex((x) => x.name === r.name);
    if (at < 0) return { kind: 'mismatch', line: i + 2, file: r.name, reason: 'removed' };
    if (at === i) return { kind: 'mismatch', line: i + 2, file: r.name, reason: 'edited' };
    return { kind: 'mismatch', line: i + 2, file: (a as Entry).name, reason: 'added' };
  }
  return { kind: 'mismatch', line: recorded.length + 2, file: (actual[recorded.length] as Entry).name, reason: 'added' };
}
