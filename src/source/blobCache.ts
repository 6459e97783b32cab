/**
 * Blob contents by SHA, bounded by total bytes. A blob SHA names its content forever, so
 * entries never go stale; the least recently used are evicted first.
 */
export class BlobCache {
  private readonly entries = new Map<string, Buffer>();
  private readonly loading = new Map<string, Promise<Buffer>>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(sha: string): Buffer | undefined {
    const hit = this.entries.get(sha);
    if (hit) {
      this.entries.delete(sha);
      this.entries.set(sha, hit);
    }
    return hit;
  }

  set(sha: string, content: Buffer): void {
    if (content.length > this.maxBytes || this.entries.has(sha)) return;
    this.entries.set(sha, content);
    this.bytes += content.length;
    for (const [oldest, buf] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= buf.length;
    }
  }

  /** The blob, loaded once however many ask for it at the same time (a review reads its base and head trees together). */
  async getOrLoad(sha: string, load: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.get(sha);
    if (hit) return hit;
    let pending = this.loading.get(sha);
    if (!pending) {
      pending = load().finally(() => this.loading.delete(sha));
      this.loading.set(sha, pending);
    }
    const content = await pending;
    this.set(sha, content);
    return content;
  }

  get size(): number {
    return this.entries.size;
  }
}
