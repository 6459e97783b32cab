import pg from 'pg';
import { dropLeftovers } from './leftovers.js';
import { freshBase } from './freshBase.js';
import { describeServer } from './serverInfo.js';
import { SandboxUnavailableError, type BaseRequest, type SandboxProvider } from './types.js';
import { DEFAULT_LIMITS, type PostgresServer, type SandboxLimits } from './server.js';

/** An existing server given by connection URL; the bot only creates and drops its own databases and roles there. */
export class UrlSandboxProvider implements SandboxProvider {
  readonly name = 'url';
  readonly limits: SandboxLimits;
  private described?: Promise<PostgresServer>;

  /** `template`: a database on the server to copy for each review (see PostgresServer.template). */
  constructor(
    private readonly url: string,
    limits: Partial<SandboxLimits> = {},
    private readonly template?: string,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  async server(major: number): Promise<PostgresServer> {
    this.described ??= describeServer({ connectionString: this.url }).then(async (server) =>
      this.template ? { ...server, template: await this.checkTemplate(this.template) } : server,
    );
    const server = await this.described;
    if (server.major !== major) {
      throw new SandboxUnavailableError(
        `PostgreSQL ${major} was requested (postgres.version in .github/dba.yml), but the configured server runs PostgreSQL ${server.version}.`,
      );
    }
    return server;
  }

  /** The template must exist, and nobody may be connected to it while it is copied. */
  private async checkTemplate(name: string): Promise<string> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('error', () => {});
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_database WHERE datname = $1', [name]);
      if (!rows[0]?.n) throw new SandboxUnavailableError(`SANDBOX_TEMPLATE names database "${name}", which the server at SANDBOX_URL does not have.`);
      return name;
    } finally {
      await client.end();
    }
  }

  /** Review databases older than a review's budget (and an hour's margin) are a crashed process's. */
  async cleanup(): Promise<string[]> {
    return dropLeftovers(await describeServer({ connectionString: this.url }), this.limits.reviewBudgetMs + 3_600_000);
  }

  baseDatabase<S>(server: PostgresServer, request: BaseRequest<S>) {
    return freshBase(server, this.limits, request);
  }

  async close(): Promise<void> {}
}
