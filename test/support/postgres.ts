import type pg from 'pg';
import { ReviewDatabase } from '../../src/sandbox/database.js';
import type { SandboxLimits } from '../../src/sandbox/server.js';
import { UrlSandboxProvider } from '../../src/sandbox/url.js';
import { bundledMajor } from '../../src/sandbox/embeddedVersions.js';

/** The test run's PostgreSQL, as the `url` provider the app would use. */
export function testSandbox(limits: Partial<SandboxLimits> = {}): UrlSandboxProvider {
  const url = process.env.PG_DBA_REVIEW_TEST_URL;
  if (!url) throw new Error('PG_DBA_REVIEW_TEST_URL is not set: run the tests through jest, whose global setup starts PostgreSQL');
  return new UrlSandboxProvider(url, limits);
}

/** A fresh database and a session on it as its review role, after `setup` (e.g. a preamble); `close` drops it. */
export async function freshDatabase(
  setup?: (db: ReviewDatabase) => Promise<unknown>,
): Promise<{ client: pg.Client; db: ReviewDatabase; major: number; close: () => Promise<void> }> {
  const sandbox = testSandbox();
  const server = await sandbox.server(bundledMajor());
  const db = await ReviewDatabase.create(server, sandbox.limits);
  await setup?.(db);
  const client = await db.connect();
  return {
    client,
    db,
    major: server.major,
    close: async () => {
      await client.end();
      await db.drop();
    },
  };
}
