import { readdir, readFile, statfs } from 'node:fs/promises';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

const PAGE = 4096;

/**
 * Proportional set size of a process (shared pages divided among the processes mapping them, so
 * PostgreSQL's shared buffers count once, not once per backend), from smaps_rollup; its resident
 * set where the kernel lacks that file.
 */
async function pss(pid: string): Promise<number | null> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => null);
  const kb = rollup?.match(/^Pss:\s+(\d+) kB/m)?.[1];
  if (kb) return Number(kb) * 1024;
  const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => null);
  return statm ? Number(statm.split(' ')[1]) * PAGE : null;
}

/** Memory of this process and every process below it (the PostgreSQL servers it started), in bytes. */
async function treeMemory(): Promise<number> {
  const children = new Map<number, number[]>();
  const memory = new Map<number, number>();
  // Without /proc (not Linux), nothing is measured.
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const [stat, size] = await Promise.all([readFile(`/proc/${name}/stat`, 'utf8').catch(() => null), pss(name)]);
    if (!stat || size === null) continue;
    // The command name may hold spaces and parentheses: fields are counted after its closing one.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const pid = Number(name);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    memory.set(pid, size);
  }
  let total = 0;
  const stack = [process.pid];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += memory.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Bytes used on the RAM disk the sandbox keeps its clusters on (not resident in any process). */
async function ramDiskUsed(): Promise<number> {
  const s = await statfs('/dev/shm').catch(() => null);
  return s ? (s.blocks - s.bfree) * s.bsize : 0;
}

export interface MemoryPeaks {
  /** The processes' memory and the RAM disk's growth, sampled together: what the reviews took from the machine. */
  peakTotal: number;
  peakProcesses: number;
  peakRamDisk: number;
}

/** Samples memory until stopped: the peaks of the process tree (PSS), of the RAM disk above where it started, and of both at once. */
export function sampleMemory(everyMs = 100): { stop: () => Promise<MemoryPeaks> } {
  const peaks: MemoryPeaks = { peakTotal: 0, peakProcesses: 0, peakRamDisk: 0 };
  let running = true;
  const loop = (async () => {
    const baseline = await ramDiskUsed();
    while (running) {
      const [processes, disk] = await Promise.all([treeMemory(), ramDiskUsed()]);
      peaks.peakProcesses = Math.max(peaks.peakProcesses, processes);
      peaks.peakRamDisk = Math.max(peaks.peakRamDisk, disk - baseline);
      peaks.peakTotal = Math.max(peaks.peakTotal, processes + disk - baseline);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peaks;
    },
  };
}
