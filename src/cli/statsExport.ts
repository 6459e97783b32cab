import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import { exportStats } from '../catalog/statsExport.js';
import { EXIT, UsageError, type CliIo, type StatsExportOptions } from './program.js';

/** host:port/database of a connection string, without the password, for messages. */
function described(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    throw new UsageError('--database-url must be a postgres:// connection string');
  }
}

/**
 * `stats export`: production's statistics into one JSON file. The session is read-only from its
 * first statement (default_transaction_read_only, set at connect), so nothing can be written
 * even by mistake; it reads catalogs and statistics views only.
 */
export async function statsExport(options: StatsExportOptions, io: CliIo): Promise<number> {
  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  if (!url) throw new UsageError('stats export needs --database-url (or DATABASE_URL): the database whose statistics are exported');
  const where = described(url);
  const client = new pg.Client({
    connectionString: url,
    options: '-c default_transaction_read_only=on',
    connectionTimeoutMillis: 15_000,
    statement_timeout: 60_000,
  });
  try {
    await client.connect();
  } catch (err) {
    io.stderr(`pg-dba-review: cannot connect to ${where}: ${(err as Error).message}\n`);
    return EXIT.couldNotRun;
  }
  try {
    const stats = await exportStats(client, { mask: options.mask, schemas: options.schema ?? [] });
    const json = `${JSON.stringify(stats, null, 2)}\n`;
    if (options.out) {
      await writeFile(options.out, json);
      const columns = stats.tables.reduce((n, t) => n + t.columns.length, 0);
      const masked = stats.tables.reduce((n, t) => n + t.columns.filter((c) => c.masked).length, 0);
      io.stderr(
        `pg-dba-review: wrote the statistics of ${stats.tables.length} tables (${columns} columns${options.mask ? `, ${masked} masked` : ''}) of ${where} to ${options.out}\n`,
      );
    } else {
      io.stdout(json);
    }
    const blind = stats.tables.filter((t) => t.reltuples > 0 && t.columns.length === 0).map((t) => `${t.schema}.${t.name}`);
    if (blind.length)
      io.stderr(
        `pg-dba-review: no column statistics for ${blind.join(', ')}: pg_stats shows only columns the role may SELECT (grant SELECT or pg_read_all_data), or ANALYZE has not run\n`,
      );
    return EXIT.ok;
  } catch (err) {
    const e = err as { message: string; code?: string };
    const hint = e.code === '42501' ? ' (the role lacks a privilege: it needs to read pg_class and pg_stats, e.g. as a member of pg_read_all_stats)' : '';
    io.stderr(`pg-dba-review: exporting the statistics of ${where} failed: ${e.message}${hint}\n`);
    return EXIT.couldNotRun;
  } finally {
    await client.end();
  }
}
