import { withTrustedPlatform } from '../config/headConfig.js';
import { resolveConfigText, CONFIG_PATH } from '../config/resolve.js';
import type { DbaConfig } from '../config/schema.js';
import { explainChange, type ExplainReport } from '../explain/explainChange.js';
import { configAnnotations, type Annotation } from '../render/checkRun.js';
import { configErrorReview, runReview } from '../review/run.js';
import type { Review, ReviewSubject } from '../review/types.js';
import { RULE_NAMES } from '../rules/index.js';
import type { SandboxProvider } from '../sandbox/types.js';
import { BlobCache } from '../source/blobCache.js';
import { LocalGitSource } from '../source/localGit.js';
import type { ChangedFile } from '../source/types.js';
import { git } from './gitRepo.js';

export interface LocalReviewOptions {
  repo: string;
  base: string;
  head: string;
  sandbox: SandboxProvider;
  /** What the change is called in the review: a pull request's title, body and number (else the head commit's message). */
  subject?: Pick<ReviewSubject, 'title' | 'body' | 'number'>;
  /** Settings the caller decides over .github/dba.yml's (the Action's inputs). */
  override?: (config: DbaConfig) => DbaConfig;
  /** Where the configuration is in the repository (default .github/dba.yml). */
  configPath?: string;
  deadline?: number;
  /** Where the repository is served, for links to its files (none without): the command line's --repository and --server-url. */
  link?: Pick<ReviewSubject, 'repository' | 'serverUrl'>;
}

/** Reviews head against base in a local git repository, as the app reviews a pull request. */
export async function reviewLocal(options: LocalReviewOptions): Promise<Review> {
  return (await reviewLocalChange(options)).review;
}

/** The review, and the files the change touched (where suggestions may go). */
export async function reviewLocalChange(options: LocalReviewOptions): Promise<{ review: Review; changedFiles: ChangedFile[]; invalidConfig?: Annotation[] }> {
  const source = new LocalGitSource(options.repo, new BlobCache());
  const [baseSha, headSha] = await Promise.all([source.resolve(options.base), source.resolve(options.head)]);
  const subject: ReviewSubject = { ...(options.subject ?? (await commitSubject(options.repo, headSha, options.head))), ...options.link, baseSha, headSha };
  const notes: string[] = [];
  const config = await readConfig(source, { sha: headSha, ref: options.head }, { sha: baseSha, ref: options.base }, notes, options.configPath);
  if (!config.ok)
    return { review: configErrorReview(subject, config.errors), changedFiles: [], ...(config.invalidConfig ? { invalidConfig: config.invalidConfig } : {}) };
  const changedFiles = await source.changedFiles(baseSha, headSha);
  const review = await runReview({
    source,
    subject,
    changedFiles,
    config: options.override ? options.override(config.config) : config.config,
    sandbox: options.sandbox,
    ...(options.deadline ? { deadline: options.deadline } : {}),
  });
  review.notes.push(...notes);
  return { review, changedFiles };
}

/** The head commit's message as title and body, when no pull request names the change. */
async function commitSubject(repo: string, sha: string, ref: string): Promise<Pick<ReviewSubject, 'title' | 'body'>> {
  const message = await git(repo, ['log', '-1', '--format=%B', sha]);
  const [title = ref, ...rest] = message.split('\n');
  const body = rest.join('\n').trim();
  return { title, ...(body ? { body } : {}) };
}

/** The config a local review runs with, or its errors (on their lines of the file, when the head's copy is the invalid one). */
type LocalConfig = { ok: true; config: DbaConfig } | { ok: false; errors: string[]; invalidConfig?: Annotation[] };

/**
 * .github/dba.yml at `at`, but the platform settings (postgres.extensions, postgres.preamble) at
 * `trusted`: they run with superuser rights, so a change does not bring its own, as in the app.
 * A change to them is said in `notes`.
 */
async function readConfig(
  source: LocalGitSource,
  at: { sha: string; ref: string },
  trusted: { sha: string; ref: string },
  notes: string[],
  path = CONFIG_PATH,
): Promise<LocalConfig> {
  const text = async (sha: string) => (await source.readFile(sha, path))?.toString('utf8');
  const headText = await text(at.sha);
  const config = resolveConfigText(headText, RULE_NAMES);
  if (!config.ok) return { ...config, ...(headText !== undefined && config.issues ? { invalidConfig: configAnnotations(path, headText, config.issues) } : {}) };
  if (trusted.sha === at.sha) return config;
  const platform = resolveConfigText(await text(trusted.sha), RULE_NAMES);
  if (!platform.ok)
    return { ok: false, errors: platform.errors.map((e) => `${e} (at ${trusted.ref}, where postgres.extensions and postgres.preamble are read from)`) };
  const { config: merged, ignored } = withTrustedPlatform(config.config, platform.config);
  if (ignored.length) {
    notes.push(
      `${path} at ${at.ref} changes ${ignored.join(' and ')}: the review used ${trusted.ref}'s, since the platform's setup runs with superuser rights. The change takes effect once merged.`,
    );
  }
  return { ok: true, config: merged };
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

/** Plans a query on the schema at a ref of a local repository, with that ref's .github/dba.yml (its platform settings from `base`, when given). */
export async function explainLocal(options: LocalExplainOptions): Promise<{ ok: true; report: ExplainReport } | { ok: false; errors: string[] }> {
  const source = new LocalGitSource(options.repo, new BlobCache());
  const sha = await source.resolve(options.ref);
  const baseSha = options.base ? await source.resolve(options.base) : undefined;
  const notes: string[] = [];
  const config = await readConfig(
    source,
    { sha, ref: options.ref },
    baseSha && options.base ? { sha: baseSha, ref: options.base } : { sha, ref: options.ref },
    notes,
  );
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
  report.notes.push(...notes);
  return { ok: true, report };
}
