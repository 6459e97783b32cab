import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import PQueue from 'p-queue';
import { jobKey, type Job, type JobHandler, type JobQueue, type StateStore } from './types.js';

/**
 * Jobs in this process, with a concurrency limit. With a journal folder, each job is written
 * there until it finishes, so a restart (a crash mid-review) resumes the jobs it left behind.
 */
export class InProcessQueue implements JobQueue {
  readonly name = 'in-process';
  private readonly queue: PQueue;
  private handler?: JobHandler;

  private readonly journal: string | undefined;
  private readonly retryMs: number;

  constructor(options: { concurrency: number; journal?: string; retryMs?: number }) {
    this.queue = new PQueue({ concurrency: options.concurrency });
    this.journal = options.journal;
    this.retryMs = options.retryMs ?? 30_000;
  }

  private file(job: Job): string {
    return join(this.journal as string, `${createHash('sha256').update(jobKey(job)).digest('hex').slice(0, 32)}.json`);
  }

  async start(handler: JobHandler): Promise<void> {
    this.handler = handler;
    if (!this.journal) return;
    await mkdir(this.journal, { recursive: true });
    for (const name of (await readdir(this.journal)).filter((n) => n.endsWith('.json')).sort()) {
      const entry = JSON.parse(await readFile(join(this.journal, name), 'utf8')) as Journaled;
      this.run(entry.job, entry.attempts, join(this.journal, name));
    }
  }

  async enqueue(job: Job): Promise<void> {
    this.run(job, 0);
  }

  /** The journal counts starts before each one, so a start that crashed the process is counted. */
  private run(job: Job, started: number, file = this.journal ? this.file(job) : undefined): void {
    const handler = this.handler;
    if (!handler) throw new Error('the job queue was not started');
    const write = (attempts: number) => (file ? writeFile(file, JSON.stringify({ job, attempts } satisfies Journaled)) : Promise.resolve());
    const queued = write(started);
    void this.queue.add(async () => {
      await queued;
      await write(started + 1);
      try {
        await handler(job, started + 1);
      } catch {
        // The handler could not even conclude the job (GitHub unreachable): try again later.
        setTimeout(() => this.run(job, started + 1, file), this.retryMs).unref();
        return;
      }
      if (file) await rm(file, { force: true });
    });
  }

  async depth(): Promise<number> {
    return this.queue.size + this.queue.pending;
  }

  idle(): Promise<void> {
    return this.queue.onIdle();
  }

  async close(): Promise<void> {
    await this.queue.onIdle();
  }
}

interface Journaled {
  job: Job;
  attempts: number;
}

/** Bounded maps: enough for one process, forgetting the oldest entries first. */
export class MemoryState implements StateStore {
  private readonly deliveries = new Set<string>();
  private readonly heads = new Map<string, string>();

  constructor(private readonly limit = 10_000) {}

  private trim<T>(collection: Set<T> | Map<T, unknown>): void {
    while (collection.size > this.limit) collection.delete(collection.keys().next().value as T);
  }

  async firstDelivery(id: string): Promise<boolean> {
    if (this.deliveries.has(id)) return false;
    this.deliveries.add(id);
    this.trim(this.deliveries);
    return true;
  }

  async setHead(pr: string, sha: string): Promise<void> {
    this.heads.delete(pr);
    this.heads.set(pr, sha);
    this.trim(this.heads);
  }

  async latestHead(pr: string): Promise<string | undefined> {
    return this.heads.get(pr);
  }

  async close(): Promise<void> {}
}
