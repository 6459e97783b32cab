import type { Octokit } from '@octokit/rest';
import type { BlobCache } from './blobCache.js';
import type { ChangedFile, FileStatus, RepoSource, TreeListing } from './types.js';

/** The part of an Octokit client the app uses (Probot's context.octokit or @octokit/rest). */
export type GitHubApi = Pick<Octokit, 'rest' | 'paginate'>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Repository access through GitHub's git database API (trees and blobs). */
export class GitHubSource implements RepoSource {
  constructor(
    private readonly octokit: GitHubApi,
    private readonly ref: RepoRef,
    private readonly blobs: BlobCache,
  ) {}

  async listTree(commit: string): Promise<TreeListing> {
    const { data } = await this.octokit.rest.git.getTree({ ...this.ref, tree_sha: commit, recursive: 'true' });
    const files = data.tree
      .filter((e) => e.type === 'blob' && e.path !== undefined && e.sha !== undefined)
      .map((e) => ({ path: e.path as string, sha: e.sha as string }));
    return { files, truncated: data.truncated };
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
    return files.map((f) => ({
      path: f.filename,
      status: f.status as FileStatus,
      ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
      ...(f.patch ? { patch: f.patch } : {}),
    }));
  }
}
