import deepmerge from 'deepmerge';
import type { Logger } from 'pino';
import type { ProbotOctokit } from 'probot';
import type { Metrics } from '../ops/metrics.js';
import type { SandboxProvider } from '../sandbox/types.js';
import type { BlobCache } from '../source/blobCache.js';
import type { TreeCache } from '../source/treeCache.js';
import type { GitHubApi } from '../source/github.js';
import { prKey, type Job, type StateStore } from '../jobs/types.js';
import { runExplainCommand } from './explainCommand.js';
import { buildMergeGroupReview, reviewMergeGroup } from './mergeGroup.js';
import { completeCheckRun } from './publish.js';
import type { ConfigLoader } from './reviewConfig.js';
import { buildReview, reviewPullRequest } from './reviewPullRequest.js';

/** A job that has crashed its worker this many times is concluded instead of started again. */
export const MAX_ATTEMPTS = 3;

export interface WorkerDeps {
  /** An installation's authenticated client (Probot's app.auth). */
  auth: (installationId: number) => Promise<InstanceType<typeof ProbotOctokit>>;
  sandbox: SandboxProvider;
  blobs: BlobCache;
  trees: TreeCache;
  state: StateStore;
  metrics: Metrics;
  log: Logger;
}

/** .github/dba.yml at a ref (without one, the default branch's, as Probot's context.config reads it), `_extends` followed. */
export function configLoader(octokit: InstanceType<typeof ProbotOctokit>, repo: { owner: string; repo: string }): ConfigLoader {
  return async (ref) => {
    const { config, files } = await octokit.config.get({
      ...repo,
      ...(ref ? { branch: ref } : {}),
      path: '.github/dba.yml',
      defaults: (configs) => deepmerge.all<Record<string, unknown>>([{}, ...configs]),
    });
    return files.some((f) => f.config !== null) ? config : null;
  };
}

/** Runs one job from the queue with the installation's credentials; never throws. */
export async function runJob(job: Job, attempt: number, deps: WorkerDeps): Promise<void> {
  const pr = job.kind === 'merge-group' ? undefined : job.number;
  const log = deps.log.child({ delivery: job.delivery, repo: `${job.repo.owner}/${job.repo.repo}`, pr, job: job.kind, attempt });
  const started = process.hrtime.bigint();
  deps.metrics.sandboxInUse.inc();
  try {
    const octokit = await deps.auth(job.installationId);
    octokit.hook.error('request', (err) => {
      deps.metrics.githubErrors.inc({ status: String((err as { status?: number }).status ?? 'network') });
      throw err;
    });
    const api = octokit as unknown as GitHubApi;
    const loadConfig = configLoader(octokit, job.repo);
    if (job.kind === 'review' || job.kind === 'merge-group') {
      if (attempt > MAX_ATTEMPTS) {
        await completeCheckRun(api, job.repo, job.checkRunId, {
          conclusion: 'failure',
          title: 'The review stopped the reviewer',
          summary: `Reviewing ${job.headSha.slice(0, 7)} was started ${MAX_ATTEMPTS} times and each time the reviewer stopped before finishing (it crashed or was restarted). It is not tried again: push again or re-run this check, and report it if it persists.`,
          annotations: [],
        });
        deps.metrics.reviews.inc({ outcome: 'gave-up' });
        return;
      }
      const source = { api, sandbox: deps.sandbox, blobs: deps.blobs, trees: deps.trees, loadConfig };
      let review;
      if (job.kind === 'review') {
        const latestHead = () => deps.state.latestHead(prKey(job.repo, job.number));
        const build = (deadline: number) => buildReview(job, { ...source, latestHead }, deadline);
        review = (await reviewPullRequest(job, { api, sandbox: deps.sandbox, log, latestHead, build }))?.review;
      } else {
        const build = (deadline: number) => buildMergeGroupReview(job, source, deadline);
        review = (await reviewMergeGroup(job, { api, sandbox: deps.sandbox, log, build }))?.review;
      }
      deps.metrics.reviews.inc({ outcome: review?.outcome ?? 'crashed' });
    } else {
      const react = (content: 'rocket' | 'confused') =>
        api.rest.reactions
          .createForIssueComment({ ...job.repo, comment_id: job.commentId, content })
          .catch((err: unknown) => log.error({ err }, 'could not react to the command'));
      if (attempt > MAX_ATTEMPTS) {
        await react('confused');
        return;
      }
      const ok = await runExplainCommand(job, { api, sandbox: deps.sandbox, blobs: deps.blobs, trees: deps.trees, loadConfig }).catch(async (err: unknown) => {
        log.error({ err }, '/dba explain failed');
        await api.rest.issues
          .createComment({
            ...job.repo,
            issue_number: job.number,
            body: `@${job.login} \`/dba explain\` hit an internal error and could not finish: ${(err as Error).message}`,
          })
          .catch(() => {});
        return false;
      });
      deps.metrics.commands.inc({ command: 'explain', result: ok ? 'planned' : 'failed' });
      await react(ok ? 'rocket' : 'confused');
    }
  } catch (err) {
    // Only reachable when GitHub itself cannot be reached (not even to conclude the check): the
    // queue starts the job again later, and gives it up after MAX_ATTEMPTS.
    log.error({ err }, 'job failed');
    throw err;
  } finally {
    deps.metrics.sandboxInUse.dec();
    deps.metrics.reviewSeconds.observe(Number(process.hrtime.bigint() - started) / 1e9);
  }
}
