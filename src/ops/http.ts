import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from './metrics.js';

/**
 * /healthz (the process answers), /readyz (its queue and state store are up, so it can take
 * webhooks) and /metrics (Prometheus). Anything else is left to Probot.
 */
export function opsHandler(metrics: Metrics, ready: () => Promise<string | null>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET') return false;
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return true;
    }
    if (path === '/readyz') {
      const problem = await ready().catch((err: unknown) => (err as Error).message);
      res.writeHead(problem ? 503 : 200, { 'content-type': 'text/plain' }).end(problem ? `not ready: ${problem}\n` : 'ready\n');
      return true;
    }
    if (path === '/metrics') {
      res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(await metrics.registry.metrics());
      return true;
    }
    return false;
  };
}
