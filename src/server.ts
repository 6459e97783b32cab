import { homedir } from 'node:os';
import { join } from 'node:path';
import { run } from 'probot';
import { createDbaApp } from './github/app.js';
import { InProcessQueue } from './jobs/memory.js';
import { PgBossQueue, PostgresState } from './jobs/postgres.js';
import { createLogger } from './ops/log.js';
import { Metrics } from './ops/metrics.js';
import { reviewConcurrency, sandboxFromEnv } from './sandbox/fromEnv.js';

// Probot reads APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH) and WEBHOOK_SECRET from the environment;
// without APP_ID it serves the manifest flow that registers the app from app.yml.
const concurrency = reviewConcurrency();
const stateUrl = process.env.STATE_DATABASE_URL;
const sandbox = sandboxFromEnv();
const app = createDbaApp({
  sandbox,
  concurrency,
  // Several replicas share one queue and one record of deliveries and heads in PostgreSQL;
  // alone, jobs wait in this process and a journal on disk resumes them after a restart.
  ...(stateUrl
    ? { queue: new PgBossQueue(stateUrl, { concurrency }), state: new PostgresState(stateUrl) }
    : {
        queue: new InProcessQueue({
          concurrency,
          journal: process.env.STATE_DIR ?? join(process.env.PG_DBA_REVIEW_CACHE ?? join(homedir(), '.cache', 'pg-dba-review'), 'jobs'),
        }),
      }),
  metrics: new Metrics({ processMetrics: true }),
});
const server = await run(app.appFn, { log: createLogger() });

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    await app.close();
    await sandbox.close();
    process.exit(0);
  });
}
