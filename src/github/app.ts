import PQueue from 'p-queue';
import type { ApplicationFunction, Context } from 'probot';
import type { SandboxProvider } from '../sandbox/types.js';
import { BlobCache } from '../source/blobCache.js';
import type { GitHubApi } from '../source/github.js';
import { startCheckRun } from './publish.js';
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

  const appFn: ApplicationFunction = (app) => {
    app.on(
      REVIEWED_ACTIONS.map((a) => `pull_request.${a}` as const),
      async (context: Context<'pull_request'>) => {
        const pr = context.payload.pull_request;
        const repo = context.repo();
        const api = context.octokit as unknown as GitHubApi;
        const checkRunId = await startCheckRun(api, repo, pr.head.sha);
        const job = { repo, number: pr.number, title: pr.title, body: pr.body, baseSha: pr.base.sha, headSha: pr.head.sha, checkRunId };
        void queue.add(() =>
          reviewPullRequest(job, {
            api,
            sandbox: options.sandbox,
            blobs,
            loadConfig: () => context.config('dba.yml'),
            log: context.log,
          }),
        );
      },
    );
  };

  return { appFn, idle: () => queue.onIdle() };
}
