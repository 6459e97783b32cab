import { run } from 'probot';
import { createDbaApp } from './github/app.js';
import { sandboxFromEnv } from './sandbox/fromEnv.js';

// Probot reads APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH) and WEBHOOK_SECRET from the environment;
// without APP_ID it serves the manifest flow that registers the app from app.yml.
const sandbox = sandboxFromEnv();
const app = createDbaApp({ sandbox, concurrency: Number(process.env.REVIEW_CONCURRENCY ?? 2) });
const server = await run(app.appFn);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    await app.idle();
    await sandbox.close();
    process.exit(0);
  });
}
