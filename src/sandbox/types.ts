import type { ReviewDatabase } from './database.js';
import type { PostgresServer, SandboxLimits, ServerWants } from './server.js';

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
  /** False for a base no next review will ask for (the time estimates' second size): no copy is restored ahead once it is dropped. */
  ahead?: boolean;
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

/**
 * Files of one table's generated rows, kept between reviews by a key of what made them (the base
 * snapshots' store): a review that needs the same rows loads them instead of generating them.
 */
export interface RowFiles {
  /** The file kept under `key` and what was said of it; null when none is (it may still vanish before it is read: evicted). */
  file(key: string): Promise<{ path: string; meta: unknown } | null>;
  /** Keeps the file `write` makes, under `key`. */
  saveFile(key: string, write: (path: string) => Promise<void>, meta: unknown): Promise<void>;
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
  /** Starts what every base of this major needs (the empty cluster a cache starts from), ahead of the review that will ask for a base; never fails. */
  prepare?(major: number): Promise<void>;
  /** Where generated rows are kept between reviews (with the base snapshots); none without them. */
  rowFiles?(server: PostgresServer): RowFiles | null;
  close(): Promise<void>;
}

/** A user-facing reason why no server of the requested kind can be had. */
export class SandboxUnavailableError extends Error {
  override name = 'SandboxUnavailableError';
}
