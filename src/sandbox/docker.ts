import type { StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { randomBytes } from 'node:crypto';
import { answers, describeServer } from './serverInfo.js';
import { DEFAULT_LIMITS, SandboxUnavailableError, type PostgresServer, type SandboxLimits, type SandboxProvider } from './types.js';

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
  private readonly running = new Map<number, Promise<Running>>();

  constructor(private readonly options: { limits?: Partial<SandboxLimits>; image?: (major: number) => string } = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  async server(major: number): Promise<PostgresServer> {
    let running = this.running.get(major);
    // A container that died (or was removed) is replaced, not handed to the next review.
    if (running && !(await running.then((r) => answers(r.server), () => false))) {
      this.running.delete(major);
      await running.then((r) => r.container.stop(), () => {}).catch(() => {});
      running = undefined;
    }
    if (!running) {
      running = this.start(major);
      this.running.set(major, running);
      running.catch(() => this.running.delete(major));
    }
    return (await running).server;
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
    const all = [...this.running.values()];
    this.running.clear();
    await Promise.all(all.map((r) => r.then((x) => x.container.stop(), () => {})));
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
