import { freshBase } from './freshBase.js';
import { describeServer } from './serverInfo.js';
import { SandboxUnavailableError, type BaseRequest, type PostgresServer, type SandboxProvider } from './types.js';

/** An existing server given by connection URL; the bot only creates and drops its own databases there. */
export class UrlSandboxProvider implements SandboxProvider {
  readonly name = 'url';
  private described?: Promise<PostgresServer>;

  constructor(private readonly url: string) {}

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

  baseDatabase<S>(server: PostgresServer, request: BaseRequest<S>) {
    return freshBase(server, request);
  }

  async close(): Promise<void> {}
}
