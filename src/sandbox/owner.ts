import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Which process made a data folder: its pid, and its start time so that a reused pid is told apart. */
export interface Owner {
  pid: number;
  /** Clock ticks after boot (Linux, /proc/<pid>/stat); null where the system does not say. */
  started: string | null;
}

const OWNER_FILE = 'owner.json';

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process: alive
  }
}

/** A process's start time from /proc/<pid>/stat (field 22), or null without /proc. */
export async function startTime(pid: number): Promise<string | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

/** Records this process as the owner of `dir`, so a later start can tell the folder of a crashed process from a live one's. */
export async function recordOwner(dir: string): Promise<void> {
  const owner: Owner = { pid: process.pid, started: await startTime(process.pid) };
  await writeFile(join(dir, OWNER_FILE), JSON.stringify(owner));
}

/** The owner `dir` records, or null when it records none (a folder still being made, or made by an older version). */
export async function ownerOf(dir: string): Promise<Owner | null> {
  const text = await readFile(join(dir, OWNER_FILE), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const owner = JSON.parse(text) as Owner;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? owner : null;
  } catch {
    return null;
  }
}

/** Whether the process that recorded itself is still running (the same process, not one that got its pid later). */
export async function ownerAlive(owner: Owner): Promise<boolean> {
  if (!alive(owner.pid)) return false;
  if (owner.started === null) return true;
  const now = await startTime(owner.pid);
  // Without /proc the pid is all there is to go by: alive.
  return now === null || now === owner.started;
}
