import type { Octokit } from '@octokit/rest';
import type { BlobCache } from './blobCache.js';
import type { TreeCache } from './treeCache.js';
import type { ChangedFile, FileStatus, RepoSource, TreeListing } from './types.js';

/** The part of an Octokit client the app uses (Probot's context.octokit or @octokit/rest). */
export type GitHubApi = Pick<Octokit, 'rest' | 'paginate'>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** GitHub's compare lists at most this many files, however it is paged. */
export const COMPARE_FILE_LIMIT = 300;

type DiffEntry = { filename: string; status: string; previous_filename?: string; patch?: string };

const changedFile = (f: DiffEntry): ChangedFile => ({
  path: f.filename,
  status: f.status as FileStatus,
  ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
  ...(f.patch ? { patch: f.patch } : {}),
});

/** Repository access through GitHub's git database API (trees and blobs). */
export class GitHubSource implements RepoSource {
  constructor(
    private readonly octokit: GitHubApi,
    private readonly ref: RepoRef,
    private readonly blobs: BlobCache,
    private readonly trees?: TreeCache,
  ) {}

  listTree(commit: string): Promise<TreeListing> {
    const load = async () => {
      const { data } = await this.octokit.rest.git.getTree({ ...this.ref, tree_sha: commit, recursive: 'true' });
      const files = data.tree
        .filter((e) => e.type === 'blob' && e.path !== undefined && e.sha !== undefined)
        .map((e) => ({ path: e.path as string, sha: e.sha as string }));
      return { files, truncated: data.truncated };
    };
    return this.trees ? this.trees.getOrLoad(`${this.ref.owner}/${this.ref.repo}`, commit, load) : load();
  }

  readBlob(sha: string): Promise<Buffer> {
    return this.blobs.getOrLoad(sha, async () => {
      const { data } = await this.octokit.rest.git.getBlob({ ...this.ref, file_sha: sha });
      return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
    });
  }

  /** Every file the pull request changes (all pages). */
  async listPullRequestFiles(pullNumber: number): Promise<ChangedFile[]> {
    const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
      ...this.ref,
      pull_number: pullNumber,
      per_page: 100,
    });
    return files.map(changedFile);
  }

  /**
   * Every file changed from base to head (a merge group's), from GitHub's compare. Past its limit
   * of 300 files the two trees are compared instead, so none is missed (renames then show as a
   * removal and an addition, and there are no patches).
   */
  async listComparedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({ ...this.ref, basehead: `${base}...${head}` });
    const files = data.files ?? [];
    if (files.length < COMPARE_FILE_LIMIT) return files.map(changedFile);
    const blobs = async (commit: string) => new Map((await this.listTree(commit)).files.map((f) => [f.path, f.sha]));
    const [before, after] = await Promise.all([blobs(base), blobs(head)]);
    const changed: ChangedFile[] = [];
    for (const [path, sha] of after) {
      const was = before.get(path);
      if (was !== sha) changed.push({ path, status: was === undefined ? 'added' : 'modified' });
    }
    for (const path of before.keys()) if (!after.has(path)) changed.push({ path, status: 'removed' });
    return changed;
  }

  /** A file's text at a commit, or undefined when it has none there. */
  async readText(commit: string, path: string): Promise<string | undefined> {
    const response = await this.octokit.rest.repos.getContent({ ...this.ref, path, ref: commit, mediaType: { format: 'raw' } }).catch((err: unknown) => {
      if ((err as { status?: number }).status === 404) return undefined;
      throw err;
    });
    return response && String(response.data);
  }
}
