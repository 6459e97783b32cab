import type { MergeGroupJob } from '../jobs/types.js';
import type { Review } from '../review/types.js';
import { GitHubSource } from '../source/github.js';
import { completeCheckRun } from './publish.js';
import type { ApiSourceDeps, PublishDeps } from './reviewPullRequest.js';
import { crashedCheck, renderReview, reviewChange, subjectOf } from './reviewChange.js';

/**
 * Reviews a merge queue's group, its head against its base, and concludes its check run (with
 * annotations): a queue that requires the check waits for it. There is no pull request, so no
 * comment, no suggestions, and no newer push to be superseded by (the queue makes a new group).
 */
export async function reviewMergeGroup(job: MergeGroupJob, deps: Omit<ApiSourceDeps, 'latestHead'> & Pick<PublishDeps, 'log'>): Promise<Review | undefined> {
  const where = { repo: `${job.repo.owner}/${job.repo.repo}`, mergeGroup: job.headSha };
  try {
    const deadline = Date.now() + deps.sandbox.limits.reviewBudgetMs;
    const source = new GitHubSource(deps.api, job.repo, deps.blobs);
    const changedFiles = await source.listComparedFiles(job.baseSha, job.headSha);
    const built = await reviewChange(source, subjectOf(job), changedFiles, deps, { deadline });
    const { check } = await renderReview(built, deadline);
    await completeCheckRun(deps.api, job.repo, job.checkRunId, check);
    deps.log.info({ ...where, outcome: built.review.outcome, conclusion: check.conclusion, ms: built.review.durationMs }, 'merge group reviewed');
    return built.review;
  } catch (err) {
    deps.log.error({ ...where, err }, 'merge group review failed');
    await completeCheckRun(deps.api, job.repo, job.checkRunId, crashedCheck(job.headSha, err)).catch((e: unknown) =>
      deps.log.error({ ...where, err: e }, 'could not conclude the check run'),
    );
    return undefined;
  }
}
