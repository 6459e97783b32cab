import { join } from 'node:path';
import { EmbeddedSandboxProvider, type EmbeddedOptions } from './embedded.js';
import { cacheRoot } from './embeddedVersions.js';
import type { SandboxProvider } from './types.js';
import { UrlSandboxProvider } from './url.js';

const DEFAULT_SNAPSHOT_BYTES = 2 * 1024 ** 3;

/** Base snapshots of the embedded sandbox: PG_DBA_REVIEW_SNAPSHOT_BYTES (0 turns them off) in PG_DBA_REVIEW_SNAPSHOT_DIR. */
function snapshotsFromEnv(env: NodeJS.ProcessEnv): EmbeddedOptions['snapshots'] {
  const raw = env.PG_DBA_REVIEW_SNAPSHOT_BYTES;
  const bytes = raw === undefined || raw === '' ? DEFAULT_SNAPSHOT_BYTES : Number(raw);
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new Error(`PG_DBA_REVIEW_SNAPSHOT_BYTES must be a whole number of bytes (0 turns base snapshots off), not "${raw}".`);
  if (bytes === 0) return undefined;
  return { dir: env.PG_DBA_REVIEW_SNAPSHOT_DIR || join(cacheRoot(env), 'snapshots'), budgetBytes: bytes };
}

/**
 * The operator's choice of sandbox: SANDBOX_PROVIDER=embedded (default) or url, with
 * SANDBOX_URL naming a server the bot may create and drop databases on.
 */
export function sandboxFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxProvider {
  const provider = env.SANDBOX_PROVIDER ?? (env.SANDBOX_URL ? 'url' : 'embedded');
  switch (provider) {
    case 'embedded': {
      const snapshots = snapshotsFromEnv(env);
      return new EmbeddedSandboxProvider({ ...(snapshots ? { snapshots } : {}), ...(env.PG_DBA_REVIEW_DATA_DIR ? { dataRoot: env.PG_DBA_REVIEW_DATA_DIR } : {}) });
    }
    case 'url':
      if (!env.SANDBOX_URL) throw new Error('SANDBOX_PROVIDER=url needs SANDBOX_URL (postgres://user:password@host:port/db).');
      return new UrlSandboxProvider(env.SANDBOX_URL);
    default:
      throw new Error(`SANDBOX_PROVIDER must be "embedded" or "url", not "${provider}".`);
  }
}
