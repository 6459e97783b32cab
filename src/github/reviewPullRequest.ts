import { resolveConfig, CONFIG_PATH } from '../config/resolve.js';
import { runTask, TaskLimitError } from '../isolate/pool.js';
import type { PullRequestJob } from '../jobs/types.js';
import { CHECK_TEXT_LIMIT, truncate, type CheckRunResult } from '../render/checkRun.js';
import { STICKY_ROOM, stickyBody } from '../render/comment.js';
import type { Published, PublishTask } from '../render/publishable.js';
import { counts } from '../render/verdict.js';
import { applyAcks, rulesWithFindings } from '../review/acks.js';
import { configErrorReview, runReview } from '../review/run.js';
import { REPORT_GRACE_MS } from '../sandbox/guard.js';
import type { Review, ReviewSubject } from '../review/types.js';
import { RULE_NAMES } from '../rules/index.js';
import type { SandboxProvider } from '../sandbox/types.js';
import type { BlobCache } from '../source/blobCache.js';
import { GitHubSource, type GitHubApi } from '../source/github.js';
import type { ChangedFile } from '../source/types.js';
import { completeCheckRun, findStickyComment, upsertStickyComment } from './publish.js';
import { publishSuggestions } from './suggestions.js';

/** What publishing a review needs: where to publish it, and how it is built. */
export interface PublishDeps {
  api: GitHubApi;
  sandbox: SandboxProvider;
  log: { info: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
  /** The newest head pushed to the pull request, to stop reviewing one a push superseded. */
  latestHead?: () => Promise<string | undefined>;
  /** The review of the job's head, done by `deadline`: from the API (the app) or a checkout (the Action). */
  build: (deadline: number) => Promise<BuiltReview>;
  /** One-click fixes as review comments on the diff (default); the Action's `suggestions: false` turns them off. */
  suggestions?: boolean;
}

/** A published review, and what was published of it (undefined when rendering ran out of time). */
export interface PublishedReview {
  review: Review;
  rendered?: Published;
}

export interface BuiltReview {
  review: Review;
  /** The files the pull request touched: suggestions may go on their lines only. */
  changedFiles: ChangedFile[];
}

/** What the app builds a review from: the pull request's files through the API. */
export interface ApiSourceDeps {
  api: GitHubApi;
  sandbox: SandboxProvider;
  blobs: BlobCache;
  /** Loads and parses .github/dba.yml (Probot's context.config): null when absent. */
  loadConfig: () => Promise<unknown>;
  latestHead?: () => Promise<string | undefined>;
}

/** The sandbox server died or dropped the review's sessions (killed, restarted, out of memory). */
function sandboxLost(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03'].includes(e.code ?? '') || /Connection terminated|terminating connection/.test(e.message ?? '')
  );
}

/** Concludes the check of a head a newer push replaced, saying so, and reports whether it did. */
async function supersede(job: PullRequestJob, deps: PublishDeps): Promise<boolean> {
  const latest = await deps.latestHead?.();
  if (!latest || latest === job.headSha) return false;
  await completeCheckRun(deps.api, job.repo, job.checkRunId, {
    conclusion: 'neutral',
    title: 'Superseded by a newer push',
    summary: `${latest.slice(0, 7)} was pushed while ${job.headSha.slice(0, 7)} waited for or was in review, so this review stopped: the pull request's comment and the newer commit's check carry the result.`,
    annotations: [],
  });
  deps.log.info({ repo: `${job.repo.owner}/${job.repo.repo}`, pr: job.number, head: job.headSha, latest }, 'review superseded');
  return true;
}

/** The app's review of a pull request: its files and .github/dba.yml read through the API. */
export async function buildReview(job: PullRequestJob, deps: ApiSourceDeps, deadline: number): Promise<BuiltReview> {
  const subject: ReviewSubject = {
    title: job.title,
    ...(job.body ? { body: job.body } : {}),
    number: job.number,
    repository: `${job.repo.owner}/${job.repo.repo}`,
    serverUrl: job.serverUrl,
    baseSha: job.baseSha,
    headSha: job.headSha,
  };
  let raw: unknown;
  try {
    raw = await deps.loadConfig();
  } catch (err) {
    return { review: configErrorReview(subject, [`${CONFIG_PATH} could not be read: ${(err as Error).message}`]), changedFiles: [] };
  }
  const config = resolveConfig(raw, RULE_NAMES);
  if (!config.ok) return { review: configErrorReview(subject, config.errors), changedFiles: [] };
  const source = new GitHubSource(deps.api, job.repo, deps.blobs);
  const changedFiles = await source.listPullRequestFiles(job.number);
  const superseded = async () => {
    const latest = await deps.latestHead?.();
    return latest !== undefined && latest !== job.headSha;
  };
  return { review: await runReview({ source, subject, changedFiles, config: config.config, sandbox: deps.sandbox, superseded, deadline }), changedFiles };
}

/** The comment and the check run, rendered in a worker thread within the time left (and at least REPORT_GRACE_MS); undefined past it. */
async function render(review: Review, deadline: number): Promise<Published | undefined> {
  const task: PublishTask = { review, commentRoom: STICKY_ROOM, checkRoom: CHECK_TEXT_LIMIT };
  return runTask<PublishTask, Published>('publishable', task, Math.max(deadline, Date.now()) + REPORT_GRACE_MS).catch((err: unknown) => {
    if (err instanceof TaskLimitError) return undefined;
    throw err;
  });
}

/** The check run of a review whose rendering was stopped: its counts and rule ids, with nothing of the change's text. */
function unrendered(review: Review): CheckRunResult {
  const bySeverity = counts(review.findings);
  const rules = [...new Set(review.findings.map((f) => f.ruleId))].sort();
  return {
    conclusion: 'failure',
    title: 'The review could not be rendered',
    summary:
      `The review of ${review.subject.headSha.slice(0, 7)} ran (${review.outcome}: ${bySeverity.error} errors, ${bySeverity.warning} warnings, ${bySeverity.info} notes), ` +
      `but writing it up did not finish within ${REPORT_GRACE_MS / 1000} s and was stopped. Something in this change (a very large file, or a statement or name the renderer handles badly) makes it unusually expensive: split the change, or report it if the change is ordinary.` +
      (rules.length ? `\n\nRules with findings: ${rules.join(', ')}.` : ''),
    annotations: [],
  };
}

/**
 * Reviews one pull request head and publishes the result. Whatever happens, the check run
 * ends concluded: a required check must never hang.
 */
export async function reviewPullRequest(job: PullRequestJob, deps: PublishDeps): Promise<PublishedReview | undefined> {
  const where = { repo: `${job.repo.owner}/${job.repo.repo}`, pr: job.number, head: job.headSha };
  try {
    if (await supersede(job, deps)) return undefined;
    const deadline = Date.now() + deps.sandbox.limits.reviewBudgetMs;
    const { review, changedFiles } = await deps.build(deadline);
    // A push during the review: only the newest head's result goes into the sticky comment.
    if (await supersede(job, deps)) return { review };
    const existing = await findStickyComment(deps.api, job.repo, job.number);
    const state = existing?.state;
    if (state && state.head !== review.subject.headSha) review.previous = { head: state.head, errors: state.errors, warnings: state.warnings };
    // Before rendering: what the pull request's acknowledgements accept is not counted.
    const acks = applyAcks(review, state?.acks ?? []);
    const rendered = await render(review, deadline);
    if (!rendered) {
      await completeCheckRun(deps.api, job.repo, job.checkRunId, unrendered(review));
      deps.log.error({ ...where, outcome: review.outcome }, 'the review could not be rendered in time');
      return { review };
    }
    const { markdown, check } = rendered;
    const bySeverity = counts(review.findings);
    // No migrations: conclude at once, and only refresh a comment an earlier push created.
    const body = stickyBody(markdown, {
      head: review.subject.headSha,
      errors: bySeverity.error,
      warnings: bySeverity.warning,
      rules: rulesWithFindings(review),
      ...(acks.length ? { acks } : {}),
    });
    // The check carries the review too: a comment GitHub refuses even after retries must not leave it hanging.
    const comment = await upsertStickyComment(deps.api, job.repo, job.number, body, existing, { create: review.outcome !== 'no-migrations' }).catch(
      (err: unknown) => {
        deps.log.error({ ...where, err }, 'could not post the comment');
        return 'failed' as const;
      },
    );
    await completeCheckRun(
      deps.api,
      job.repo,
      job.checkRunId,
      comment === 'failed'
        ? {
            ...check,
            summary: truncate(
              `> The pull request comment could not be posted (GitHub refused it after retries); the review is here.\n\n${check.summary}`,
              CHECK_TEXT_LIMIT,
              '…',
            ),
          }
        : check,
    );
    // One-click fixes are a convenience: failing to post them must not fail the review.
    const suggestions =
      deps.suggestions === false
        ? 'off'
        : await publishSuggestions(deps.api, job.repo, { number: job.number, headSha: job.headSha }, review.findings, changedFiles).catch((err: unknown) => {
            deps.log.error({ ...where, err }, 'could not post suggestions');
            return 'failed' as const;
          });
    deps.log.info({ ...where, outcome: review.outcome, conclusion: check.conclusion, comment, suggestions, ms: review.durationMs }, 'review published');
    return { review, rendered };
  } catch (err) {
    deps.log.error({ ...where, err }, 'review failed');
    await completeCheckRun(deps.api, job.repo, job.checkRunId, {
      conclusion: 'failure',
      title: 'The review did not complete',
      summary: sandboxLost(err)
        ? `The sandbox PostgreSQL server went away while ${job.headSha.slice(0, 7)} was in review (${(err as Error).message}), so the review could not finish. The next review starts a new server: re-run this check or push again.`
        : `pg-dba-review hit an internal error while reviewing ${job.headSha.slice(0, 7)} and could not finish: ${(err as Error).message}\n\nPush again or re-run this check; if it persists, report it with this message.`,
      annotations: [],
    }).catch((e: unknown) => deps.log.error({ ...where, err: e }, 'could not conclude the check run'));
    return undefined;
  }
}
