import type pg from 'pg';
import { ReviewDatabase } from '../../src/sandbox/database.js';
import { UrlSandboxProvider } from '../../src/sandbox/url.js';
import { bundledMajor } from '../../src/sandbox/embeddedVersions.js';

/** The test run's PostgreSQL, as the `url` provider the app would use. */
export function testSandbox(): UrlSandboxProvider {
  const url = process.env.PG_DBA_REVIEW_TEST_URL;
  if (!url) throw new Error('PG_DBA_REVIEW_TEST_URL is not set: run the tests through jest, whose global setup starts PostgreSQL');
  return new UrlSandboxProvider(url);
}

/** A fresh database and a session on it; `close` drops it. */
export async function freshDatabase(): Promise<{ client: pg.Client; db: ReviewDatabase; major: number; close: () => Promise<void> }> {
  const server = await testSandbox().server(bundledMajor());
  const db = await ReviewDatabase.create(server);
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
