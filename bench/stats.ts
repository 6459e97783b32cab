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

/** Resident memory of this process and every process below it (the PostgreSQL servers it started), in bytes. */
async function treeRss(): Promise<number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  // Without /proc (not Linux), nothing is measured.
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const [stat, statm] = await Promise.all([readFile(`/proc/${name}/stat`, 'utf8').catch(() => null), readFile(`/proc/${name}/statm`, 'utf8').catch(() => null)]);
    if (!stat || !statm) continue;
    // The command name may hold spaces and parentheses: fields are counted after its closing one.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const pid = Number(name);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    rss.set(pid, Number(statm.split(' ')[1]) * PAGE);
  }
  let total = 0;
  const stack = [process.pid];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Bytes used on the RAM disk the sandbox keeps its clusters on (not resident in any process). */
async function ramDiskUsed(): Promise<number> {
  const s = await statfs('/dev/shm').catch(() => null);
  return s ? (s.blocks - s.bfree) * s.bsize : 0;
}

/** Samples memory until stopped: the peak resident set of the process tree, and of the RAM disk above where it started. */
export function sampleMemory(everyMs = 100): { stop: () => Promise<{ peakRss: number; peakRamDisk: number }> } {
  let peakRss = 0;
  let peakRamDisk = 0;
  let running = true;
  const loop = (async () => {
    const baseline = await ramDiskUsed();
    while (running) {
      const [rss, disk] = await Promise.all([treeRss(), ramDiskUsed()]);
      peakRss = Math.max(peakRss, rss);
      peakRamDisk = Math.max(peakRamDisk, disk - baseline);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { peakRss, peakRamDisk };
    },
  };
}
