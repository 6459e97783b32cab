import PQueue from 'p-queue';
import type { ApplicationFunction, Context } from 'probot';
import type { SandboxProvider } from '../sandbox/types.js';
import { BlobCache } from '../source/blobCache.js';
import type { GitHubApi } from '../source/github.js';
import { CHECK_NAME, completeCheckRun, startCheckRun } from './publish.js';
import { reviewPullRequest } from './reviewPullRequest.js';

export interface DbaAppOptions {
  sandbox: SandboxProvider;
  /** Reviews that may run at once in this process. */
  concurrency?: number;
  blobs?: BlobCache;
}

export interface DbaApp {
  appFn: ApplicationFunction;
  /** Resolves when every queued review has finished (tests, graceful shutdown). */
  idle(): Promise<void>;
}

const REVIEWED_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review'] as const;

/**
 * The Probot app: webhooks start a check run at once and hand the review to an in-process
 * queue, so GitHub gets its answer within its 10-second limit whatever the review costs.
 */
export function createDbaApp(options: DbaAppOptions): DbaApp {
  const queue = new PQueue({ concurrency: options.concurrency ?? 2 });
  const blobs = options.blobs ?? new BlobCache();

  /** Starts the check run at once and queues the review: the webhook is answered before it runs. */
  const schedule = async (context: Context<'pull_request' | 'check_run'>, pr: { number: number; title: string; body: string | null; baseSha: string; headSha: string }) => {
    const repo = context.repo();
    const api = context.octokit as unknown as GitHubApi;
    const checkRunId = await startCheckRun(api, repo, pr.headSha);
    void queue.add(() =>
      reviewPullRequest({ repo, ...pr, checkRunId }, { api, sandbox: options.sandbox, blobs, loadConfig: () => context.config('dba.yml'), log: context.log }),
    );
  };

  const appFn: ApplicationFunction = (app) => {
    app.on(
      REVIEWED_ACTIONS.map((a) => `pull_request.${a}` as const),
      async (context: Context<'pull_request'>) => {
        const pr = context.payload.pull_request;
        await schedule(context, { number: pr.number, title: pr.title, body: pr.body, baseSha: pr.base.sha, headSha: pr.head.sha });
      },
    );

    // "Re-run" on the check in GitHub's UI: review the same head again, in a new check run.
    app.on('check_run.rerequested', async (context: Context<'check_run'>) => {
      const run = context.payload.check_run;
      if (run.name !== CHECK_NAME) return;
      const api = context.octokit as unknown as GitHubApi;
      const repo = context.repo();
      // GitHub leaves pull_requests empty for pull requests from forks: ask which PR holds the commit.
      let number = run.pull_requests[0]?.number;
      if (number === undefined) {
        const { data } = await api.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: run.head_sha });
        number = data.find((p) => p.state === 'open')?.number;
      }
      if (number === undefined) {
        await completeCheckRun(api, repo, await startCheckRun(api, repo, run.head_sha), {
          conclusion: 'neutral',
          title: 'No open pull request for this commit',
          summary: `pg-dba-review reviews pull requests; ${run.head_sha.slice(0, 7)} belongs to none that is open.`,
          annotations: [],
        });
        return;
      }
      const { data: pr } = await api.rest.pulls.get({ ...repo, pull_number: number });
      await schedule(context, { number, title: pr.title, body: pr.body, baseSha: pr.base.sha, headSha: run.head_sha });
    });
  };

  return { appFn, idle: () => queue.onIdle() };
}
