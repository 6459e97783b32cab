import { DockerSandboxProvider } from './docker.js';
import { EmbeddedSandboxProvider } from './embedded.js';
import type { SandboxLimits, SandboxProvider } from './types.js';
import { UrlSandboxProvider } from './url.js';

/** Limits the operator may tune, in seconds: variable name -> limit. */
const LIMIT_VARIABLES = {
  REVIEW_BUDGET_SECONDS: 'reviewBudgetMs',
  SANDBOX_STATEMENT_TIMEOUT_SECONDS: 'statementTimeoutMs',
} as const;

function limitsFromEnv(env: NodeJS.ProcessEnv): Partial<SandboxLimits> {
  const limits: Partial<SandboxLimits> = {};
  for (const [variable, limit] of Object.entries(LIMIT_VARIABLES)) {
    const text = env[variable];
    if (text === undefined) continue;
    const seconds = Number(text);
    if (!(seconds > 0)) throw new Error(`${variable} must be a number of seconds above 0, not "${text}".`);
    limits[limit] = seconds * 1000;
  }
  return limits;
}

/**
 * The operator's choice of sandbox: SANDBOX_PROVIDER=embedded (default), docker or url, with
 * SANDBOX_URL naming a server the bot may create and drop databases and roles on,
 * SANDBOX_TEMPLATE a database there to copy for each review instead of replaying the base
 * (production data), and the limits each review gets (REVIEW_BUDGET_SECONDS,
 * SANDBOX_STATEMENT_TIMEOUT_SECONDS).
 */
export function sandboxFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxProvider {
  const provider = env.SANDBOX_PROVIDER ?? (env.SANDBOX_URL ? 'url' : 'embedded');
  if (env.SANDBOX_TEMPLATE && provider !== 'url') throw new Error('SANDBOX_TEMPLATE names a database on the server of SANDBOX_URL: set SANDBOX_URL too.');
  const limits = limitsFromEnv(env);
  switch (provider) {
    case 'embedded':
      return new EmbeddedSandboxProvider({ limits });
    case 'docker':
      return new DockerSandboxProvider({ limits });
    case 'url':
      if (!env.SANDBOX_URL) throw new Error('SANDBOX_PROVIDER=url needs SANDBOX_URL (postgres://user:password@host:port/db).');
      return new UrlSandboxProvider(env.SANDBOX_URL, limits, env.SANDBOX_TEMPLATE || undefined);
    default:
      throw new Error(`SANDBOX_PROVIDER must be "embedded", "docker" or "url", not "${provider}".`);
  }
}
