import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse, type ParseResult } from 'libpg-query';

/** Runs an entry nobody asked for survives, and the most the file may hold. */
const KEEP_RUNS = 20;
const MAX_BYTES = 64 * 2 ** 20;

interface Stored {
  run: number;
  /** By SHA-256 of the text: the run that last asked for it, and its parse tree as JSON. */
  entries: Record<string, [number, string]>;
}

/**
 * Parse trees by the text they were parsed from, kept in one file between runs, so a pre-commit
 * hook linting unchanged files again skips the parser (its WebAssembly, and the copy of the tree
 * out of it) for them. The file is written only when this run parsed something new.
 */
export class ParseCache {
  private readonly stored: Stored;
  private readonly added = new Map<string, ParseResult>();
  private readonly used = new Set<string>();

  private constructor(private readonly file: string) {
    this.stored = readStored(file);
  }

  /** The cache in `dir` of the parser installed: trees of another version are not this one's. */
  static in(dir: string): ParseCache {
    const { version } = createRequire(import.meta.url)('libpg-query/package.json') as { version: string };
    return new ParseCache(join(dir, `libpg-query-${version}.json`));
  }

  async parse(sql: string): Promise<ParseResult> {
    const key = createHash('sha256').update(sql).digest('base64url');
    const entry = this.stored.entries[key];
    if (entry) {
      this.used.add(key);
      return JSON.parse(entry[1]) as ParseResult;
    }
    const tree = await parse(sql);
    this.added.set(key, tree);
    return tree;
  }

  /** Writes the file (atomically: another run may be reading it) when anything was added. */
  save(): void {
    if (!this.added.size) return;
    const run = this.stored.run + 1;
    const fresh = [...this.added].map(([key, tree]): [string, [number, string]] => [key, [run, JSON.stringify(tree)]]);
    const kept = Object.entries(this.stored.entries)
      .map(([key, [last, json]]): [string, [number, string]] => [key, [this.used.has(key) ? run : last, json]])
      .filter(([, [last]]) => last > run - KEEP_RUNS)
      .sort(([, [a]], [, [b]]) => b - a);
    let bytes = 0;
    const entries: Stored['entries'] = {};
    for (const [key, value] of [...fresh, ...kept]) {
      bytes += value[1].length;
      if (bytes > MAX_BYTES) break;
      entries[key] = value;
    }
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ run, entries } satisfies Stored));
    renameSync(temp, this.file);
  }
}

function readStored(file: string): Stored {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (typeof stored.run === 'number' && stored.entries && typeof stored.entries === 'object') return stored;
  } catch {
    // No file yet, or one a crash cut short: start again.
  }
  return { run: 0, entries: {} };
}
