import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, readdir, readFile, readlink, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { removeLeftovers } from '../src/sandbox/leftovers.js';
import { recordOwner } from '../src/sandbox/owner.js';

/** Whether a process still runs: gone, or exited and only waiting for whoever reaps orphans (a zombie), it does not. */
async function running(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  return stat !== null && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

// The executable a user runs (npm test builds it first).
const BIN = fileURLToPath(new URL('../dist/bin/main.js', import.meta.url));

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-crash-test-'));
  // PostgreSQL runs as another OS user when the tests run as root: it must enter the folders.
  await chmod(tmp, 0o755);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Processes whose working directory is `dir` (a PostgreSQL server and its backends chdir to their data folder), with their titles. */
async function processesIn(dir: string): Promise<{ pid: number; title: string }[]> {
  const found = await Promise.all(
    (await readdir('/proc'))
      .filter((e) => /^\d+$/.test(e))
      .map(async (pid) => {
        const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => null);
        const title = cwd === dir ? await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => null) : null;
        return title === null ? null : { pid: Number(pid), title: title.replace(/\0+/g, ' ').trim() };
      }),
  );
  return found.filter((p): p is { pid: number; title: string } => p !== null);
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('a review killed with SIGKILL', () => {
  it('leaves its PostgreSQL server running, and the next start of the CLI stops it and removes its folder', async () => {
    const repo = join(tmp, 'repo');
    await buildGitRepo(repo, [
      { branch: 'main', message: 'accounts', files: { 'db/migrations/001_accounts.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n' } },
      // DO is the backend's title while it runs: no statement of the review's own machinery is a DO.
      { branch: 'pr', message: 'slow migration', files: { 'db/migrations/002_slow.sql': 'DO $$ BEGIN PERFORM pg_sleep(600); END $$;\n' } },
    ]);
    const dataRoot = join(tmp, 'data');
    await mkdir(dataRoot);
    await chmod(dataRoot, 0o755);
    const env = {
      ...process.env,
      SANDBOX_URL: '',
      SANDBOX_PROVIDER: 'embedded',
      PG_DBA_REVIEW_DATA_DIR: dataRoot,
      PG_DBA_REVIEW_SNAPSHOT_DIR: join(tmp, 'snapshots'),
    };
    const review = spawn(process.execPath, [BIN, 'review', '--repo', repo, '--base', 'main', '--head', 'pr'], { env, stdio: 'ignore' });
    const exited = once(review, 'exit');

    // The review's cluster runs the migration.
    const dataDir = await waitFor(
      'the migration to run in a review cluster',
      async () => {
        for (const name of await readdir(dataRoot)) {
          const dir = join(dataRoot, name, 'data');
          if ((await processesIn(dir)).some((p) => /^postgres: .* DO$/.test(p.title))) return dir;
        }
        return null;
      },
      180_000,
    );
    review.kill('SIGKILL');
    await exited;
    // Nothing stopped it: the server outlives the process that started it.
    const orphans = await processesIn(dataDir);
    expect(orphans.length).toBeGreaterThan(1);

    // The next start: a review with nothing to review still cleans up first.
    const next = await new Promise<{ code: number | null; stderr: string }>((resolve) =>
      execFile(process.execPath, [BIN, 'review', '--repo', repo, '--base', 'main', '--head', 'main'], { env }, (err, _stdout, stderr) =>
        resolve({ code: err ? (err.code as number) : 0, stderr }),
      ),
    );
    expect(next.code).toBe(0);
    expect(next.stderr).toContain(`removed 1 sandbox leftover(s) of an earlier run that did not finish: ${join(dataDir, '..')}`);
    expect(await processesIn(dataDir)).toEqual([]);
    for (const { pid } of orphans) expect(await running(pid)).toBe(false);
    expect(await readdir(dataRoot)).toEqual([]);
  }, 300_000);
});

describe('the leftover sweep', () => {
  it('leaves the folders of running processes alone, whatever their age, and removes those of processes that are gone or whose pid was reused', async () => {
    const root = join(tmp, 'sweep');
    const folder = async (name: string, owner: object | 'me' | null) => {
      const dir = join(root, name);
      await mkdir(join(dir, 'data'), { recursive: true });
      if (owner === 'me') await recordOwner(dir);
      else if (owner) await writeFile(join(dir, 'owner.json'), JSON.stringify(owner));
      const then = new Date(Date.now() - 2 * 3600_000);
      await utimes(dir, then, then);
    };
    // A process that has exited: its pid is free.
    const gone = spawn(process.execPath, ['-e', '']);
    await once(gone, 'exit');
    await folder('pg-dba-review-mine01', 'me');
    await folder('pg-dba-review-gone01', { pid: gone.pid, started: null });
    await folder('pg-dba-review-reuse1', { pid: process.pid, started: '1' });
    const removed = await removeLeftovers(root);
    expect(removed.sort()).toEqual([join(root, 'pg-dba-review-gone01'), join(root, 'pg-dba-review-reuse1')]);
    expect(await readdir(root)).toEqual(['pg-dba-review-mine01']);
  });
});
