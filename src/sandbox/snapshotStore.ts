import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ReviewLogin } from './database.js';
import type { RowFiles } from './types.js';

const exec = promisify(execFile);

/** What a snapshot holds besides the cluster itself. */
export interface SnapshotMeta {
  /** Units of the history replayed into it. */
  units: number;
  statements: number;
  /** What replaying those units took, summed over the builds that led to this snapshot. */
  replayMs: number;
  /** The cluster superuser's password, set when the first snapshot of the chain was made. */
  password: string;
  /** The review role and database made in the first snapshot of the chain, which every review of it runs as. */
  login: ReviewLogin;
  /** What the caller said of the database in this state (JSON), given back when it is restored. */
  state: unknown;
}

export interface StoredSnapshot {
  key: string;
  meta: SnapshotMeta;
}

// Written into a temporary folder and renamed into place, so a reader sees a whole snapshot or none.
const TEMP = '.tmp-';
// Removed by renaming out of the way first, so a reader never finds half of one.
const TRASH = '.trash-';
const STALE_TEMP_MS = 60 * 60_000;
// What an entry holds besides meta.json: a stopped cluster, or one table's generated rows (RowFiles).
const CLUSTER = 'cluster.tar';
const ROWS = 'rows.bin';

async function tar(args: string[]): Promise<void> {
  try {
    await exec('tar', args, { maxBuffer: 1024 * 1024 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    throw new Error(
      e.code === 'ENOENT' ? 'the tar program is not installed; base snapshots need it' : `tar ${args[0]} failed: ${(e.stderr || e.message).trim()}`,
      { cause: err },
    );
  }
}

/**
 * Snapshots of stopped clusters on disk, one folder per key (a tar of the data directory and its
 * metadata), and files of generated rows beside them, within one byte budget: the least recently
 * used go first.
 */
export class SnapshotStore implements RowFiles {
  constructor(
    readonly dir: string,
    readonly budgetBytes: number,
  ) {}

  private entry(key: string): string {
    return join(this.dir, key);
  }

  /** The metadata of the entry under `key`, which is marked as just used; null when there is none (or it was evicted meanwhile). */
  private async used(key: string): Promise<unknown> {
    const metaPath = join(this.entry(key), 'meta.json');
    const meta = await readFile(metaPath, 'utf8').catch(() => null);
    if (meta === null) return null;
    const now = new Date();
    await utimes(metaPath, now, now).catch(() => {});
    return JSON.parse(meta) as unknown;
  }

  /** The snapshot of the longest key of `keys` held here, marked as just used; null when none is. */
  async longest(keys: string[]): Promise<StoredSnapshot | null> {
    const held = new Set(await readdir(this.dir).catch(() => [] as string[]));
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const meta = held.has(key) ? await this.used(key) : null;
      if (meta !== null) return { key, meta: meta as SnapshotMeta };
    }
    return null;
  }

  /** Unpacks a snapshot into `dataDir` (created); false when it was evicted in the meantime. */
  async restore(key: string, dataDir: string): Promise<boolean> {
    await mkdir(dataDir, { mode: 0o700 });
    try {
      await tar(['-xf', join(this.entry(key), CLUSTER), '-C', dataDir]);
      return true;
    } catch (err) {
      if (
        await stat(join(this.entry(key), CLUSTER)).then(
          () => true,
          () => false,
        )
      )
        throw err;
      await rm(dataDir, { recursive: true, force: true });
      return false;
    }
  }

  /** Keeps a copy of the stopped cluster in `dataDir` under `key`; a snapshot already there wins. */
  save(key: string, dataDir: string, meta: SnapshotMeta): Promise<void> {
    return this.keep(key, CLUSTER, (path) => tar(['-cf', path, '-C', dataDir, '.']), meta);
  }

  /** The rows file kept under `key`, marked as just used; null when none is. */
  async file(key: string): Promise<{ path: string; meta: unknown } | null> {
    const meta = await this.used(key);
    return meta === null ? null : { path: join(this.entry(key), ROWS), meta };
  }

  /** Keeps the rows file `write` makes under `key`; one already there wins. */
  saveFile(key: string, write: (path: string) => Promise<void>, meta: unknown): Promise<void> {
    return this.keep(key, ROWS, write, meta);
  }

  private async keep(key: string, payload: string, write: (path: string) => Promise<void>, meta: unknown): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const tmp = await mkdtemp(join(this.dir, TEMP));
    try {
      await write(join(tmp, payload));
      // A cluster's holds its password: readable by this user only.
      await writeFile(join(tmp, 'meta.json'), JSON.stringify(meta), { mode: 0o600 });
      await rename(tmp, this.entry(key));
    } catch (err) {
      await rm(tmp, { recursive: true, force: true });
      // Another review built the same state and stored it first: same content, nothing to do.
      if (!['ENOTEMPTY', 'EEXIST'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
    }
    await this.evict();
  }

  /** Removes the least recently used snapshots until the rest fit the budget. */
  async evict(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const entries = await Promise.all(
      names.map(async (name) => {
        const path = join(this.dir, name);
        if (name.startsWith(TEMP) || name.startsWith(TRASH)) {
          // A build or removal that a crashed process left behind.
          const s = await stat(path).catch(() => null);
          if (name.startsWith(TRASH) || (s && Date.now() - s.mtimeMs > STALE_TEMP_MS)) await rm(path, { recursive: true, force: true });
          return null;
        }
        const [payload, meta] = await Promise.all([
          stat(join(path, CLUSTER))
            .catch(() => stat(join(path, ROWS)))
            .catch(() => null),
          stat(join(path, 'meta.json')).catch(() => null),
        ]);
        return payload && meta ? { name, bytes: payload.size + meta.size, used: meta.mtimeMs } : null;
      }),
    );
    let kept = 0;
    for (const e of entries.filter((x) => x !== null).sort((a, b) => b.used - a.used)) {
      if (kept + e.bytes <= this.budgetBytes) {
        kept += e.bytes;
        continue;
      }
      const trash = join(this.dir, `${TRASH}${e.name}`);
      if (
        await rename(join(this.dir, e.name), trash).then(
          () => true,
          () => false,
        )
      )
        await rm(trash, { recursive: true, force: true });
    }
  }
}
