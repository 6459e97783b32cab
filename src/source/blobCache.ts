/**
 * Blob contents by SHA, bounded by total bytes. A blob SHA names its content forever, so
 * entries never go stale; the least recently used are evicted first.
 */
export class BlobCache {
  private readonly entries = new Map<string, Buffer>();
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

  async getOrLoad(sha: string, load: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.get(sha);
    if (hit) return hit;
    const content = await load();
    this.set(sha, content);
    return content;
  }

  get size(): number {
    return this.entries.size;
  }
}
