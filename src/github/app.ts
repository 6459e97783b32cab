import PQueue from 'p-queue';
import type { ApplicationFunction, Context } from 'probot';
import type { SandboxProvider } from '../sandbox/types.js';
import { BlobCache } from '../source/blobCache.js';
import type { GitHubApi } from '../source/github.js';
import { HELP_TEXT, mayRunSql, parseCommand } from './commands.js';
import { runExplainCommand } from './explainCommand.js';
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
  const schedule = async (
    context: Context<'pull_request' | 'check_run' | 'issue_comment'>,
    pr: { number: number; title: string; body: string | null; baseSha: string; headSha: string },
    onDone?: (reviewed: boolean) => Promise<unknown>,
  ) => {
    const repo = context.repo();
    const api = context.octokit as unknown as GitHubApi;
    const checkRunId = await startCheckRun(api, repo, pr.headSha);
    void queue.add(async () => {
      const review = await reviewPullRequest({ repo, ...pr, checkRunId }, { api, sandbox: options.sandbox, blobs, loadConfig: () => context.config('dba.yml'), log: context.log });
      await onDone?.(review !== undefined);
    });
  };

  /** `/dba ...` in a pull request comment: reacted to when received and when done. */
  const command = async (context: Context<'issue_comment.created'>) => {
    const { comment, issue } = context.payload;
    // The bot's own comments quote commands; other bots do not command it.
    if (!issue.pull_request || comment.user?.type === 'Bot') return;
    const parsed = parseCommand(comment.body);
    if (!parsed) return;
    const repo = context.repo();
    const api = context.octokit as unknown as GitHubApi;
    const react = (content: 'eyes' | 'rocket' | 'confused') => api.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content });
    const reply = (body: string) => api.rest.issues.createComment({ ...repo, issue_number: issue.number, body });
    const login = comment.user?.login ?? 'there';
    await react('eyes');
    if (parsed.kind === 'help') {
      await reply(`${parsed.unknown ? `@${login} \`/dba ${parsed.unknown}\` is not a command I know.\n\n` : ''}${HELP_TEXT}`);
      await react(parsed.unknown ? 'confused' : 'rocket');
      return;
    }
    // Asked every time, never cached: permissions change, and the SQL runs in our sandbox.
    const { data: permission } = await api.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login }).catch(() => ({ data: { permission: 'none', role_name: 'none' } }));
    if (!mayRunSql(permission)) {
      await reply(`@${login} thanks for asking, but \`/dba ${parsed.kind}\` runs SQL in the review sandbox, so it is open to people with write, maintain or admin permission on ${repo.owner}/${repo.repo} (yours: ${permission.role_name}). Nothing was run; a maintainer can run it for you.`);
      await react('confused');
      return;
    }
    const loadConfig = () => context.config('dba.yml');
    // The reaction is a courtesy: failing to add it must not become an unhandled rejection.
    const done = (ok: boolean) => react(ok ? 'rocket' : 'confused').catch((err: unknown) => context.log.error({ err, pr: issue.number }, 'could not react to the command'));
    if (parsed.kind === 'review') {
      const { data: pr } = await api.rest.pulls.get({ ...repo, pull_number: issue.number });
      await schedule(context, { number: pr.number, title: pr.title, body: pr.body, baseSha: pr.base.sha, headSha: pr.head.sha }, done);
      return;
    }
    void queue.add(async () => {
      const ok = await runExplainCommand({ repo, number: issue.number, login, sql: parsed.sql, analyze: parsed.analyze }, { api, sandbox: options.sandbox, blobs, loadConfig }).catch(async (err: unknown) => {
        context.log.error({ err, pr: issue.number }, '/dba explain failed');
        await reply(`@${login} \`/dba explain\` hit an internal error and could not finish: ${(err as Error).message}`);
        return false;
      });
      await done(ok);
    });
  };

  const appFn: ApplicationFunction = (app) => {
    app.on('issue_comment.created', command);

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
