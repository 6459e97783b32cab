import pg from 'pg';
import type { PostgresServer } from './server.js';

/** Connects once to learn the server's version. */
export async function describeServer(admin: pg.ClientConfig): Promise<PostgresServer> {
  const client = new pg.Client(admin);
  await client.connect();
  try {
    const { rows } = await client.query<{ num: string; version: string }>(
      "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version",
    );
    const row = rows[0] as { num: string; version: string };
    return { admin, major: Math.floor(Number(row.num) / 10000), version: row.version.split(' ')[0] as string };
  } finally {
    await client.end();
  }
}

/** Whether the server still takes connections. */
export async function answers(server: PostgresServer): Promise<boolean> {
  const client = new pg.Client({ ...server.admin, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The extensions the server can create. */
export async function availableExtensions(admin: pg.ClientConfig): Promise<Set<string>> {
  const client = new pg.Client(admin);
  await client.connect();
  try {
    return new Set((await client.query<{ name: string }>('SELECT name FROM pg_available_extensions')).rows.map((r) => r.name));
  } finally {
    await client.end();
  }
}
