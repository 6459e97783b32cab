import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface CommitSpec {
  branch: string;
  /** Where a new branch starts; defaults to the previous commit. */
  from?: string;
  message: string;
  /** Path -> content; null deletes the file. */
  files: Record<string, string | null>;
}

// A fixed identity so that building a repository needs no git configuration on the machine.
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'pg-dba-review',
  GIT_AUTHOR_EMAIL: 'pg-dba-review@example.invalid',
  GIT_COMMITTER_NAME: 'pg-dba-review',
  GIT_COMMITTER_EMAIL: 'pg-dba-review@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export async function git(dir: string, args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV } });
  return stdout.trim();
}

/**
 * Builds a git repository from scratch (or adds to one, with `reuse`): each commit lands on its
 * branch, a new branch starting from `from` or the previous commit. Returns each commit's SHA.
 */
export async function buildGitRepo(dir: string, commits: CommitSpec[], { reuse = false } = {}): Promise<string[]> {
  if (!reuse) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await git(dir, ['init', '--quiet', '--initial-branch', commits[0]?.branch ?? 'main']);
  }
  const shas: string[] = [];
  for (const commit of commits) {
    const current = shas.length || reuse ? await git(dir, ['rev-parse', '--abbrev-ref', 'HEAD']) : commit.branch;
    if (current !== commit.branch) {
      const exists = await git(dir, ['branch', '--list', commit.branch]);
      await git(dir, exists ? ['checkout', '--quiet', commit.branch] : ['checkout', '--quiet', '-b', commit.branch, ...(commit.from ? [commit.from] : [])]);
    }
    for (const [path, content] of Object.entries(commit.files)) {
      const full = join(dir, path);
      if (content === null) await git(dir, ['rm', '--quiet', path]);
      else {
        await mkdir(dirname(full), { recursive: true });
        await writeFile(full, content);
        await git(dir, ['add', path]);
      }
    }
    await git(dir, ['commit', '--quiet', '--allow-empty', '-m', commit.message]);
    shas.push(await git(dir, ['rev-parse', 'HEAD']));
  }
  return shas;
}
