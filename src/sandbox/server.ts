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
  /** The provider that serves it when not the one asked: the embedded sandbox hands a review needing extensions to the host's build. */
  provider?: string;
  /**
   * The cluster's data directory, when this process started the server and may write its files
   * (embedded, host): production statistics then give the planner production's page counts too.
   */
  dataDir?: string;
  /** The cluster serves one review alone (a snapshot cluster): its WAL is that review's too, and counts against its disk limit. */
  ownCluster?: boolean;
  /** The folder of the programs this process runs it from (embedded or host builds): where its own pg_dump would be. */
  bin?: string;
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
