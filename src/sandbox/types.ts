import type pg from 'pg';

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
  /** Size a review database may grow to before its sessions are ended: table data is not temporary. */
  databaseLimitMb: number;
}

export const DEFAULT_LIMITS: SandboxLimits = {
  reviewBudgetMs: 10 * 60_000,
  statementTimeoutMs: 60_000,
  lockTimeoutMs: 10_000,
  idleInTransactionTimeoutMs: 60_000,
  tempFileLimitKb: 1024 * 1024,
  databaseLimitMb: 2048,
};

/** Where review servers come from: `embedded` (default), `docker`, or an operator-provided `url`. */
export interface SandboxProvider {
  readonly name: string;
  readonly limits: SandboxLimits;
  /** A server of the given major; rejects with SandboxUnavailableError when it cannot offer one. */
  server(major: number): Promise<PostgresServer>;
  /** Removes what a crashed process left behind on a server others share (run at start-up). */
  cleanup?(): Promise<string[]>;
  close(): Promise<void>;
}

/** A user-facing reason why no server of the requested kind can be had. */
export class SandboxUnavailableError extends Error {
  override name = 'SandboxUnavailableError';
}
