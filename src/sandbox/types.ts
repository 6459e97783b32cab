import type pg from 'pg';

/** A running PostgreSQL server the bot may create and drop its own databases on. */
export interface PostgresServer {
  /** Superuser (or CREATEDB) connection used only for creating and dropping review databases. */
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

/** Where review servers come from: `embedded` (default) or an operator-provided `url`. */
export interface SandboxProvider {
  readonly name: string;
  /** A server of the given major; rejects with SandboxUnavailableError when it cannot offer one. */
  server(major: number): Promise<PostgresServer>;
  close(): Promise<void>;
}

/** A user-facing reason why no server of the requested kind can be had. */
export class SandboxUnavailableError extends Error {
  override name = 'SandboxUnavailableError';
}
