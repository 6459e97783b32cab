import type { StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { randomBytes } from 'node:crypto';
import { freshBase } from './freshBase.js';
import { PerMajor } from './perMajor.js';
import { describeServer } from './serverInfo.js';
import { DEFAULT_LIMITS, SandboxUnavailableError, type BaseRequest, type PostgresServer, type SandboxLimits, type SandboxProvider } from './types.js';

interface Running {
  container: StartedPostgreSqlContainer;
  server: PostgresServer;
}

/**
 * The official `postgres:<major>` image through testcontainers, for hosts with a Docker engine:
 * one container per major, started on first use and stopped on close. testcontainers is loaded
 * only when this provider is chosen, so hosts without Docker never pay for it.
 */
export class DockerSandboxProvider implements SandboxProvider {
  readonly name = 'docker';
  readonly limits: SandboxLimits;
  private readonly running = new PerMajor<Running>(
    (major) => this.start(major),
    (r) => r.container.stop().then(() => {}),
  );

  constructor(private readonly options: { limits?: Partial<SandboxLimits>; image?: (major: number) => string } = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  async server(major: number): Promise<PostgresServer> {
    return this.running.get(major);
  }

  baseDatabase<S>(server: PostgresServer, request: BaseRequest<S>) {
    return freshBase(server, this.limits, request);
  }

  private async start(major: number): Promise<Running> {
    const image = this.options.image?.(major) ?? `postgres:${major}`;
    let container: StartedPostgreSqlContainer;
    try {
      const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
      container = await new PostgreSqlContainer(image).withPassword(randomBytes(18).toString('base64url')).start();
    } catch (err) {
      throw new SandboxUnavailableError(`The docker sandbox could not start ${image}: ${(err as Error).message}. Check that a Docker engine answers (DOCKER_HOST), or use SANDBOX_PROVIDER=embedded.`);
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
