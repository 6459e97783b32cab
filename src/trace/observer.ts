import type pg from 'pg';
import { isLockMode } from './locks.js';
import { RELATION_KINDS, type LockFact } from './probe.js';

/**
 * Watches another backend's relation locks from a second session while `running` is pending:
 * the way to see what a statement that refuses a transaction block (CREATE INDEX CONCURRENTLY,
 * VACUUM) holds, since its own session cannot look while it runs.
 */
export async function observeLocks(observer: pg.Client, pid: number, running: Promise<unknown>): Promise<LockFact[]> {
  let done = false;
  void running.then(
    () => (done = true),
    () => (done = true),
  );
  const seen = new Map<string, LockFact>();
  while (!done) {
    const { rows } = await observer.query<{ mode: string; name: string | null; kind: string | null; oid: number }>(
      `SELECT l.mode, l.relation AS oid, n.nspname || '.' || c.relname AS name, c.relkind AS kind
         FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE l.pid = $1 AND l.locktype = 'relation' AND l.granted AND l.relation >= 16384`,
      [pid],
    );
    for (const r of rows) {
      if (!isLockMode(r.mode)) continue;
      const relation = r.name ?? `oid ${r.oid}`;
      seen.set(`${relation}:${r.mode}`, { relation, mode: r.mode, kind: RELATION_KINDS[r.kind ?? ''] ?? 'other' });
    }
  }
  return [...seen.values()].sort((a, b) => a.relation.localeCompare(b.relation) || a.mode.localeCompare(b.mode));
}
