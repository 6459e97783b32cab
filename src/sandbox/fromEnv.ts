import { EmbeddedSandboxProvider } from './embedded.js';
import type { SandboxProvider } from './types.js';
import { UrlSandboxProvider } from './url.js';

/**
 * The operator's choice of sandbox: SANDBOX_PROVIDER=embedded (default) or url, with
 * SANDBOX_URL naming a server the bot may create and drop databases on, and SANDBOX_TEMPLATE a
 * database there to copy for each review instead of replaying the base (production data).
 */
export function sandboxFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxProvider {
  const provider = env.SANDBOX_PROVIDER ?? (env.SANDBOX_URL ? 'url' : 'embedded');
  if (env.SANDBOX_TEMPLATE && provider !== 'url') throw new Error('SANDBOX_TEMPLATE names a database on the server of SANDBOX_URL: set SANDBOX_URL too.');
  switch (provider) {
    case 'embedded':
      return new EmbeddedSandboxProvider();
    case 'url':
      if (!env.SANDBOX_URL) throw new Error('SANDBOX_PROVIDER=url needs SANDBOX_URL (postgres://user:password@host:port/db).');
      return new UrlSandboxProvider(env.SANDBOX_URL, env.SANDBOX_TEMPLATE || undefined);
    default:
      throw new Error(`SANDBOX_PROVIDER must be "embedded" or "url", not "${provider}".`);
  }
}
