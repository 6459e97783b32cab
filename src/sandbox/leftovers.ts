import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Folders this program makes for its servers' data: a review's cluster, or a long-lived server. */
export const WORK_PREFIX = 'pg-dba-review-';
// Younger folders may be a copy still being unpacked, before its server writes postmaster.pid.
const GRACE_MS = 60 * 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process: alive
  }
}

/**
 * Removes what a process that crashed left in `root`: data folders whose server is gone. They
 * live on a RAM disk when there is one, where they would hold memory until the machine restarts.
 */
export async function removeLeftovers(root: string): Promise<void> {
  // mkdtemp's six characters after the prefix: nothing else's folders.
  const names = (await readdir(root).catch(() => [] as string[])).filter((n) => n.startsWith(WORK_PREFIX) && /^[A-Za-z0-9]{6}$/.test(n.slice(WORK_PREFIX.length)));
  await Promise.all(
    names.map(async (name) => {
      const dir = join(root, name);
      const since = await stat(dir).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since < GRACE_MS) return;
      const pid = await readFile(join(dir, 'data', 'postmaster.pid'), 'utf8').then((text) => Number(text.split('\n')[0]), () => null);
      if (pid === null || !alive(pid)) await rm(dir, { recursive: true, force: true });
    }),
  );
}
