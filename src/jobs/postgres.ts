import PgBoss from 'pg-boss';
import pg from 'pg';
import type { Job, JobHandler, JobQueue, StateStore } from './types.js';

const QUEUE = 'dba-review';
/** pg-boss's tables live in their own schema of the state database. */
const SCHEMA = 'dba_review_jobs';

/**
 * A durable queue on PostgreSQL (pg-boss), for several replicas: any replica takes the next
 * job, and a job whose worker died (its lease expired) is taken again by another.
 */
export class PgBossQueue implements JobQueue {
  readonly name = 'pg-boss';
  private readonly boss: PgBoss;
  private readonly running = new Set<Promise<void>>();

  constructor(
    connectionString: string,
    private readonly options: { concurrency: number; leaseSeconds?: number; pollSeconds?: number },
  ) {
    this.boss = new PgBoss({ connectionString, schema: SCHEMA, application_name: 'pg-dba-review-jobs' });
    // The queue reconnects on its own; an error event must not take the process down.
    this.boss.on('error', () => {});
  }

  async start(handler: JobHandler): Promise<void> {
    await this.boss.start();
    // Retries are ours to count (the handler gives a job up after a few starts): pg-boss only
    // has to hand an expired job out again.
    await this.boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 5, retryDelay: 1, expireInSeconds: this.options.leaseSeconds ?? 15 * 60 });
    for (let i = 0; i < this.options.concurrency; i++) {
      await this.boss.work<Job>(QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: this.options.pollSeconds ?? 2 }, async ([job]) => {
        if (!job) return;
        const run = handler(job.data, job.retryCount + 1);
        this.running.add(run);
        try {
          await run;
        } finally {
          this.running.delete(run);
        }
      });
    }
  }

  async enqueue(job: Job): Promise<void> {
    await this.boss.send(QUEUE, job);
  }

  async depth(): Promise<number> {
    return this.boss.getQueueSize(QUEUE, { before: 'completed' });
  }

  async idle(): Promise<void> {
    while ((await this.depth()) > 0 || this.running.size) await new Promise((r) => setTimeout(r, 200));
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}

/** Deliveries and heads in the state database, so replicas agree on them. */
export class PostgresState implements StateStore {
  private readonly pool: pg.Pool;
  private ready?: Promise<unknown>;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 4, application_name: 'pg-dba-review-state' });
    this.pool.on('error', () => {});
  }

  private setup(): Promise<unknown> {
    this.ready ??= this.pool
      .query(
        `
      CREATE SCHEMA IF NOT EXISTS dba_review_state;
      CREATE TABLE IF NOT EXISTS dba_review_state.deliveries (id text PRIMARY KEY, seen_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE IF NOT EXISTS dba_review_state.heads (pr text PRIMARY KEY, sha text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
      -- Redeliveries come within days: older ids are of no use.
      DELETE FROM dba_review_state.deliveries WHERE seen_at < now() - interval '14 days';`,
      )
      .catch((err: unknown) => {
        // Two replicas creating the tables at once: the next call tries again.
        this.ready = undefined;
        throw err;
      });
    return this.ready;
  }

  async firstDelivery(id: string): Promise<boolean> {
    await this.setup();
    const { rowCount } = await this.pool.query('INSERT INTO dba_review_state.deliveries (id) VALUES ($1) ON CONFLICT DO NOTHING', [id]);
    return rowCount === 1;
  }

  async setHead(pr: string, sha: string): Promise<void> {
    await this.setup();
    await this.pool.query(
      'INSERT INTO dba_review_state.heads (pr, sha) VALUES ($1, $2) ON CONFLICT (pr) DO UPDATE SET sha = excluded.sha, updated_at = now()',
      [pr, sha],
    );
  }

  async latestHead(pr: string): Promise<string | undefined> {
    await this.setup();
    const { rows } = await this.pool.query<{ sha: string }>('SELECT sha FROM dba_review_state.heads WHERE pr = $1', [pr]);
    return rows[0]?.sha;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
