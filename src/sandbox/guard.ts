import { setTimeout as sleep } from 'node:timers/promises';
import { withAdmin } from './database.js';
import type { PostgresServer, SandboxLimits } from './types.js';

const POLL_MS = 250;
/** Time after the budget for the work that reports what was measured (rules, then rendering): each gets this much. */
export const REPORT_GRACE_MS = 10_000;

/** Why the sandbox stopped a review before it finished. */
export type StopReason = 'time budget' | 'database size';

/**
 * The limits of a whole review that PostgreSQL settings cannot hold: a wall-clock budget, and a
 * size for each review database, since table data is not bounded by temp_file_limit. The
 * change may SET statement_timeout to 0 or trap its cancellation in an EXCEPTION block; ending
 * its sessions from outside is what it cannot dodge.
 */
export class ReviewGuard {
  stopped: StopReason | null = null;

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

  /**
   * Watches a review database until the returned function is called, and ends every session on
   * it once the budget runs out or it outgrows its size.
   */
  watch(server: PostgresServer, database: string): () => Promise<void> {
    const done = new AbortController();
    const bytes = this.limits.databaseLimitMb * 1024 * 1024;
    const watching = withAdmin(server, async (admin) => {
      while (!done.signal.aborted) {
        await sleep(Math.max(0, Math.min(POLL_MS, this.deadline - Date.now())), undefined, { signal: done.signal }).catch(() => {});
        if (done.signal.aborted) return;
        if (!this.check()) {
          const { rows } = await admin.query<{ size: string }>('SELECT pg_database_size($1) AS size', [database]);
          if (Number(rows[0]?.size) > bytes) this.stopped = 'database size';
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
