import { join } from 'node:path';
import type { PostgresBuild } from './builds.js';
import { DockerSandboxProvider } from './docker.js';
import { EmbeddedSandboxProvider, type EmbeddedOptions } from './embedded.js';
import { cacheRoot } from './embeddedVersions.js';
import { HostFallback } from './hostFallback.js';
import { hostBuild } from './hostBuild.js';
import type { SandboxProvider } from './types.js';
import { DEFAULT_CONCURRENCY, type SandboxLimits } from './server.js';
import { UrlSandboxProvider } from './url.js';

const DEFAULT_SNAPSHOT_BYTES = 2 * 1024 ** 3;

/** Base snapshots of the embedded sandbox: PG_DBA_REVIEW_SNAPSHOT_BYTES (0 turns them off) in PG_DBA_REVIEW_SNAPSHOT_DIR. */
function snapshotsFromEnv(env: NodeJS.ProcessEnv): EmbeddedOptions['snapshots'] {
  const raw = env.PG_DBA_REVIEW_SNAPSHOT_BYTES;
  const bytes = raw === undefined || raw === '' ? DEFAULT_SNAPSHOT_BYTES : Number(raw);
  if (!Number.isSafeInteger(bytes) || bytes < 0)
    throw new Error(`PG_DBA_REVIEW_SNAPSHOT_BYTES must be a whole number of bytes (0 turns base snapshots off), not "${raw}".`);
  if (bytes === 0) return undefined;
  return { dir: env.PG_DBA_REVIEW_SNAPSHOT_DIR || join(cacheRoot(env), 'snapshots'), budgetBytes: bytes };
}
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

/** How many reviews the app runs at once: REVIEW_CONCURRENCY. */
export function reviewConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.REVIEW_CONCURRENCY;
  if (text === undefined || text === '') return DEFAULT_CONCURRENCY;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`REVIEW_CONCURRENCY must be a whole number of reviews above 0, not "${text}".`);
  return n;
}

/** The embedded sandbox (or, with `build`, the host's PostgreSQL) as the environment configures it: limits, base snapshots, where the servers' data goes. */
export function embeddedSandboxFromEnv(env: NodeJS.ProcessEnv = process.env, build?: PostgresBuild): EmbeddedSandboxProvider {
  const snapshots = snapshotsFromEnv(env);
  return new EmbeddedSandboxProvider({
    limits: limitsFromEnv(env),
    reviewsAtOnce: reviewConcurrency(env),
    ...(snapshots ? { snapshots } : {}),
    ...(env.PG_DBA_REVIEW_DATA_DIR ? { dataRoot: env.PG_DBA_REVIEW_DATA_DIR } : {}),
    ...(build ? { build } : {}),
  });
}

/** The host's PostgreSQL: the programs in PG_DBA_REVIEW_PG_BIN, else those the OS packages installed. */
function hostSandboxFromEnv(env: NodeJS.ProcessEnv): EmbeddedSandboxProvider {
  return embeddedSandboxFromEnv(env, hostBuild(env.PG_DBA_REVIEW_PG_BIN || undefined));
}

/**
 * The operator's choice of sandbox: SANDBOX_PROVIDER=embedded (default; a review wanting
 * extensions the embedded build lacks runs on the host's PostgreSQL when that has them), host
 * (the host's PostgreSQL always), docker (postgres.image, else postgres:<major>) or url, with
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
      return new HostFallback(embeddedSandboxFromEnv(env), hostSandboxFromEnv(env));
    case 'host':
      return hostSandboxFromEnv(env);
    case 'docker':
      return new DockerSandboxProvider({ limits });
    case 'url':
      if (!env.SANDBOX_URL) throw new Error('SANDBOX_PROVIDER=url needs SANDBOX_URL (postgres://user:password@host:port/db).');
      return new UrlSandboxProvider(env.SANDBOX_URL, limits, env.SANDBOX_TEMPLATE || undefined);
    default:
      throw new Error(`SANDBOX_PROVIDER must be "embedded", "host", "docker" or "url", not "${provider}".`);
  }
}
