import pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { PostgresServer } from './types.js';

export interface SessionLimits {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
}

export const DEFAULT_LIMITS: SessionLimits = { statementTimeoutMs: 60_000, lockTimeoutMs: 10_000 };

/** A database created for one review and dropped after it, so reviews never see each other. */
export class ReviewDatabase {
  private constructor(
    readonly server: PostgresServer,
    readonly name: string,
    private readonly release?: () => Promise<void>,
  ) {}

  static async create(server: PostgresServer): Promise<ReviewDatabase> {
    const name = `dba_review_${randomBytes(6).toString('hex')}`;
    await withAdmin(server, (c) => c.query(`CREATE DATABASE ${name}`));
    return new ReviewDatabase(server, name);
  }

  /** A database on a server started for this review alone: dropping it stops the server. */
  static onOwnServer(server: PostgresServer, name: string, release: () => Promise<void>): ReviewDatabase {
    return new ReviewDatabase(server, name, release);
  }

  /** A session with time limits, so that no statement can hang a review. */
  async connect(limits: SessionLimits = DEFAULT_LIMITS): Promise<pg.Client> {
    const client = new pg.Client({
      ...this.server.admin,
      connectionString: undefined,
      ...connectionParts(this.server.admin),
      database: this.name,
      application_name: 'pg-dba-review',
      options: `-c statement_timeout=${limits.statementTimeoutMs} -c lock_timeout=${limits.lockTimeoutMs}`,
    });
    // A server that goes away mid-review must fail the query, not crash the process.
    client.on('error', () => {});
    await client.connect();
    return client;
  }

  async drop(): Promise<void> {
    if (this.release) return this.release();
    await withAdmin(this.server, (c) => c.query(`DROP DATABASE IF EXISTS ${this.name} WITH (FORCE)`));
  }
}

/** Host, port, user and password of a config that may be given as a connection string. */
function connectionParts(config: pg.ClientConfig): pg.ClientConfig {
  if (!config.connectionString) return {};
  const url = new URL(config.connectionString);
  return {
    host: decodeURIComponent(url.hostname),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}

async function withAdmin<T>(server: PostgresServer, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(server.admin);
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
