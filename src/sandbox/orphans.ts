import { execFile } from 'node:child_process';
import { readdir, readFile, readlink, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { alive } from './owner.js';

const exec = promisify(execFile);
const STOP_WAIT_MS = 5_000;

/** The executable's name of a process: /proc's comm, else ps (macOS). */
async function commandOf(pid: number): Promise<string | null> {
  const comm = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => null);
  if (comm !== null) return comm.trim();
  return exec('ps', ['-o', 'comm=', '-p', String(pid)]).then(
    ({ stdout }) => stdout.trim().split('/').pop() ?? null,
    () => null,
  );
}

/**
 * PostgreSQL processes running in `dataDir` (the postmaster and its children chdir there), found
 * through /proc; empty where there is no /proc.
 */
async function processesIn(dataDir: string): Promise<number[]> {
  const entries = await readdir('/proc').catch(() => [] as string[]);
  const found = await Promise.all(
    entries
      .filter((e) => /^\d+$/.test(e))
      .map(async (e) => {
        const pid = Number(e);
        const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => null);
        return cwd === dataDir && (await commandOf(pid)) === 'postgres' ? pid : null;
      }),
  );
  return found.filter((p): p is number => p !== null);
}

/** The postmaster of `dataDir`, from its postmaster.pid, when that process runs and is PostgreSQL in that folder. */
async function postmasterOf(dataDir: string): Promise<number | null> {
  const text = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  const [pidLine, dirLine] = text?.split('\n') ?? [];
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !dirLine || !alive(pid)) return null;
  // A pid is reused after a reboot or a long time: only a postgres whose data folder this is.
  if ((await realpath(dirLine).catch(() => null)) !== dataDir || (await commandOf(pid)) !== 'postgres') return null;
  const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => null);
  return cwd === null || cwd === dataDir ? pid : null;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Gone already.
  }
}

/** Alive and not a zombie waiting for a parent that will not reap it (PID 1 of some containers). */
async function running(pid: number): Promise<boolean> {
  if (!alive(pid)) return false;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  return stat === null || stat[stat.lastIndexOf(')') + 2] !== 'Z';
}

/**
 * Stops the PostgreSQL server left running in `folder` by a process that died without stopping
 * it: an immediate shutdown (SIGQUIT, the one `pg_ctl stop -m immediate` sends), then SIGKILL for
 * whatever of it still runs a few seconds later. Returns whether a server was running there.
 */
export async function stopOrphanServer(folder: string): Promise<boolean> {
  const dataDir = await realpath(folder).catch(() => null);
  if (dataDir === null) return false;
  const postmaster = await postmasterOf(dataDir);
  const left = async () => [...new Set([...(postmaster !== null && (await running(postmaster)) ? [postmaster] : []), ...(await processesIn(dataDir))])];
  if (!(await left()).length) return false;
  if (postmaster !== null) signal(postmaster, 'SIGQUIT');
  const started = Date.now();
  let killed = false;
  for (let pids = await left(); pids.length && Date.now() - started < 2 * STOP_WAIT_MS; pids = await left()) {
    if (!killed && Date.now() - started > STOP_WAIT_MS) {
      for (const pid of pids) signal(pid, 'SIGKILL');
      killed = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}
