import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { REVIEW_PREFIX, stamp, withAdmin } from './database.js';
import { stopOrphanServer } from './orphans.js';
import { alive, ownerAlive, ownerOf } from './owner.js';
import type { PostgresServer } from './server.js';

// What crashed processes left behind: data folders and their servers on this host, review databases and roles on a shared server.

/** Folders this program makes for its servers' data: a review's cluster, or a long-lived server. */
export const WORK_PREFIX = 'pg-dba-review-';
// A folder that records no owner may be a copy still being unpacked, before its server writes postmaster.pid.
const GRACE_MS = 60 * 60_000;

/** Whether `dir` belongs to no running process of this program, so its server and data may go. */
async function orphaned(dir: string): Promise<boolean> {
  const owner = await ownerOf(dir);
  if (owner) return !(await ownerAlive(owner));
  // Made before folders recorded their owner, or just made: only an old folder whose server is gone.
  const since = await stat(dir).then(
    (s) => Date.now() - s.mtimeMs,
    () => 0,
  );
  if (since < GRACE_MS) return false;
  const pid = await readFile(join(dir, 'data', 'postmaster.pid'), 'utf8').then(
    (text) => Number(text.split('\n')[0]),
    () => null,
  );
  return pid === null || !alive(pid);
}

/**
 * Removes what a process that died (a crash, an out-of-memory abort, SIGKILL) left in `root`: the
 * PostgreSQL servers it started, which outlive it, and their data folders, which live on a RAM
 * disk when there is one, where they would hold memory until the machine restarts. Folders of
 * running processes (another app process may share `root`) are left alone. Returns the folders removed.
 */
export async function removeLeftovers(root: string): Promise<string[]> {
  // mkdtemp's six characters after the prefix: nothing else's folders.
  const names = (await readdir(root).catch(() => [] as string[])).filter(
    (n) => n.startsWith(WORK_PREFIX) && /^[A-Za-z0-9]{6}$/.test(n.slice(WORK_PREFIX.length)),
  );
  const removed = await Promise.all(
    names.map(async (name) => {
      const dir = join(root, name);
      if (!(await orphaned(dir))) return null;
      await stopOrphanServer(join(dir, 'data'));
      await rm(dir, { recursive: true, force: true });
      return dir;
    }),
  );
  return removed.filter((d): d is string => d !== null);
}

/** How long ago a stamped object was made; null for one without a stamp of ours. */
function age(comment: string | null, kind: 'database' | 'role'): number | null {
  const prefix = stamp(kind, new Date(0)).replace(/\S+$/, '');
  const made = comment?.startsWith(prefix) ? Date.parse(comment.slice(prefix.length)) : Number.NaN;
  return Number.isNaN(made) ? null : Date.now() - made;
}

/**
 * Drops what reviews of a crashed process left on a shared server: review databases older than
 * `olderThanMs` (a live review ends within its budget), then review roles whose database is gone
 * and that own nothing. Returns what it dropped. Only the bot's own, prefixed objects are touched.
 */
export async function dropLeftovers(server: PostgresServer, olderThanMs: number): Promise<string[]> {
  return withAdmin(server, async (c) => {
    const dropped: string[] = [];
    const { rows: dbs } = await c.query<{ name: string; stamp: string | null }>(
      `SELECT datname AS name, shobj_description(oid, 'pg_database') AS stamp FROM pg_database WHERE datname LIKE $1`,
      [`${REVIEW_PREFIX}%`],
    );
    for (const db of dbs) {
      if (!((age(db.stamp, 'database') ?? 0) > olderThanMs)) continue;
      await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db.name)} WITH (FORCE)`);
      dropped.push(`database ${db.name}`);
    }
    const { rows: roles } = await c.query<{ name: string; stamp: string | null }>(
      `SELECT rolname AS name, shobj_description(oid, 'pg_authid') AS stamp FROM pg_roles r WHERE rolname LIKE $1 AND NOT EXISTS (SELECT FROM pg_database WHERE datname = r.rolname)
          AND NOT EXISTS (SELECT FROM pg_shdepend WHERE refobjid = r.oid AND refclassid = 'pg_authid'::regclass AND deptype = 'o')`,
      [`${REVIEW_PREFIX}%`],
    );
    for (const role of roles) {
      // A live review's role exists a moment before its database: young ones are left alone.
      const made = age(role.stamp, 'role');
      if (made !== null && made <= olderThanMs) continue;
      try {
        await c.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(role.name)}`);
        dropped.push(`role ${role.name}`);
      } catch {
        // Something depends on it after all (a grant made meanwhile): left for the next clean-up.
      }
    }
    return dropped;
  });
}
