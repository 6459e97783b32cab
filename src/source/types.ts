/** A file (blob) in a commit's tree. */
export interface TreeFile {
  path: string;
  /** Git blob SHA: names the content forever, so it is the cache key. */
  sha: string;
}

export interface TreeListing {
  files: TreeFile[];
  /** The host cut the listing short (GitHub truncates very large trees). */
  truncated: boolean;
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

/** A file the pull request touches, relative to its merge base. */
export interface ChangedFile {
  path: string;
  status: FileStatus;
  previousPath?: string;
  /** The unified diff GitHub shows (absent for binary or very large files). */
  patch?: string;
}

/** Read access to a repository's history, from GitHub or a local checkout. */
export interface RepoSource {
  listTree(commit: string): Promise<TreeListing>;
  readBlob(sha: string): Promise<Buffer>;
}
