import { resolveConfig } from '../../src/config/resolve.js';
import { lintTree } from '../../src/cli/lint.js';
import { runReview } from '../../src/review/run.js';
import type { Finding } from '../../src/model/finding.js';
import type { Review } from '../../src/review/types.js';
import type { SandboxProvider } from '../../src/sandbox/types.js';
import type { ChangedFile } from '../../src/source/types.js';
import { RULE_NAMES } from '../../src/rules/index.js';
import { MemorySource } from '../../src/source/memory.js';
import { sandboxFromEnv } from '../../src/sandbox/fromEnv.js';
import { testSandbox } from '../support/postgres.js';

/** A change to review: SQL on top of an existing schema, or explicit base and head files. */
export interface RuleCase {
  /** The schema production has (run as the preamble, so its tables exist before the change). */
  setup?: string;
  sql?: string;
  /** Where the change's migration lives; its content decides the framework. */
  path?: string;
  base?: Record<string, string>;
  /** Files the head commit adds or changes on top of base; null deletes one. */
  head?: Record<string, string | null>;
  /** Changed files when a case renames or deletes. */
  changed?: ChangedFile[];
  config?: Record<string, unknown>;
  /** Run through the whole pipeline even for a rule that decides from SQL alone: the case checks what a review adds (the catalog, measurements). */
  review?: true;
  /** Reviewed on the host's PostgreSQL of this major (the host provider): for what needs that major's client programs, like the restore drill's pg_dump. */
  major?: number;
}

const PREAMBLE = 'setup/preamble.sql';

/** Runs the whole review pipeline on a case against the test PostgreSQL, or another sandbox. */
export async function reviewCase(c: RuleCase, sandbox?: SandboxProvider): Promise<Review> {
  if (c.major === undefined) return reviewOn(c, sandbox ?? testSandbox());
  const host = sandboxFromEnv({ SANDBOX_PROVIDER: 'host', PG_DBA_REVIEW_SNAPSHOT_BYTES: '0' });
  try {
    return await reviewOn({ ...c, config: { ...c.config, postgres: { version: c.major } } }, host);
  } finally {
    await host.close();
  }
}

async function reviewOn(c: RuleCase, sandbox: SandboxProvider): Promise<Review> {
  const base: Record<string, string> = { ...(c.base ?? {}), ...(c.setup !== undefined ? { [PREAMBLE]: c.setup } : {}) };
  const merged: Record<string, string | null> = {
    ...base,
    ...(c.head ?? {}),
    ...(c.sql !== undefined ? { [c.path ?? 'db/migrations/002_change.sql']: c.sql } : {}),
  };
  const head = Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== null));
  const source = MemorySource.pullRequest(base, head);
  const changed: ChangedFile[] =
    c.changed ??
    Object.keys(head)
      .filter((p) => base[p] !== head[p])
      .map((path) => ({ path, status: base[path] === undefined ? 'added' : 'modified' }));
  const postgres = { ...(c.setup !== undefined ? { preamble: PREAMBLE } : {}), ...(c.config?.postgres as object | undefined) };
  const config = resolveConfig({ data: { rows: 50 }, ...c.config, ...(Object.keys(postgres).length ? { postgres } : {}) }, RULE_NAMES);
  if (!config.ok) throw new Error(config.errors.join('; '));
  return runReview({ source, subject: { title: 'case', baseSha: 'base', headSha: 'head' }, changedFiles: changed, config: config.config, sandbox });
}

/** The findings of `pg-dba-review lint` on one file (the rules that decide from SQL alone: no PostgreSQL), with a case's settings. */
export async function lintCase(sql: string, path = 'db/migrations/002_change.sql', settings: Record<string, unknown> = {}): Promise<Finding[]> {
  const config = resolveConfig(settings, RULE_NAMES);
  if (!config.ok) throw new Error(config.errors.join('; '));
  return lintTree({ [path]: sql }, config.config);
}
