import { describeServer } from './serverInfo.js';
import { DEFAULT_LIMITS, SandboxUnavailableError, type PostgresServer, type SandboxLimits, type SandboxProvider } from './types.js';

/** An existing server given by connection URL; the bot only creates and drops its own databases and roles there. */
export class UrlSandboxProvider implements SandboxProvider {
  readonly name = 'url';
  readonly limits: SandboxLimits;
  private described?: Promise<PostgresServer>;

  constructor(
    private readonly url: string,
    limits: Partial<SandboxLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  async server(major: number): Promise<PostgresServer> {
    this.described ??= describeServer({ connectionString: this.url });
    const server = await this.described;
    if (server.major !== major) {
      throw new SandboxUnavailableError(
        `PostgreSQL ${major} was requested (postgres.version in .github/dba.yml), but the configured server runs PostgreSQL ${server.version}.`,
      );
    }
    return server;
  }

  async close(): Promise<void> {}
}
