import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { RepoSource, TreeListing } from './types.js';

/** A repository held in memory (files given to `lint`, tests): path -> content, blob SHAs computed as git does. */
export class MemorySource implements RepoSource {
  private readonly blobs = new Map<string, Buffer>();
  readonly tree: TreeListing;

  constructor(files: Record<string, string | Buffer>, truncated = false) {
    const entries = Object.entries(files).map(([path, content]) => {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
      this.blobs.set(sha, bytes);
      return { path, sha };
    });
    this.tree = { files: entries, truncated };
  }

  static async fromDirectory(dir: string, prefix = ''): Promise<MemorySource> {
    const files: Record<string, Buffer> = {};
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files[prefix + relative(dir, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name));
    }
    return new MemorySource(files);
  }

  private readonly commits = new Map<string, TreeListing>();

  /** Two commits of one repository, named "base" and "head", as a pull request sees them. */
  static pullRequest(base: Record<string, string>, head: Record<string, string>): MemorySource {
    const source = new MemorySource({});
    for (const [name, files] of [
      ['base', base],
      ['head', head],
    ] as const) {
      const commit = new MemorySource(files);
      for (const [sha, blob] of commit.blobs) source.blobs.set(sha, blob);
      source.commits.set(name, commit.tree);
    }
    return source;
  }

  async listTree(commit?: string): Promise<TreeListing> {
    return (commit && this.commits.get(commit)) || this.tree;
  }

  async readBlob(sha: string): Promise<Buffer> {
    const blob = this.blobs.get(sha);
    if (!blob) throw new Error(`no blob ${sha}`);
    return blob;
  }
}
