import { LRUCache } from 'lru-cache';
import type { TreeListing } from './types.js';

type Load = () => Promise<TreeListing>;

// A full object name (SHA-1 or SHA-256): a branch or tag name moves, so only these are cached.
const OBJECT_NAME = /^([0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * Recursive tree listings by repository and commit SHA. A commit names its tree forever, so an
 * entry never goes stale: pushes to one pull request, and every pull request on the same base,
 * list the base's tree once instead of once per review. Bounded by files listed, least recently
 * used first.
 */
export class TreeCache {
  private readonly entries: LRUCache<string, TreeListing, Load>;

  constructor(maxFiles = 500_000) {
    this.entries = new LRUCache<string, TreeListing, Load>({
      maxSize: maxFiles,
      sizeCalculation: (listing) => listing.files.length + 1,
      // Shared by every review of the commit: frozen, so none can change it for the others.
      fetchMethod: async (_key, _stale, { context: load }) => {
        const listing = await load();
        Object.freeze(listing.files);
        return Object.freeze(listing);
      },
    });
  }

  /** The listing of `commit` in `repository` ("owner/name"), loaded once however many ask at the same time; a ref that is not a SHA is loaded every time. */
  getOrLoad(repository: string, commit: string, load: Load): Promise<TreeListing> {
    if (!OBJECT_NAME.test(commit)) return load();
    return this.entries.forceFetch(`${repository}@${commit}`, { context: load });
  }

  get size(): number {
    return this.entries.size;
  }
}
