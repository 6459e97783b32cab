import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Request {
  sha: string;
  resolve: (content: Buffer) => void;
  reject: (err: Error) => void;
}

/** One git process and the reads sent to it, answered in order. */
interface Batch {
  proc: ChildProcessWithoutNullStreams;
  pending: Request[];
  chunks: Buffer[];
}

/**
 * Blobs read through one `git cat-file --batch` process per burst of requests: a review reads
 * hundreds of migrations at once, and starting a git process for each costs far more than the
 * reading (820 blobs: seconds). The process ends as soon as nothing is pending, so none outlives
 * the work that asked for it.
 */
export class GitBlobReader {
  private current: Batch | null = null;

  constructor(private readonly dir: string) {}

  read(sha: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const batch = this.current ?? this.start();
      batch.pending.push({ sha, resolve, reject });
      batch.proc.stdin.write(`${sha}\n`);
    });
  }

  private start(): Batch {
    const batch: Batch = { proc: spawn('git', ['cat-file', '--batch'], { cwd: this.dir }), pending: [], chunks: [] };
    this.current = batch;
    const { proc } = batch;
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)));
    proc.stdout.on('data', (chunk: Buffer) => {
      batch.chunks.push(chunk);
      this.answer(batch);
    });
    const fail = (err: Error) => {
      if (this.current === batch) this.current = null;
      for (const request of batch.pending.splice(0)) request.reject(err);
    };
    proc.on('error', fail);
    proc.on('close', (code) => fail(new Error(`git cat-file --batch in ${this.dir} exited (${code}) with reads pending: ${stderr.trim()}`)));
    // Requests written after an exit fail through 'close'; the write error itself says nothing more.
    proc.stdin.on('error', () => {});
    return batch;
  }

  /** Settles the requests whose answers have arrived whole: "<sha> blob <size>\n<content>\n" or "<sha> missing\n". */
  private answer(batch: Batch): void {
    let buffer = batch.chunks.length === 1 ? (batch.chunks[0] as Buffer) : Buffer.concat(batch.chunks);
    for (;;) {
      const request = batch.pending[0];
      const eol = buffer.indexOf(10);
      if (!request || eol < 0) break;
      const [, type, size] = buffer.subarray(0, eol).toString('utf8').split(' ');
      // "missing" has no content; another kind of object has, which is skipped once whole.
      const end = eol + 1 + (size === undefined ? 0 : Number(size) + 1);
      if (buffer.length < end) break;
      const content = type === 'blob' ? Buffer.from(buffer.subarray(eol + 1, end - 1)) : null;
      buffer = buffer.subarray(end);
      batch.pending.shift();
      // A copy: the answer outlives the stream's chunk.
      if (content) request.resolve(content);
      else request.reject(new Error(`${request.sha} is not a blob of the repository in ${this.dir} (${type ?? 'no answer'})`));
    }
    batch.chunks = buffer.length ? [buffer] : [];
    // Drained: the next read starts a process of its own.
    if (!batch.pending.length && this.current === batch) {
      this.current = null;
      batch.proc.stdin.end();
    }
  }
}
