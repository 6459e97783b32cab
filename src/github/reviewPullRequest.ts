import type { PullRequestJob } from '../jobs/types.js';
import { CHECK_TEXT_LIMIT, truncate, type CheckRunResult } from '../render/checkRun.js';
import { stickyBody } from '../render/comment.js';
import { counts } from '../render/verdict.js';
import { applyAcks, withPending, rulesWithFindings } from '../review/acks.js';
import type { Review } from '../review/types.js';
import type { SandboxProvider } from '../sandbox/types.js';
import type { BlobCache } from '../source/blobCache.js';
import type { TreeCache } from '../source/treeCache.js';
import { GitHubSource, type GitHubApi } from '../source/github.js';
import type { ChangedFile } from '../source/types.js';
import { completeCheckRun, findStickyComment, upsertStickyComment } from './publish.js';
import { crashedCheck, renderReview, reviewChange, subjectOf, type ChangeReview } from './reviewChange.js';
import type { ConfigLoader } from './reviewConfig.js';
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
  rendered?: { markdown?: string; check: CheckRunResult };
}

export interface BuiltReview extends ChangeReview {
  /** The files the pull request touched: suggestions may go on their lines only. */
  changedFiles: ChangedFile[];
}

/** What the app builds a review from: the pull request's files through the API. */
export interface ApiSourceDeps {
  api: GitHubApi;
  sandbox: SandboxProvider;
  blobs: BlobCache;
  trees: TreeCache;
  loadConfig: ConfigLoader;
  latestHead?: () => Promise<string | undefined>;
}

/** The pull request's newest head, when a push replaced this job's. */
async function newerHead(job: PullRequestJob, deps: { latestHead?: () => Promise<string | undefined> }): Promise<string | undefined> {
  const latest = await deps.latestHead?.();
  return latest && latest !== job.headSha ? latest : undefined;
}

/** Concludes the check of a head a newer push replaced, saying so, and reports whether it did. */
async function supersede(job: PullRequestJob, deps: PublishDeps): Promise<boolean> {
  const latest = await newerHead(job, deps);
  if (!latest) return false;
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
  const source = new GitHubSource(deps.api, job.repo, deps.blobs, deps.trees);
  const changedFiles = await source.listPullRequestFiles(job.number);
  const superseded = async () => (await newerHead(job, deps)) !== undefined;
  return { ...(await reviewChange(source, subjectOf(job), changedFiles, deps, { deadline, superseded })), changedFiles };
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
    const built = await deps.build(deadline);
    const { review, changedFiles } = built;
    // A push during the review: only the newest head's result goes into the sticky comment.
    if (await supersede(job, deps)) return { review };
    const existing = await findStickyComment(deps.api, job.repo, job.number);
    const state = existing?.state;
    if (state && state.head !== review.subject.headSha) review.previous = { head: state.head, errors: state.errors, warnings: state.warnings };
    // Before rendering: what the pull request's acknowledgements accept is not counted.
    const acks = applyAcks(review, withPending(state?.acks ?? [], job.acks ?? []));
    const { markdown, check } = await renderReview(built, deadline);
    if (markdown === undefined) {
      await completeCheckRun(deps.api, job.repo, job.checkRunId, check);
      deps.log.error({ ...where, outcome: review.outcome }, 'the review could not be rendered in time');
      return { review };
    }
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
    return { review, rendered: { markdown, check } };
  } catch (err) {
    deps.log.error({ ...where, err }, 'review failed');
    await completeCheckRun(deps.api, job.repo, job.checkRunId, crashedCheck(job.headSha, err)).catch((e: unknown) =>
      deps.log.error({ ...where, err: e }, 'could not conclude the check run'),
    );
    return undefined;
  }
}
