import type { MergeGroupJob } from '../jobs/types.js';
import { applyAcks, fingerprint, type Ack } from '../review/acks.js';
import { GitHubSource, type GitHubApi, type RepoRef } from '../source/github.js';
import { completeCheckRun, findStickyComment } from './publish.js';
import type { ApiSourceDeps, PublishDeps, PublishedReview } from './reviewPullRequest.js';
import { crashedCheck, renderReview, reviewChange, subjectOf, type ChangeReview } from './reviewChange.js';

// The queue's temporary branches: refs/heads/gh-readonly-queue/<base branch>/pr-<number>-<sha>.
const QUEUE_BRANCH = /^refs\/(heads\/gh-readonly-queue\/.+\/)pr-(\d+)-[0-9a-f]{40}$/;

/** A group's title and body, from its head commit's message (the queue writes the pull request's there), else its branch. */
export function mergeGroupNamed(message: string | undefined, ref: string): { title: string; body: string | null } {
  const [first, ...rest] = (message ?? '').split('\n');
  return { title: `Merge queue: ${first || ref}`, body: rest.join('\n').trim() || null };
}

/** The base branch a merge queue's branch (`gh-readonly-queue/<base>/pr-<n>-<sha>`, without refs/heads/) is queued for; undefined for any other branch. */
export function queuedFor(branch: string): string | undefined {
  return /^gh-readonly-queue\/(.+)\/pr-\d+-[0-9a-f]{40}$/.exec(branch)?.[1];
}

/**
 * The `/dba ack`s of the pull requests in the queue, bound to the statements they accept: a group
 * holds the changes of those ahead of it too, and what their reviews accepted stays accepted. The
 * queue's branches name them; a list GitHub refuses leaves the group's own pull request's.
 */
async function queuedAcks(api: GitHubApi, repo: RepoRef, headRef: string): Promise<Ack[]> {
  const [, prefix, own] = QUEUE_BRANCH.exec(headRef) ?? [];
  if (!prefix) return [];
  const { data: refs } = await api.rest.git.listMatchingRefs({ ...repo, ref: prefix }).catch(() => ({ data: [] }));
  const numbers = new Set([own, ...refs.map((r) => QUEUE_BRANCH.exec(r.ref)?.[2])].filter((n) => n !== undefined).map(Number));
  const comments = await Promise.all([...numbers].map((n) => findStickyComment(api, repo, n).catch(() => undefined)));
  return comments.flatMap((c) => c?.state?.acks ?? []).filter((a) => a.fingerprints);
}

/** The app's review of a merge group: the files between its base and head, read through the API. */
export async function buildMergeGroupReview(job: MergeGroupJob, deps: Omit<ApiSourceDeps, 'latestHead'>, deadline: number): Promise<ChangeReview> {
  const source = new GitHubSource(deps.api, job.repo, deps.blobs, deps.trees);
  const changedFiles = await source.listComparedFiles(job.baseSha, job.headSha);
  return reviewChange(source, subjectOf(job), changedFiles, deps, { deadline });
}

/**
 * Reviews a merge queue's group, its head against its base, and concludes its check run (with
 * annotations): a queue that requires the check waits for it. There is no pull request, so no
 * comment, no suggestions, and no newer push to be superseded by (the queue makes a new group).
 * `build` is where the review comes from: the API (the app) or a checkout (the Action).
 */
export async function reviewMergeGroup(
  job: MergeGroupJob,
  deps: Pick<PublishDeps, 'api' | 'sandbox' | 'log'> & { build: (deadline: number) => Promise<ChangeReview> },
): Promise<PublishedReview | undefined> {
  const where = { repo: `${job.repo.owner}/${job.repo.repo}`, mergeGroup: job.headSha };
  try {
    const deadline = Date.now() + deps.sandbox.limits.reviewBudgetMs;
    const built = await deps.build(deadline);
    // Only the acks of statements in this group: another's would only add notes about findings it never saw.
    const prints = new Set(built.review.findings.map((f) => fingerprint(built.review, f)));
    const acks = (await queuedAcks(deps.api, job.repo, job.headRef)).filter((a) => a.fingerprints?.some((p) => prints.has(p)));
    applyAcks(built.review, acks);
    const rendered = await renderReview(built, deadline);
    await completeCheckRun(deps.api, job.repo, job.checkRunId, rendered.check);
    deps.log.info({ ...where, outcome: built.review.outcome, conclusion: rendered.check.conclusion, ms: built.review.durationMs }, 'merge group reviewed');
    return { review: built.review, rendered };
  } catch (err) {
    deps.log.error({ ...where, err }, 'merge group review failed');
    await completeCheckRun(deps.api, job.repo, job.checkRunId, crashedCheck(job.headSha, err)).catch((e: unknown) =>
      deps.log.error({ ...where, err: e }, 'could not conclude the check run'),
    );
    return undefined;
  }
}
