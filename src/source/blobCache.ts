import { LRUCache } from 'lru-cache';

type Load = () => Promise<Buffer>;

/**
 * Blob contents by SHA, bounded by total bytes. A blob SHA names its content forever, so
 * entries never go stale; the least recently used are evicted first.
 */
export class BlobCache {
  private readonly entries: LRUCache<string, Buffer, Load>;

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.entries = new LRUCache<string, Buffer, Load>({
      maxSize: maxBytes,
      // lru-cache takes no entry of size 0: an empty blob counts as one byte.
      sizeCalculation: (content) => content.length || 1,
      fetchMethod: (_sha, _stale, { context: load }) => load(),
    });
  }

  get(sha: string): Buffer | undefined {
    return this.entries.get(sha);
  }

  set(sha: string, content: Buffer): void {
    this.entries.set(sha, content);
  }

  /** The blob, loaded once however many ask for it at the same time (a review reads its base and head trees together). */
  getOrLoad(sha: string, load: Load): Promise<Buffer> {
    return this.entries.forceFetch(sha, { context: load });
  }

  get size(): number {
    return this.entries.size;
  }
}
