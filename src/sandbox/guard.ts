import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { meterAnswers } from './answers.js';
import { withAdmin } from './database.js';
import type { PostgresServer, SandboxLimits } from './server.js';

const POLL_MS = 250;
/** Time after the budget for the work that reports what was measured (rules, then rendering): each gets this much. */
export const REPORT_GRACE_MS = 10_000;

/** Why the sandbox stopped a review before it finished. */
export type StopReason = 'time budget' | 'disk size' | 'answer size';

/**
 * What a review has on disk: its database (large objects included) and the shared catalogs (a
 * COMMENT ON DATABASE lands there); on a cluster of its own also temporary files and WAL. On a
 * shared server the shared catalogs count from what they held when the review started, and
 * temporary files and WAL are everyone's, bounded by temp_file_limit per session and the
 * server's max_wal_size.
 */
const DISK_USE = `SELECT pg_database_size($1) + pg_tablespace_size('pg_global') - $3
  + CASE WHEN $2 THEN (SELECT coalesce(sum(size), 0) FROM pg_ls_tmpdir()) + (SELECT coalesce(sum(size), 0) FROM pg_ls_waldir()) ELSE 0 END AS size`;

/**
 * The limits of a whole review that PostgreSQL settings cannot hold: a wall-clock budget, what
 * it may put on disk (table data is not bounded by temp_file_limit), and what its sessions may
 * be sent back (a result set is not bounded by anything on the server). The
 * change may SET statement_timeout to 0 or trap its cancellation in an EXCEPTION block; ending
 * its sessions from outside is what it cannot dodge.
 */
export class ReviewGuard {
  stopped: StopReason | null = null;
  /** Bytes of holes in files sized for planning (production statistics): pg_database_size counts them, the disk does not hold them. */
  holes = 0;

  /** `deadline` (epoch ms): when the budget runs out, if the review's clock started before the guard. */
  constructor(
    readonly limits: SandboxLimits,
    readonly deadline = Date.now() + limits.reviewBudgetMs,
  ) {}

  /** Whether the review must stop, checked between its steps. */
  check(): StopReason | null {
    if (!this.stopped && Date.now() >= this.deadline) this.stopped = 'time budget';
    return this.stopped;
  }

  /** Ends `client`'s session when one answer outgrows the limit, and stops the review: see meterAnswers. */
  meter(client: pg.Client): pg.Client {
    meterAnswers(client, this.limits.answerLimitMb, () => {
      this.stopped ??= 'answer size';
    });
    return client;
  }

  /**
   * Watches a review database until the returned function is called, and ends every session on
   * it once the budget runs out, the review outgrows its disk limit, or a session answered too much.
   */
  watch(server: PostgresServer, database: string): () => Promise<void> {
    const done = new AbortController();
    const bytes = this.limits.databaseLimitMb * 1024 * 1024;
    const watching = withAdmin(server, async (admin) => {
      const shared = server.ownCluster ? 0 : Number((await admin.query<{ size: string }>("SELECT pg_tablespace_size('pg_global') AS size")).rows[0]?.size);
      while (!done.signal.aborted) {
        await sleep(Math.max(0, Math.min(POLL_MS, this.deadline - Date.now())), undefined, { signal: done.signal }).catch(() => {});
        if (done.signal.aborted) return;
        if (!this.check()) {
          const { rows } = await admin.query<{ size: string }>(DISK_USE, [database, server.ownCluster === true, shared]);
          if (Number(rows[0]?.size) - this.holes > bytes) this.stopped ??= 'disk size';
        }
        if (this.stopped) {
          await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
          return;
        }
      }
    });
    // A server that went away fails the review's own queries, which say so.
    watching.catch(() => {});
    return async () => {
      done.abort();
      await watching.catch(() => {});
    };
  }
}
