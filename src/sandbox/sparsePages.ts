import { chown, open, stat, truncate, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';

/** How the server lays out a relation's files: its block size, and the blocks of one segment file (1 GB by default). */
export interface FileLayout {
  blockSize: number;
  segmentBlocks: number;
}

export async function fileLayout(client: pg.ClientBase): Promise<FileLayout> {
  const { rows } = await client.query<{ block: number; segment: string }>(
    "SELECT current_setting('block_size')::int AS block, pg_size_bytes(current_setting('segment_size')) AS segment",
  );
  const { block, segment } = rows[0] as { block: number; segment: string };
  return { blockSize: block, segmentBlocks: Number(segment) / block };
}

/** A file as it was before extendSparsely: its size, or null when it did not exist. */
export interface FileBefore {
  file: string;
  size: number | null;
}

/**
 * Makes a relation's files `pages` blocks long without writing a byte of data: the files are
 * extended with holes (all-zero pages, which PostgreSQL reads as new, empty pages), the first
 * segment first, then `.1`, `.2`, ... as PostgreSQL would. The planner takes a table's and an
 * index's size from the files (RelationGetNumberOfBlocks), not from pg_class, so this is what
 * makes it see production's pages. Never shrinks a file; new segments get the first's owner.
 * Returns what the files were, for shrinkBack.
 */
export async function extendSparsely(dataDir: string, relationPath: string, pages: number, layout: FileLayout): Promise<FileBefore[]> {
  const first = join(dataDir, relationPath);
  const owner = await stat(first);
  const segments = Math.max(1, Math.ceil(pages / layout.segmentBlocks));
  const before: FileBefore[] = [];
  for (let s = 0; s < segments; s++) {
    const blocks = Math.min(layout.segmentBlocks, pages - s * layout.segmentBlocks);
    const file = s === 0 ? first : `${first}.${s}`;
    const size = await stat(file).then(
      (st) => st.size,
      () => null,
    );
    if (size !== null && size >= blocks * layout.blockSize) continue;
    before.push({ file, size });
    const handle = await open(file, 'a', 0o600);
    try {
      await handle.truncate(blocks * layout.blockSize);
    } finally {
      await handle.close();
    }
    if (size === null) await chown(file, owner.uid, owner.gid);
  }
  return before;
}

/**
 * The files back as they were, the holes gone: last segments first, as PostgreSQL truncates.
 * Only the planner looked at the holes, so no buffer of theirs is left to write back.
 */
export async function shrinkBack(files: FileBefore[]): Promise<void> {
  for (const { file, size } of [...files].reverse()) await (size === null ? unlink(file) : truncate(file, size));
}
