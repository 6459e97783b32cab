import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { PostgresBinaries } from './builds.js';
import { runAs } from './cluster.js';
import { SandboxUnavailableError } from './types.js';

const exec = promisify(execFile);

/** Whether the server's OS user can run `postgres` there (its folders, its libraries). */
async function runnable(binaries: PostgresBinaries, ids: { uid?: number; gid?: number }): Promise<boolean> {
  return exec(binaries.postgres, ['--version'], ids).then(
    () => true,
    () => false,
  );
}

/**
 * Programs the server's OS user can run. As root the server runs as "postgres", which cannot run
 * programs under a folder it cannot enter (a clone in /root, a home folder of mode 700): then the
 * build's folder `from` is copied once into `cache` under `key` (written aside and renamed into
 * place, so concurrent processes never see half a copy), readable by everyone.
 */
export async function reachableBinaries(binaries: PostgresBinaries, from: string, cache: string, key: string): Promise<PostgresBinaries> {
  const ids = await runAs();
  if (ids.uid === undefined || (await runnable(binaries, ids))) return binaries;
  const target = join(cache, 'binaries', key);
  const moved = { postgres: join(target, relative(from, binaries.postgres)), initdb: join(target, relative(from, binaries.initdb)) };
  if (!existsSync(moved.postgres)) {
    const tmp = join(cache, 'binaries', `.tmp-${randomBytes(4).toString('hex')}`);
    try {
      await mkdir(tmp, { recursive: true, mode: 0o755 });
      for (const folder of [cache, join(cache, 'binaries')]) await chmod(folder, 0o755);
      await cp(from, tmp, { recursive: true, verbatimSymlinks: true });
      await rename(tmp, target).catch((err: NodeJS.ErrnoException) => {
        if (!existsSync(moved.postgres)) throw err; // another process's copy is complete
      });
    } catch (err) {
      throw new SandboxUnavailableError(
        `PostgreSQL's OS user "postgres" cannot reach ${binaries.postgres}, and copying its programs to ${cache} failed (${(err as Error).message}): set PG_DBA_REVIEW_CACHE to a folder it can read.`,
      );
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  if (!(await runnable(moved, ids))) {
    throw new SandboxUnavailableError(
      `PostgreSQL's OS user "postgres" cannot reach ${binaries.postgres} nor its copy in ${target}: set PG_DBA_REVIEW_CACHE to a folder every user can enter (chmod 755 on it and its parents).`,
    );
  }
  return moved;
}
