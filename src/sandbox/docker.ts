import type { StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { randomBytes } from 'node:crypto';
import { requireExtensions } from './extensions.js';
import { freshBase } from './freshBase.js';
import { PerMajor } from './perMajor.js';
import { availableExtensions, describeServer } from './serverInfo.js';
import { SandboxUnavailableError, type BaseRequest, type SandboxProvider } from './types.js';
import { DEFAULT_LIMITS, type PostgresServer, type SandboxLimits, type ServerWants } from './server.js';

interface Running {
  container: StartedPostgreSqlContainer;
  server: PostgresServer;
}

/**
 * The official `postgres:<major>` image, or the repository's `postgres.image` (any image whose
 * entrypoint is the official one's: pgvector/pgvector, postgis/postgis, timescale/timescaledb...),
 * through testcontainers, for hosts with a Docker engine: one container per image, started on
 * first use and stopped on close. testcontainers is loaded only when this provider is chosen, so
 * hosts without Docker never pay for it.
 */
export class DockerSandboxProvider implements SandboxProvider {
  readonly name = 'docker';
  readonly limits: SandboxLimits;
  private readonly running = new PerMajor<Running, string>(
    (image) => this.start(image),
    (r) => r.container.stop().then(() => {}),
  );

  constructor(options: { limits?: Partial<SandboxLimits> } = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  async server(major: number, wants?: ServerWants): Promise<PostgresServer> {
    const image = wants?.image ?? `postgres:${major}`;
    const server = await this.running.get(image);
    if (server.major !== major) {
      throw new SandboxUnavailableError(
        `postgres.image ${image} runs PostgreSQL ${server.version}, but postgres.version in .github/dba.yml asks for ${major}: set one to match the other.`,
      );
    }
    if (wants?.extensions.length) requireExtensions(wants.extensions, await availableExtensions(server.admin), major, `the image ${image}`);
    return server;
  }

  baseDatabase<S>(server: PostgresServer, request: BaseRequest<S>) {
    return freshBase(server, this.limits, request);
  }

  private async start(image: string): Promise<Running> {
    let container: StartedPostgreSqlContainer;
    try {
      const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
      container = await new PostgreSqlContainer(image).withPassword(randomBytes(18).toString('base64url')).start();
    } catch (err) {
      throw new SandboxUnavailableError(
        `The docker sandbox could not start ${image}: ${(err as Error).message}. Check that a Docker engine answers (DOCKER_HOST), or use SANDBOX_PROVIDER=embedded.`,
      );
    }
    return { container, server: await describeServer({ connectionString: container.getConnectionUri() }) };
  }

  async close(): Promise<void> {
    await this.running.closeAll();
  }
}

/** Whether a Docker engine answers here (tests skip the docker provider when none does). */
export async function dockerAvailable(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}
