import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PostgresBuild } from './builds.js';
import { initCluster, startCluster, type Cluster } from './cluster.js';
import { ReviewDatabase } from './database.js';
import { removeLeftovers, WORK_PREFIX } from './leftovers.js';
import { recordOwner } from './owner.js';
import { chainKeys } from './snapshotKey.js';
import type { SnapshotMeta, SnapshotStore, StoredSnapshot } from './snapshotStore.js';
import { replayStages } from './stages.js';
import type { BaseDatabase, BaseRequest } from './types.js';
import type { PostgresServer, SandboxLimits } from './server.js';

export interface SnapshotOptions {
  store: SnapshotStore;
  /** Where restored clusters run. */
  workRoot: string;
  /** Whose programs make and run the clusters. */
  build: PostgresBuild;
  /** What each review may spend: the review role's settings in every snapshot. */
  limits: SandboxLimits;
  log: (line: string) => void;
}

/** A copy of a snapshot restored and started ahead of the review that will want it. */
interface Spare {
  cluster: Cluster;
  work: string;
  meta: SnapshotMeta;
}

/** A build in progress in this process: reviews that need the state it makes wait for it. */
interface Building {
  key: string;
  done: () => void;
}

/**
 * Base histories as whole-cluster snapshots. A review gets a copy of the snapshot of the longest
 * prefix of its base that is cached, started as a server of its own; the units the snapshot lacks
 * are replayed into it, and the result is snapshotted in turn for the next review. A copy of a
 * stopped cluster holds everything a history made, roles and other cluster-wide objects included,
 * and a server per review keeps reviews from seeing each other's.
 */
export class BaseSnapshots {
  private readonly building = new Map<string, Promise<void>>();
  private readonly live = new Set<() => Promise<void>>();
  private swept?: Promise<void>;
  /**
   * The base the latest review used, restored and started again once that review ended: the next
   * push to the same pull request (or another change to the same tables) starts on it at once
   * instead of waiting for a copy and a server start. One at a time, so idle memory stays one cluster.
   */
  private spare?: { key: string; ready: Promise<Spare | null> };
  private closed = false;

  constructor(private readonly options: SnapshotOptions) {}

  async database<S>(server: PostgresServer, request: BaseRequest<S>): Promise<BaseDatabase<S>> {
    const started = performance.now();
    const keys = chainKeys(server, this.options.build.name, this.options.limits, request.units);
    const target = keys.length - 1;
    const key = keys[target] as string;
    const renew = request.ahead === false ? undefined : () => this.prepareSpare(key, server.major);
    const spare = await this.takeSpare(key);
    if (spare) {
      const { meta } = spare;
      const cache = {
        status: 'hit' as const,
        units: target,
        restored: target,
        restoredStatements: meta.statements,
        replayMs: meta.replayMs,
        restoreMs: performance.now() - started,
        ahead: true,
      };
      return { db: this.adopt(spare.cluster, spare.work, meta, renew), replay: null, state: (meta.state ?? null) as S | null, cache };
    }
    this.swept ??= removeLeftovers(this.options.workRoot).then(
      () => {},
      (err: unknown) => this.options.log(`[snapshots] could not remove leftovers: ${(err as Error).message}`),
    );
    const { work, dataDir } = await this.workFolder();
    let building: Building | null = null;
    let cluster: Cluster | undefined;
    try {
      let found: StoredSnapshot | null = null;
      for (let attempt = 1; ; attempt++) {
        const claim = await this.claim(keys);
        building = claim.building;
        if (!claim.found || (await this.options.store.restore(claim.found.key, dataDir))) {
          found = claim.found;
          break;
        }
        // Evicted between the lookup and the copy: look again, then start from scratch.
        if (building) this.finish(building);
        building = null;
        if (attempt === 2) break;
      }
      const meta = found?.meta ?? (await this.initialise(dataDir, keys[0] as string, server.major));
      const index = found ? keys.indexOf(found.key) : 0;
      cluster = await this.start(dataDir, server.major, meta.password);
      const restored = { units: target, restored: index, restoredStatements: meta.statements, replayMs: meta.replayMs, restoreMs: performance.now() - started };
      const state = (meta.state ?? null) as S | null;
      if (index === target) return { db: this.adopt(cluster, work, meta, renew), replay: null, state, cache: { status: found ? 'hit' : 'miss', ...restored } };

      let made = meta;
      const { replay } = await replayStages(request, this.open(cluster, meta), index, state, async (to, stage) => {
        made = { ...meta, units: to, statements: made.statements + stage.statements, replayMs: made.replayMs + stage.durationMs, state: stage.state };
        await (cluster as Cluster).stop('clean');
        // The cache only saves time: failing to fill it must not fail the review.
        await this.options.store
          .save(keys[to] as string, dataDir, made)
          .catch((err: unknown) => this.options.log(`[snapshots] could not save a snapshot: ${(err as Error).message}`));
        cluster = await this.start(dataDir, server.major, meta.password);
        return this.open(cluster, meta);
      });
      // A base that did not replay whole was not saved: nothing to keep a spare of.
      const whole = !replay.failure && !replay.problem;
      return {
        db: this.adopt(cluster, work, meta, whole ? renew : undefined),
        replay,
        state: replay.state,
        cache: { status: index > 0 ? 'prefix' : 'miss', ...restored },
      };
    } catch (err) {
      await this.discard({ cluster, work });
      throw err;
    } finally {
      if (building) this.finish(building);
    }
  }

  /**
   * Makes the empty cluster of this build (initdb: about a second) unless it is kept already, so
   * a first review started meanwhile restores it instead of waiting for initdb; one that asks
   * while it is being made waits for it, as for any build.
   */
  async prepareRoot(server: PostgresServer): Promise<void> {
    const key = chainKeys(server, this.options.build.name, this.options.limits, [])[0] as string;
    const { building } = await this.claim([key]);
    if (!building) return;
    const { work, dataDir } = await this.workFolder();
    try {
      await this.initialise(dataDir, key, server.major);
    } finally {
      this.finish(building);
      await rm(work, { recursive: true, force: true });
    }
  }

  /**
   * The longest cached prefix of `keys`, once no build of a longer one is running in this
   * process; when the caller must build the whole history, the build is registered in the same
   * turn, so concurrent reviews of one base replay it once.
   */
  private async claim(keys: string[]): Promise<{ found: StoredSnapshot | null; building: Building | null }> {
    for (;;) {
      const found = await this.options.store.longest(keys);
      const index = found ? keys.indexOf(found.key) : -1;
      const pending = keys
        .slice(index + 1)
        .reverse()
        .map((k) => this.building.get(k))
        .find((p) => p !== undefined);
      if (pending) {
        await pending;
        continue;
      }
      const key = keys.at(-1) as string;
      if (index === keys.length - 1) return { found, building: null };
      let done = () => {};
      this.building.set(key, new Promise<void>((resolve) => (done = resolve)));
      return { found, building: { key, done } };
    }
  }

  private finish(building: Building): void {
    this.building.delete(building.key);
    building.done();
  }

  /**
   * A new cluster in `dataDir` holding just an empty review database and its role, with the
   * review limits, kept as the root of every chain of this PostgreSQL build.
   */
  private async initialise(dataDir: string, key: string, major: number): Promise<SnapshotMeta> {
    const password = randomBytes(18).toString('base64url');
    // One-megabyte WAL segments keep the copies small.
    await initCluster(await this.options.build.binaries(major), dataDir, { password, flags: ['--encoding=UTF8', '--no-sync', '--wal-segsize=1'] });
    const cluster = await this.start(dataDir, major, password);
    let login;
    try {
      login = (await ReviewDatabase.create(cluster.server, this.options.limits)).login;
    } finally {
      await cluster.stop('clean');
    }
    const meta: SnapshotMeta = { units: 0, statements: 0, replayMs: 0, password, login, state: null };
    await this.options.store
      .save(key, dataDir, meta)
      .catch((err: unknown) => this.options.log(`[snapshots] could not save the empty cluster: ${(err as Error).message}`));
    return meta;
  }

  private async start(dataDir: string, major: number, password: string): Promise<Cluster> {
    return startCluster(await this.options.build.binaries(major), dataDir, { major, password });
  }

  /** The review database of a cluster being built on: it outlives the database object. */
  private open(cluster: Cluster, meta: SnapshotMeta): ReviewDatabase {
    return ReviewDatabase.onOwnServer(cluster.server, meta.login, this.options.limits, async () => {});
  }

  /** The spare of `key`, when one is ready or on its way and its server still runs. */
  private async takeSpare(key: string): Promise<Spare | null> {
    if (this.spare?.key !== key) return null;
    const { ready } = this.spare;
    this.spare = undefined;
    const spare = await ready;
    if (spare && !spare.cluster.running()) {
      await this.discard(spare);
      return null;
    }
    return spare;
  }

  /** Restores and starts `key` again in the background, in place of any other spare. */
  private prepareSpare(key: string, major: number): void {
    if (this.closed || this.spare?.key === key) return;
    const previous = this.spare;
    const ready = (async (): Promise<Spare | null> => {
      const found = await this.options.store.longest([key]);
      if (!found) return null;
      const { work, dataDir } = await this.workFolder();
      try {
        if (!(await this.options.store.restore(key, dataDir))) throw new Error('evicted');
        return { cluster: await this.start(dataDir, major, found.meta.password), work, meta: found.meta };
      } catch (err) {
        await this.discard({ work });
        throw err;
      }
    })().catch((err: unknown) => {
      // Only a head start: the review that wanted it makes its own copy.
      this.options.log(`[snapshots] could not prepare a spare cluster: ${(err as Error).message}`);
      return null;
    });
    this.spare = { key, ready };
    if (previous) void previous.ready.then((s) => s && this.discard(s));
  }

  /** A folder of its own for a cluster's data (`dataDir`, not made yet: restoring or initdb makes it). */
  private async workFolder(): Promise<{ work: string; dataDir: string }> {
    const work = await mkdtemp(join(this.options.workRoot, WORK_PREFIX));
    // The server may run as another OS user (when this process is root), who must enter the folder.
    await chmod(work, 0o755);
    await recordOwner(work);
    return { work, dataDir: join(work, 'data') };
  }

  /** Stops a cluster at once and removes its folder. */
  private async discard({ cluster, work }: { cluster?: Cluster | undefined; work: string }): Promise<void> {
    await cluster?.stop('discard');
    await rm(work, { recursive: true, force: true });
  }

  /** The review's database; dropping it stops the cluster's server and removes its copy, then (`renew`) prepares a spare of its base. */
  private adopt(cluster: Cluster, work: string, meta: SnapshotMeta, renew?: () => void): ReviewDatabase {
    const release = async () => {
      this.live.delete(release);
      await this.discard({ cluster, work });
      renew?.();
    };
    this.live.add(release);
    return ReviewDatabase.onOwnServer(cluster.server, meta.login, this.options.limits, release);
  }

  /** Stops the servers of reviews still running, and the spare. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.live].map((release) => release()));
    const spare = await this.spare?.ready;
    this.spare = undefined;
    if (spare) await this.discard(spare);
  }
}
