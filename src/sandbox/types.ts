import type pg from 'pg';
import type { ReviewDatabase } from './database.js';

/** A running PostgreSQL server the bot may create and drop its own databases and roles on. */
export interface PostgresServer {
  /** Superuser connection, used only for the bot's own setup: review databases, roles, extensions. */
  admin: pg.ClientConfig;
  major: number;
  /** e.g. "18.4" */
  version: string;
  /**
   * A database on this server restored from production (bring your own data): each review
   * copies it instead of replaying the base history, so plans and durations are real and the
   * original is never touched.
   */
  template?: string;
  /** The provider that serves it when not the one asked: the embedded sandbox hands a review needing extensions to the host's build. */
  provider?: string;
  /** The cluster serves one review alone (a snapshot cluster): its WAL is that review's too, and counts against its disk limit. */
  ownCluster?: boolean;
}

/** What a review needs of its server besides the major. */
export interface ServerWants {
  /** Extensions it creates: postgres.extensions and those its migrations create. */
  extensions: string[];
  /** postgres.image, the image the docker provider runs. */
  image?: string | null;
}

/** What one review may spend on a server. */
export interface SandboxLimits {
  /** Wall-clock budget of a whole review: when it runs out, its sessions are ended and the rest is skipped. */
  reviewBudgetMs: number;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
  /** Temporary files (sorts, hashes, materialised CTEs) one session may hold, in kB. */
  tempFileLimitKb: number;
  /**
   * What a review may put on disk before its sessions are ended: its database (large objects
   * included), the shared catalogs, temporary files, and on a cluster of its own the WAL.
   */
  databaseLimitMb: number;
  /** What the server may send back for one query (rows, notices, COPY data, error text) before the session is ended: what a review holds in memory. */
  answerLimitMb: number;
}

/** Reviews run at once when REVIEW_CONCURRENCY does not say. */
export const DEFAULT_CONCURRENCY = 2;

export const DEFAULT_LIMITS: SandboxLimits = {
  reviewBudgetMs: 10 * 60_000,
  statementTimeoutMs: 60_000,
  lockTimeoutMs: 10_000,
  idleInTransactionTimeoutMs: 60_000,
  tempFileLimitKb: 1024 * 1024,
  databaseLimitMb: 2048,
  answerLimitMb: 64,
};

/** What replaying part of a base did; `state` (JSON) describes the database after it and is kept with its snapshot. */
export interface Replayed<S> {
  statements: number;
  durationMs: number;
  /** A statement that failed; a failed replay is never cached. */
  failure?: unknown;
  /** Why the database cannot be used at all (a platform setting the sandbox refuses); never cached either. */
  problem?: string;
  state: S;
}

/** A base to hold in a database: its units by content, and how to replay them. */
export interface BaseRequest<S> {
  /** One hash per unit, in replay order: see snapshotKey.ts. */
  units: string[];
  /** Prefix lengths that deserve a snapshot of their own besides the whole (the history before rows generated for one change). */
  keep: number[];
  /** Brings the database from its first `from` units, which `state` describes (null: an empty database), to its first `to`. */
  replay(db: ReviewDatabase, from: number, to: number, state: S | null): Promise<Replayed<S>>;
}

/** How the base came to be in the database. */
export interface BaseCacheReport {
  /** hit: restored whole from a snapshot; prefix: restored in part, the rest replayed; miss: replayed whole; off: no cache. */
  status: 'hit' | 'prefix' | 'miss' | 'off';
  units: number;
  /** Units restored from the snapshot instead of replayed, and their statements. */
  restored: number;
  restoredStatements: number;
  /** What replaying the restored units took when the snapshot was built. */
  replayMs: number;
  /** What restoring the snapshot and starting its server took instead. */
  restoreMs: number;
  /** The copy was restored and started ahead, when the previous review of the same base ended: restoreMs is the wait for it. */
  ahead?: boolean;
  /** Why a provider that keeps snapshots could not use them this time (status off: the base was replayed instead). */
  unavailable?: string;
}

export interface BaseDatabase<S> {
  db: ReviewDatabase;
  /** The units replayed here; null when a snapshot held them all. */
  replay: Replayed<S> | null;
  /** The database's state: the replay's, else the snapshot's (null: an empty database). */
  state: S | null;
  cache: BaseCacheReport;
}

/** Where review servers come from: `embedded` (default), `host`, `docker`, or an operator-provided `url`. */
export interface SandboxProvider {
  readonly name: string;
  readonly limits: SandboxLimits;
  /** A server of the given major (with the extensions wanted); rejects with SandboxUnavailableError when it cannot offer one. */
  server(major: number, wants?: ServerWants): Promise<PostgresServer>;
  /** Removes what a crashed process left behind on a server others share (run at start-up). */
  cleanup?(): Promise<string[]>;
  /** A database of its own for one review, holding the base (from a snapshot when the provider keeps them). */
  baseDatabase<S>(server: PostgresServer, request: BaseRequest<S>): Promise<BaseDatabase<S>>;
  close(): Promise<void>;
}

/** A user-facing reason why no server of the requested kind can be had. */
export class SandboxUnavailableError extends Error {
  override name = 'SandboxUnavailableError';
}
