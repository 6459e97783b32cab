import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessQueue } from '../src/jobs/memory.js';
import type { JobHandler } from '../src/jobs/types.js';
import { EmbeddedSandboxProvider } from '../src/sandbox/embedded.js';
import { startApp } from './support/appHarness.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-startup-test-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** The embedded sandbox, counting its clean-ups and what happened around them. */
class Recorded extends EmbeddedSandboxProvider {
  readonly events: string[] = [];
  override async cleanup(): Promise<string[]> {
    this.events.push('cleanup');
    const removed = await super.cleanup();
    this.events.push(`cleaned ${removed.length}`);
    return removed;
  }
}

describe('start-up of the app', () => {
  it('removes what a process that died left once, before it takes jobs, and not on readiness probes', async () => {
    const dataRoot = join(tmp, 'data');
    // The folder of a review whose process is gone.
    const gone = spawn(process.execPath, ['-e', '']);
    await once(gone, 'exit');
    await mkdir(join(dataRoot, 'pg-dba-review-dead01', 'data'), { recursive: true });
    await writeFile(join(dataRoot, 'pg-dba-review-dead01', 'owner.json'), JSON.stringify({ pid: gone.pid, started: null }));
    const sandbox = new Recorded({ dataRoot });
    const queue = new InProcessQueue({ concurrency: 1 });
    const start = queue.start.bind(queue);
    queue.start = (handler: JobHandler) => {
      sandbox.events.push('queue started');
      return start(handler);
    };
    const app = await startApp({ app: { sandbox, queue } });
    try {
      for (let probe = 0; probe < 3; probe++) {
        const res = await fetch(`${app.url}/readyz`);
        expect([res.status, await res.text()]).toEqual([200, 'ready\n']);
      }
      expect(sandbox.events).toEqual(['cleanup', 'cleaned 1', 'queue started']);
      expect(await readdir(dataRoot)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
