import { answers } from './serverInfo.js';
import type { PostgresServer } from './server.js';

/**
 * One running server per PostgreSQL major (or per other key: the docker provider's image), started on first use: a failed start is not kept (the
 * next review tries again), and a server that stopped answering (killed, out of memory) is
 * discarded and replaced rather than handed to the next review.
 */
export class PerMajor<T extends { server: PostgresServer }, K = number> {
  private readonly running = new Map<K, Promise<T>>();

  constructor(
    private readonly start: (key: K) => Promise<T>,
    private readonly discard: (running: T) => Promise<void>,
  ) {}

  async get(major: K): Promise<PostgresServer> {
    let running = this.running.get(major);
    if (
      running &&
      !(await running.then(
        (r) => answers(r.server),
        () => false,
      ))
    ) {
      this.running.delete(major);
      // A dead server may fail to stop cleanly; it is replaced all the same.
      await running.then((r) => this.discard(r)).catch(() => {});
      running = undefined;
    }
    if (!running) {
      running = this.start(major);
      this.running.set(major, running);
      running.catch(() => this.running.delete(major));
    }
    return (await running).server;
  }

  async closeAll(): Promise<void> {
    const all = [...this.running.values()];
    this.running.clear();
    await Promise.all(all.map((r) => r.then((x) => this.discard(x)).catch(() => {})));
  }
}
