import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeMiddleware, Probot, ProbotOctokit } from 'probot';
import { createDbaApp, type DbaApp, type DbaAppOptions } from '../../src/github/app.js';
import { FakeGitHub } from './fakeGitHub.js';
import { testSandbox } from './postgres.js';
import { deliver } from './webhooks.js';

export const SECRET = 'webhook-secret-for-tests';

export interface AppHarness {
  fake: FakeGitHub;
  dba: DbaApp;
  url: string;
  /** Delivers a signed webhook and waits until the app's queue is idle. */
  send(event: string, payload: Record<string, unknown>, options?: { secret?: string | null; delivery?: string; wait?: boolean }): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The app as GitHub sees it: Probot's webhook middleware on 127.0.0.1, talking to a fake GitHub
 * on 127.0.0.1. `octokit` options default to no throttling pauses and no retries (a wrong request
 * shows at once); fault tests turn them on.
 */
export async function startApp(options: { fake?: FakeGitHub; app?: Partial<DbaAppOptions>; octokit?: Record<string, unknown> } = {}): Promise<AppHarness> {
  const fake = options.fake ?? new FakeGitHub();
  // A fake started here is stopped here; one passed in started may serve another app after this one.
  const ownsFake = !fake.url;
  if (ownsFake) await fake.start();
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const probot = new Probot({
    appId: 1,
    privateKey,
    secret: SECRET,
    baseUrl: fake.url,
    logLevel: 'fatal',
    Octokit: ProbotOctokit.defaults(options.octokit ?? { throttle: { enabled: false }, retry: { enabled: false } }),
  });
  const dba = createDbaApp({ sandbox: testSandbox(), ...options.app });
  const middleware = await createNodeMiddleware(dba.appFn, { probot });
  const server: Server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    fake,
    dba,
    url,
    send: async (event, payload, o = {}) => {
      const res = await deliver(`${url}/api/github/webhooks`, event, payload, o.secret === undefined ? SECRET : o.secret, o.delivery);
      if (o.wait !== false) await dba.idle();
      return res;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await dba.close();
      if (ownsFake) await fake.stop();
    },
  };
}
