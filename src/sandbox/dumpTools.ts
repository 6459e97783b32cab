// Where the restore drill's pg_dump and pg_restore come from: they must be of the server's major,
// since pg_dump refuses a newer server and a newer pg_restore may write SQL an older one refuses.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, realpath } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { PostgresServer } from './server.js';

const exec = promisify(execFile);

/** The folder PG_DBA_REVIEW_PG_DUMP_BIN names is searched first: the operator's choice. */
export const PG_DUMP_BIN = 'PG_DBA_REVIEW_PG_DUMP_BIN';

export interface DumpTools {
  pgDump: string;
  pgRestore: string;
  /** e.g. "15.18" */
  version: string;
}

/** Why there are no tools of the server's major, in words for the review. */
export interface NoDumpTools {
  problem: string;
}

const runnable = (path: string) =>
  access(path, constants.X_OK).then(
    () => true,
    () => false,
  );

// A program's version does not change while this process runs: asked once per path.
const versions = new Map<string, Promise<string | null>>();

/** The version `pg_dump --version` prints, or null when it does not run. */
function versionOf(pgDump: string): Promise<string | null> {
  const known = versions.get(pgDump) ?? askVersion(pgDump);
  versions.set(pgDump, known);
  return known;
}

async function askVersion(pgDump: string): Promise<string | null> {
  try {
    const { stdout } = await exec(pgDump, ['--version'], { timeout: 10_000 });
    return /\(PostgreSQL\) (\d+(?:\.\d+)?)/.exec(stdout)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The folders to look in, in order: PG_DBA_REVIEW_PG_DUMP_BIN, the server's own programs, then the PATH. */
function folders(server: PostgresServer, env: NodeJS.ProcessEnv): { dir: string; from: string }[] {
  const chosen = env[PG_DUMP_BIN];
  if (chosen) return [{ dir: chosen, from: PG_DUMP_BIN }];
  const path = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...(server.bin ? [{ dir: server.bin, from: "the server's own programs" }] : []), ...path.map((dir) => ({ dir, from: 'the PATH' }))];
}

/**
 * pg_dump and pg_restore of the server's major: from PG_DBA_REVIEW_PG_DUMP_BIN when it is set (nowhere else
 * then), else the server's own bin folder, else the PATH. Otherwise what was found and what is
 * needed, for the review to say.
 */
export async function findDumpTools(server: PostgresServer, env: NodeJS.ProcessEnv = process.env): Promise<DumpTools | NoDumpTools> {
  const found: string[] = [];
  // /bin and /usr/bin are one folder on most systems now: each program is tried, and named, once.
  const tried = new Set<string>();
  for (const { dir, from } of folders(server, env)) {
    const pgDump = join(dir, 'pg_dump');
    const pgRestore = join(dir, 'pg_restore');
    if (!(await runnable(pgDump))) continue;
    const real = await realpath(pgDump);
    if (tried.has(real)) continue;
    tried.add(real);
    const version = await versionOf(pgDump);
    if (version && Number(version.split('.')[0]) === server.major && (await runnable(pgRestore))) return { pgDump, pgRestore, version };
    found.push(`${version ? `pg_dump ${version}` : 'a pg_dump that does not run'} at ${pgDump} (${from})`);
    if (found.length >= 3) break;
  }
  const where = env[PG_DUMP_BIN] ? `${PG_DUMP_BIN} (${env[PG_DUMP_BIN]}) holds` : "the server's own programs and the PATH hold";
  const seen = found.length ? `; found ${found.join(', ')}` : `; ${where} none`;
  return {
    problem:
      `it needs pg_dump and pg_restore of PostgreSQL ${server.major}, the server's major${seen}. ` +
      `Install PostgreSQL ${server.major}'s client programs (e.g. the postgresql-client-${server.major} package) and set ${PG_DUMP_BIN} to their folder, or review with postgres.version set to the major of the pg_dump you have.`,
  };
}
