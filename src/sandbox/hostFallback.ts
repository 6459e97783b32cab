import { MissingExtensionsError } from './extensions.js';
import { SandboxUnavailableError, type BaseDatabase, type BaseRequest, type RowFiles, type SandboxProvider } from './types.js';
import type { PostgresServer, SandboxLimits, ServerWants } from './server.js';

/**
 * The embedded sandbox with the host's PostgreSQL behind it: a review that wants extensions the
 * embedded build lacks (pgvector, PostGIS...) runs on the host's build of the same major when
 * that has them all, installed from the OS packages. When neither has them, the one problem
 * names the extensions, both places, and what would have them.
 */
export class HostFallback implements SandboxProvider {
  readonly name: string;
  readonly limits: SandboxLimits;
  private readonly fallen = new WeakSet<PostgresServer>();

  constructor(
    private readonly embedded: SandboxProvider,
    private readonly host: SandboxProvider,
  ) {
    this.name = embedded.name;
    this.limits = embedded.limits;
  }

  async server(major: number, wants?: ServerWants): Promise<PostgresServer> {
    try {
      return await this.embedded.server(major, wants);
    } catch (err) {
      if (!(err instanceof MissingExtensionsError)) throw err;
      let server: PostgresServer;
      try {
        server = await this.host.server(major, wants);
      } catch (other) {
        if (!(other instanceof SandboxUnavailableError)) throw other;
        const host = other instanceof MissingExtensionsError ? other.lacking : [`the host, where no PostgreSQL ${major} was found`];
        throw new MissingExtensionsError(err.missing, major, [...err.lacking, ...host]);
      }
      server.provider = this.host.name;
      this.fallen.add(server);
      return server;
    }
  }

  baseDatabase<S>(server: PostgresServer, request: BaseRequest<S>): Promise<BaseDatabase<S>> {
    return (this.fallen.has(server) ? this.host : this.embedded).baseDatabase(server, request);
  }

  /** The embedded build's: the host's is used only when a review wants what the embedded one lacks. */
  prepare(major: number): Promise<void> {
    return this.embedded.prepare?.(major) ?? Promise.resolve();
  }

  rowFiles(server: PostgresServer): RowFiles | null {
    return (this.fallen.has(server) ? this.host : this.embedded).rowFiles?.(server) ?? null;
  }

  async cleanup(): Promise<string[]> {
    return (await this.embedded.cleanup?.()) ?? [];
  }

  async close(): Promise<void> {
    await Promise.all([this.embedded.close(), this.host.close()]);
  }
}
