import { resolveConfigText, CONFIG_PATH } from '../config/resolve.js';
import { explainChange, type ExplainReport } from '../explain/explainChange.js';
import { configErrorReview, runReview } from '../review/run.js';
import type { Review } from '../review/types.js';
import type { SandboxProvider } from '../sandbox/types.js';
import { BlobCache } from '../source/blobCache.js';
import { LocalGitSource } from '../source/localGit.js';
import { git } from './gitRepo.js';

export interface LocalReviewOptions {
  repo: string;
  base: string;
  head: string;
  sandbox: SandboxProvider;
}

/** Reviews head against base in a local git repository, as the app reviews a pull request. */
export async function reviewLocal(options: LocalReviewOptions): Promise<Review> {
  const source = new LocalGitSource(options.repo, new BlobCache());
  const [baseSha, headSha] = await Promise.all([source.resolve(options.base), source.resolve(options.head)]);
  const message = await git(options.repo, ['log', '-1', '--format=%B', headSha]);
  const [title = options.head, ...rest] = message.split('\n');
  const body = rest.join('\n').trim();
  const subject = { title, ...(body ? { body } : {}), baseSha, headSha };
  const configText = await source.readFile(headSha, CONFIG_PATH);
  const config = resolveConfigText(configText?.toString('utf8'));
  if (!config.ok) return configErrorReview(subject, config.errors);
  const changedFiles = await source.changedFiles(baseSha, headSha);
  return runReview({ source, subject, changedFiles, config: config.config, sandbox: options.sandbox });
}

export interface LocalExplainOptions {
  repo: string;
  ref: string;
  base?: string;
  sql: string;
  analyze: boolean;
  rows?: number;
  sandbox: SandboxProvider;
}

/** Plans a query on the schema at a ref of a local repository, with that ref's .github/dba.yml. */
export async function explainLocal(options: LocalExplainOptions): Promise<{ ok: true; report: ExplainReport } | { ok: false; errors: string[] }> {
  const source = new LocalGitSource(options.repo, new BlobCache());
  const sha = await source.resolve(options.ref);
  const baseSha = options.base ? await source.resolve(options.base) : undefined;
  const config = resolveConfigText((await source.readFile(sha, CONFIG_PATH))?.toString('utf8'));
  if (!config.ok) return config;
  const report = await explainChange({
    source,
    sha,
    ...(baseSha ? { baseSha } : {}),
    config: config.config,
    sandbox: options.sandbox,
    sql: options.sql,
    analyze: options.analyze,
    ...(options.rows !== undefined ? { rows: options.rows } : {}),
  });
  return { ok: true, report };
}
