// The restore drill's sandbox half: pg_dump of a review database (custom format, with its rows),
// pg_restore into an empty database beside it, and the errors pg_restore reported, by TOC entry.
import escapeStringRegexp from 'escape-string-regexp';
import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runAs } from './cluster.js';
import type { ReviewDatabase } from './database.js';
import type { DumpTools } from './dumpTools.js';

const exec = promisify(execFile);

/** One error pg_restore reported, with the archive entry it was restoring. */
export interface RestoreError {
  /** e.g. `TABLE DATA`, `INDEX`, `CONSTRAINT`, `FUNCTION`; null when pg_restore named no entry. */
  desc: string | null;
  /** The entry's tag: a table's or index's name, `table constraint`, `f(integer)`. */
  tag: string;
  /** The error and what followed it (LINE, QUERY, CONTEXT, Command was). */
  message: string;
}

export type DumpRestore =
  | { skipped: string }
  | {
      /** The restored database (the review role owns it); `drop` removes it. */
      target: { name: string; drop: () => Promise<void> };
      errors: RestoreError[];
      dumpBytes: number;
    };

// Longest first: an entry's description is matched as a prefix of "desc tag owner".
const DESCS = [
  'MATERIALIZED VIEW DATA',
  'SEQUENCE OWNED BY',
  'CHECK CONSTRAINT',
  'FK CONSTRAINT',
  'INDEX ATTACH',
  'TABLE ATTACH',
  'EVENT TRIGGER',
  'ROW SECURITY',
  'SEQUENCE SET',
  'TABLE DATA',
  'MATERIALIZED VIEW',
  'CONSTRAINT',
  'PROCEDURE',
  'AGGREGATE',
  'EXTENSION',
  'FUNCTION',
  'SEQUENCE',
  'TRIGGER',
  'DEFAULT',
  'COMMENT',
  'POLICY',
  'DOMAIN',
  'SCHEMA',
  'INDEX',
  'TABLE',
  'TYPE',
  'VIEW',
  'RULE',
  'ACL',
];

/** The errors in pg_restore's stderr: each `error:` line and the lines after it, under the last `from TOC entry` line. */
export function restoreErrors(stderr: string, owner: string): RestoreError[] {
  const errors: RestoreError[] = [];
  let entry: { desc: string | null; tag: string } = { desc: null, tag: '' };
  let current: RestoreError | null = null;
  for (const line of stderr.split('\n')) {
    const toc = /^pg_restore: from TOC entry \d+; \d+ \d+ (.*)$/.exec(line);
    if (toc) {
      const text = (toc[1] as string).replace(new RegExp(` ${escapeStringRegexp(owner)}$| $`), '');
      const desc = DESCS.find((d) => text.startsWith(`${d} `)) ?? null;
      entry = { desc, tag: desc ? text.slice(desc.length + 1) : text };
      current = null;
      continue;
    }
    const error = /^pg_restore: error: (.*)$/.exec(line);
    if (error) {
      current = { ...entry, message: (error[1] as string).replace(/^could not execute query: /, '') };
      errors.push(current);
    } else if (line.startsWith('pg_restore: ')) current = null;
    else if (current && line.trim()) current.message += `\n${line}`;
  }
  return errors;
}

/** A program's run with the review role's login and nothing else of this process's environment, as the server's OS user when it runs as one. */
async function run(program: string, args: string[], db: ReviewDatabase, deadline: number): Promise<{ stdout: string; stderr: string; failed: boolean }> {
  const ids = await runAs();
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', PGCONNECT_TIMEOUT: '10', PGAPPNAME: 'pg-dba-review restore drill', ...db.clientEnv };
  const timeout = Math.max(1, deadline - Date.now());
  try {
    const { stdout, stderr } = await exec(program, args, { env, timeout, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, ...ids });
    return { stdout, stderr, failed: false };
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stdout?: string; stderr?: string; killed?: boolean };
    if (e.killed) throw new Error(`${program.split('/').pop()} did not finish in the time the drill had`, { cause: err });
    if (e.stderr === undefined) throw err;
    return { stdout: e.stdout ?? '', stderr: e.stderr, failed: true };
  }
}

const megabytes = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
const firstLines = (text: string) => text.trim().split('\n').slice(0, 3).join(' ');

/**
 * pg_dump of `db` into `dir` (custom format, uncompressed: the file is read once, at once), and
 * the list of its entries pg_restore is to restore. What the bot set up as superuser is in the
 * restore's database already and the role could not set it again: the extensions' comments, the
 * revoked signal functions (ReviewDatabase.sibling).
 */
async function dump(
  db: ReviewDatabase,
  tools: DumpTools,
  dir: string,
  options: { deadline: number; maxBytes: number },
): Promise<{ skipped: string } | { file: string; list: string; bytes: number }> {
  const file = join(dir, 'review.dump');
  const dumped = await run(
    tools.pgDump,
    ['--format=custom', '--compress=0', '--no-password', '--lock-wait-timeout=10000', `--file=${file}`, db.name],
    db,
    options.deadline,
  );
  if (dumped.failed) throw new Error(`pg_dump failed: ${firstLines(dumped.stderr)}`);
  const bytes = (await stat(file)).size;
  if (bytes > options.maxBytes) return { skipped: `its dump is ${megabytes(bytes)}, more than the drill's limit of ${megabytes(options.maxBytes)}` };
  const listed = await run(tools.pgRestore, ['--list', file], db, options.deadline);
  if (listed.failed) throw new Error(`pg_restore --list failed: ${firstLines(listed.stderr)}`);
  const list = join(dir, 'entries.list');
  await writeFile(list, listed.stdout.replace(/^\d+; \d+ \d+ (COMMENT - EXTENSION .*|ACL pg_catalog FUNCTION pg_(cancel|terminate)_backend\(.*)$/gm, ''));
  const ids = await runAs();
  if (ids.uid !== undefined) await chown(list, ids.uid, ids.gid as number);
  return { file, list, bytes };
}

/**
 * Dumps `db` with pg_dump (custom format, rows included) and restores the dump with pg_restore
 * into an empty database beside it, made meanwhile, as the review role: the dump's SQL is the
 * change's, so it runs with the change's rights and limits. pg_restore goes on past errors and
 * reports them all. Skipped, saying why, when the database or its dump outgrows `maxBytes`.
 * `watch` guards the restore's database while pg_restore runs (ReviewGuard.watch: the budget
 * and the disk limit).
 */
export async function dumpAndRestore(
  db: ReviewDatabase,
  tools: DumpTools,
  options: { extensions: string[]; deadline: number; maxBytes: number; watch: (database: string) => () => Promise<void> },
): Promise<DumpRestore> {
  const size = Number((await db.session((c) => c.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size'))).rows[0]?.size);
  if (size > options.maxBytes) return { skipped: `the database is ${megabytes(size)}, more than the drill's limit of ${megabytes(options.maxBytes)}` };
  const dir = await mkdtemp(join(tmpdir(), 'dba-dump-'));
  try {
    const ids = await runAs();
    if (ids.uid !== undefined) await chown(dir, ids.uid, ids.gid as number);
    await chmod(dir, 0o700);
    const [dumped, made] = await Promise.allSettled([dump(db, tools, dir, options), db.sibling(options.extensions)]);
    if (made.status === 'rejected') throw made.reason;
    const target = made.value;
    if (dumped.status === 'rejected') {
      await target.drop();
      throw dumped.reason;
    }
    if ('skipped' in dumped.value) {
      await target.drop();
      return dumped.value;
    }
    const { file, list, bytes } = dumped.value;
    const unwatch = options.watch(target.name);
    try {
      const restored = await run(tools.pgRestore, ['--verbose', '--no-password', `--use-list=${list}`, `--dbname=${target.name}`, file], db, options.deadline);
      return { target, errors: restoreErrors(restored.stderr, db.role), dumpBytes: bytes };
    } catch (err) {
      await target.drop();
      throw err;
    } finally {
      await unwatch();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
