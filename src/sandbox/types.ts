import type pg from 'pg';
import type { ReviewDatabase } from './database.js';

/** A running PostgreSQL server the bot may create and drop its own databases on. */
export interface PostgresServer {
  /** Superuser (or CREATEDB) connection used only for creating and dropping review databases. */
  admin: pg.ClientConfig;
  major: number;
  /** e.g. "18.4" */
  version: string;
}

/** What replaying part of a base history did: a failed replay is never cached. */
export interface ReplayOutcome {
  statements: number;
  durationMs: number;
  failure?: unknown;
}

/** A base history to hold in a database: its units by content, and how to replay them. */
export interface BaseRequest<R extends ReplayOutcome> {
  /** One hash per unit (preamble, migrations), in replay order: see snapshotKey.ts. */
  units: string[];
  /** Replays the units from index `from` on into the database. */
  replay(db: ReviewDatabase, from: number): Promise<R>;
}

/** How the base came to be in the database. */
export interface BaseCacheReport {
  /** hit: restored whole from a snapshot; prefix: restored in part, the rest replayed; miss: replayed whole; off: no cache. */
  status: 'hit' | 'prefix' | 'miss' | 'off';
  /** Units of the base (preamble and migrations). */
  units: number;
  /** Units restored from the snapshot instead of replayed, and their statements. */
  restored: number;
  restoredStatements: number;
  /** What replaying the restored units took when the snapshot was built. */
  replayMs: number;
  /** What restoring the snapshot and starting its server took instead. */
  restoreMs: number;
}

export interface BaseDatabase<R extends ReplayOutcome> {
  db: ReviewDatabase;
  /** The replay of the units the snapshot did not hold; null when it held them all. */
  replay: R | null;
  cache: BaseCacheReport;
}

/** Where review servers come from: `embedded` (default) or an operator-provided `url`. */
export interface SandboxProvider {
  readonly name: string;
  /** A server of the given major; rejects with SandboxUnavailableError when it cannot offer one. */
  server(major: number): Promise<PostgresServer>;
  /** A database of its own for one review, holding the base history (from a snapshot when the provider keeps them). */
  baseDatabase<R extends ReplayOutcome>(server: PostgresServer, request: BaseRequest<R>): Promise<BaseDatabase<R>>;
  close(): Promise<void>;
}

/** A user-facing reason why no server of the requested kind can be had. */
export class SandboxUnavailableError extends Error {
  override name = 'SandboxUnavailableError';
}
