import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BlobCache } from './blobCache.js';
import { GitBlobReader } from './gitBlobs.js';
import type { ChangedFile, FileStatus, RepoSource, TreeListing } from './types.js';

const exec = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<Buffer> {
  const { stdout } = await exec('git', args, { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 });
  return stdout;
}

const STATUS: Record<string, FileStatus> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

/** Repository access through a local git checkout (the CLI's source). */
export class LocalGitSource implements RepoSource {
  private readonly reader: GitBlobReader;

  constructor(
    readonly dir: string,
    private readonly blobs: BlobCache,
  ) {
    this.reader = new GitBlobReader(dir);
  }

  /** Resolves a ref (branch, tag, SHA, HEAD~1) to a commit SHA. */
  async resolve(ref: string): Promise<string> {
    try {
      return (await git(this.dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).toString().trim();
    } catch {
      throw new Error(`"${ref}" is not a commit in ${this.dir}`);
    }
  }

  async listTree(commit: string): Promise<TreeListing> {
    const out = await git(this.dir, ['ls-tree', '-r', '-z', '--full-tree', commit]);
    const files = out
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const tab = line.indexOf('\t');
        const [, type, sha] = line.slice(0, tab).split(' ');
        return { type, sha: sha as string, path: line.slice(tab + 1) };
      })
      .filter((e) => e.type === 'blob')
      .map(({ path, sha }) => ({ path, sha }));
    return { files, truncated: false };
  }

  readBlob(sha: string): Promise<Buffer> {
    return this.blobs.getOrLoad(sha, () => this.reader.read(sha));
  }

  /** A file at a commit, or undefined when it does not exist there. */
  async readFile(commit: string, path: string): Promise<Buffer | undefined> {
    try {
      return await git(this.dir, ['cat-file', 'blob', `${commit}:${path}`]);
    } catch {
      return undefined;
    }
  }

  /** The PR's view of changes: head against the merge base, as GitHub lists a PR's files. */
  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const out = await git(this.dir, ['diff', '--name-status', '-z', '-M', `${base}...${head}`]);
    const parts = out.toString('utf8').split('\0').filter(Boolean);
    const changed: ChangedFile[] = [];
    for (let i = 0; i < parts.length;) {
      const code = (parts[i++] as string).charAt(0);
      const status = STATUS[code] ?? 'changed';
      if (code === 'R' || code === 'C') {
        const previousPath = parts[i++] as string;
        changed.push({ path: parts[i++] as string, status, previousPath });
      } else {
        changed.push({ path: parts[i++] as string, status });
      }
    }
    return changed;
  }
}
