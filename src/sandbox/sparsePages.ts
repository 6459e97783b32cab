import { open, stat, chown } from 'node:fs/promises';
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

/**
 * Makes a relation's files `pages` blocks long without writing a byte of data: the files are
 * extended with holes (all-zero pages, which PostgreSQL reads as new, empty pages), the first
 * segment first, then `.1`, `.2`, ... as PostgreSQL would. The planner takes a table's and an
 * index's size from the files (RelationGetNumberOfBlocks), not from pg_class, so this is what
 * makes it see production's pages. Never shrinks a file; new segments get the first's owner.
 */
export async function extendSparsely(dataDir: string, relationPath: string, pages: number, layout: FileLayout): Promise<void> {
  const first = join(dataDir, relationPath);
  const owner = await stat(first);
  const segments = Math.max(1, Math.ceil(pages / layout.segmentBlocks));
  for (let s = 0; s < segments; s++) {
    const blocks = Math.min(layout.segmentBlocks, pages - s * layout.segmentBlocks);
    const file = s === 0 ? first : `${first}.${s}`;
    const handle = await open(file, 'a', 0o600);
    try {
      if ((await handle.stat()).size < blocks * layout.blockSize) await handle.truncate(blocks * layout.blockSize);
    } finally {
      await handle.close();
    }
    if (s > 0) await chown(file, owner.uid, owner.gid);
  }
}
