import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { stopOrphanServer } from './orphans.js';
import { alive, ownerAlive, ownerOf } from './owner.js';

/** Folders this program makes for its servers' data: a review's cluster, or a long-lived server. */
export const WORK_PREFIX = 'pg-dba-review-';
// A folder that records no owner may be a copy still being unpacked, before its server writes postmaster.pid.
const GRACE_MS = 60 * 60_000;

/** Whether `dir` belongs to no running process of this program, so its server and data may go. */
async function orphaned(dir: string): Promise<boolean> {
  const owner = await ownerOf(dir);
  if (owner) return !(await ownerAlive(owner));
  // Made before folders recorded their owner, or just made: only an old folder whose server is gone.
  const since = await stat(dir).then((s) => Date.now() - s.mtimeMs, () => 0);
  if (since < GRACE_MS) return false;
  const pid = await readFile(join(dir, 'data', 'postmaster.pid'), 'utf8').then((text) => Number(text.split('\n')[0]), () => null);
  return pid === null || !alive(pid);
}

/**
 * Removes what a process that died (a crash, an out-of-memory abort, SIGKILL) left in `root`: the
 * PostgreSQL servers it started, which outlive it, and their data folders, which live on a RAM
 * disk when there is one, where they would hold memory until the machine restarts. Folders of
 * running processes (another app process may share `root`) are left alone. Returns the folders removed.
 */
export async function removeLeftovers(root: string): Promise<string[]> {
  // mkdtemp's six characters after the prefix: nothing else's folders.
  const names = (await readdir(root).catch(() => [] as string[])).filter((n) => n.startsWith(WORK_PREFIX) && /^[A-Za-z0-9]{6}$/.test(n.slice(WORK_PREFIX.length)));
  const removed = await Promise.all(
    names.map(async (name) => {
      const dir = join(root, name);
      if (!(await orphaned(dir))) return null;
      await stopOrphanServer(join(dir, 'data'));
      await rm(dir, { recursive: true, force: true });
      return dir;
    }),
  );
  return removed.filter((d): d is string => d !== null);
}
