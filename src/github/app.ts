import type { ApplicationFunction, Context, Probot } from 'probot';
import { InProcessQueue, MemoryState } from '../jobs/memory.js';
import { prKey, type Job, type JobQueue, type StateStore } from '../jobs/types.js';
import { Metrics } from '../ops/metrics.js';
import { opsHandler } from '../ops/http.js';
import type { Ack } from '../review/acks.js';
import type { SandboxProvider } from '../sandbox/types.js';
import { DEFAULT_CONCURRENCY } from '../sandbox/server.js';
import { BlobCache } from '../source/blobCache.js';
import { TreeCache } from '../source/treeCache.js';
import type { GitHubApi } from '../source/github.js';
import { recordAck } from './ackCommand.js';
import { HELP_TEXT, mayRunSql, parseCommand } from './commands.js';
import { mergeGroupNamed, queuedFor } from './mergeGroup.js';
import { CHECK_NAME, completeCheckRun, startCheckRun } from './publish.js';
import { configLoader, runJob } from './worker.js';

export interface DbaAppOptions {
  sandbox: SandboxProvider;
  /** Reviews that may run at once in this process (in-process queue). */
  concurrency?: number;
  /** Where jobs wait: default in this process; a PgBossQueue to share work between replicas. */
  queue?: JobQueue;
  /** Deliveries seen and newest heads: default in memory; PostgresState for replicas. */
  state?: StateStore;
  blobs?: BlobCache;
  trees?: TreeCache;
  metrics?: Metrics;
}

export interface DbaApp {
  appFn: ApplicationFunction;
  /** Resolves when every queued job has finished (tests, graceful shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
  metrics: Metrics;
}

const REVIEWED_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review'] as const;

type PullRequestContext = Context<'pull_request' | 'check_run' | 'issue_comment'>;
type AnyContext = PullRequestContext | Context<'merge_group'>;

/**
 * The Probot app. A webhook is answered at once: a redelivery (same delivery id) is ignored, a
 * review gets its check run in progress, and the work goes to a queue whose worker runs it with
 * the installation's credentials, so GitHub gets its answer within its 10-second limit.
 */
export function createDbaApp(options: DbaAppOptions): DbaApp {
  const queue = options.queue ?? new InProcessQueue({ concurrency: options.concurrency ?? DEFAULT_CONCURRENCY });
  const state = options.state ?? new MemoryState();
  const blobs = options.blobs ?? new BlobCache();
  const trees = options.trees ?? new TreeCache();
  const metrics = options.metrics ?? new Metrics();
  let started: Promise<void> | undefined;

  /** False for a delivery already handled: GitHub redelivers, and a redelivery must not run twice. */
  const fresh = async (context: AnyContext): Promise<boolean> => {
    const first = await state.firstDelivery(context.id);
    metrics.deliveries.inc({ event: context.name, result: first ? 'new' : 'redelivery' });
    if (!first) context.log.info({ delivery: context.id }, 'redelivery ignored');
    return first;
  };

  const enqueue = async (job: Job) => {
    await queue.enqueue(job);
    metrics.queueDepth.set(await queue.depth());
  };

  /** Starts the check run at once and queues the review; the newest head of the PR is recorded. */
  const scheduleReview = async (
    context: PullRequestContext,
    pr: { number: number; title: string; body: string | null; baseSha: string; headSha: string; acks?: Ack[] },
    newest: boolean,
  ) => {
    const repo = context.repo();
    if (newest) await state.setHead(prKey(repo, pr.number), pr.headSha);
    const checkRunId = await startCheckRun(context.octokit as unknown as GitHubApi, repo, pr.headSha);
    await enqueue({ kind: 'review', installationId: installationOf(context), repo, ...pr, checkRunId, ...serverOf(context), delivery: context.id });
  };

  /** Starts a merge group's check run on its head and queues its review (check run only: a group has no pull request). */
  const scheduleMergeGroup = async (
    context: Context<'merge_group.checks_requested' | 'check_run'>,
    group: { title: string; body: string | null; baseSha: string; headSha: string; headRef: string },
  ) => {
    const repo = context.repo();
    const checkRunId = await startCheckRun(context.octokit as unknown as GitHubApi, repo, group.headSha);
    await enqueue({
      kind: 'merge-group',
      installationId: installationOf(context as AnyContext),
      repo,
      ...group,
      checkRunId,
      ...serverOf(context),
      delivery: context.id,
    });
  };

  const appFn: ApplicationFunction = async (app: Probot, { addHandler }) => {
    addHandler(
      opsHandler(metrics, async () => {
        await started;
        return null;
      }),
    );
    started = (async () => {
      // Once, before this process takes jobs: what a process that died left (its review servers and
      // their folders, databases and roles on a shared server). Not ready until then.
      await options.sandbox
        .cleanup?.()
        .then((leftovers) => leftovers.length && app.log.info({ leftovers }, 'removed what an earlier process left in the sandbox'))
        .catch((err: unknown) => app.log.warn({ err }, 'could not clean up the sandbox'));
      await queue.start(async (job, attempt) => {
        metrics.queueDepth.set(await queue.depth());
        await runJob(job, attempt, { auth: (id) => app.auth(id), sandbox: options.sandbox, blobs, trees, state, metrics, log: app.log });
      });
    })();
    await started;

    app.on([...REVIEWED_ACTIONS.map((a) => `pull_request.${a}` as const), 'pull_request.edited'], async (context: Context<'pull_request'>) => {
      // A new base branch is a new comparison; a new title or body changes nothing the review ran.
      if (context.payload.action === 'edited' && !context.payload.changes.base) return;
      if (!(await fresh(context))) return;
      const pr = context.payload.pull_request;
      await scheduleReview(context, { number: pr.number, title: pr.title, body: pr.body, baseSha: pr.base.sha, headSha: pr.head.sha }, true);
    });

    // "Re-run" on the check in GitHub's UI: review the same head again, in a new check run.
    app.on('check_run.rerequested', async (context: Context<'check_run'>) => {
      const run = context.payload.check_run;
      if (run.name !== CHECK_NAME || !(await fresh(context))) return;
      const api = context.octokit as unknown as GitHubApi;
      const repo = context.repo();
      // GitHub leaves pull_requests empty for pull requests from forks: ask which PR holds the commit.
      let number = run.pull_requests[0]?.number;
      if (number === undefined) {
        const { data } = await api.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: run.head_sha });
        number = data.find((p) => p.state === 'open')?.number;
      }
      if (number === undefined) {
        // A merge queue's group: re-reviewed as a group. Concluding it neutral would pass a required check unreviewed.
        const queuedBase = queuedFor(run.check_suite?.head_branch ?? '');
        if (queuedBase) {
          // The group's base is where its branch leaves the base branch: everything not merged yet is reviewed.
          const { data } = await api.rest.repos.compareCommits({ ...repo, base: queuedBase, head: run.head_sha });
          await scheduleMergeGroup(context, {
            ...mergeGroupNamed(data.commits.at(-1)?.commit.message, run.check_suite?.head_branch ?? run.head_sha),
            baseSha: data.merge_base_commit.sha,
            headSha: run.head_sha,
            headRef: `refs/heads/${run.check_suite?.head_branch}`,
          });
          return;
        }
        await completeCheckRun(api, repo, await startCheckRun(api, repo, run.head_sha), {
          conclusion: 'neutral',
          title: 'No open pull request for this commit',
          summary: `pg-dba-review reviews pull requests; ${run.head_sha.slice(0, 7)} belongs to none that is open.`,
          annotations: [],
        });
        return;
      }
      const { data: pr } = await api.rest.pulls.get({ ...repo, pull_number: number });
      // Re-running an older head's check does not make it the newest: the worker supersedes it.
      await scheduleReview(context, { number, title: pr.title, body: pr.body, baseSha: pr.base.sha, headSha: run.head_sha }, false);
    });

    // A merge queue waits for its required checks on the group's head: reviewed against the group's base, check run only.
    app.on('merge_group.checks_requested', async (context: Context<'merge_group.checks_requested'>) => {
      if (!(await fresh(context))) return;
      const group = context.payload.merge_group;
      await scheduleMergeGroup(context, {
        ...mergeGroupNamed(group.head_commit.message, group.head_ref),
        baseSha: group.base_sha,
        headSha: group.head_sha,
        headRef: group.head_ref,
      });
    });

    app.on('issue_comment.created', (context: Context<'issue_comment.created'>) => command(context));
  };

  /** `/dba ...` in a pull request comment: reacted to when received and when done. */
  const command = async (context: Context<'issue_comment.created'>) => {
    const { comment, issue } = context.payload;
    // The bot's own comments quote commands; other bots do not command it.
    if (!issue.pull_request || comment.user?.type === 'Bot') return;
    const parsed = parseCommand(comment.body);
    if (!parsed || !(await fresh(context))) return;
    const repo = context.repo();
    const api = context.octokit as unknown as GitHubApi;
    const react = (content: 'eyes' | 'rocket' | 'confused') => api.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content });
    const reply = (body: string) => api.rest.issues.createComment({ ...repo, issue_number: issue.number, body });
    const login = comment.user?.login ?? 'there';
    await react('eyes');
    if (parsed.kind === 'help') {
      await reply(`${parsed.unknown ? `@${login} \`/dba ${parsed.unknown}\` is not a command I know.\n\n` : ''}${HELP_TEXT}`);
      await react(parsed.unknown ? 'confused' : 'rocket');
      metrics.commands.inc({ command: 'help', result: parsed.unknown ? 'unknown' : 'answered' });
      return;
    }
    if (parsed.kind === 'ack') {
      const outcome = await recordAck(
        { api, repo, loadConfig: configLoader(context.octokit, repo) },
        { number: issue.number, login, ruleId: parsed.ruleId, reason: parsed.reason },
      );
      if (outcome.recorded) await scheduleReview(context, { ...outcome.pr, acks: [outcome.ack] }, true);
      else await reply(outcome.reply);
      await react(outcome.recorded ? 'rocket' : 'confused');
      metrics.commands.inc({ command: 'ack', result: outcome.recorded ? 'recorded' : outcome.result });
      return;
    }
    // Asked every time, never cached: permissions change, and the SQL runs in our sandbox.
    const { data: permission } = await api.rest.repos
      .getCollaboratorPermissionLevel({ ...repo, username: login })
      .catch(() => ({ data: { permission: 'none', role_name: 'none' } }));
    if (!mayRunSql(permission)) {
      await reply(
        `@${login} thanks for asking, but \`/dba ${parsed.kind}\` runs SQL in the review sandbox, so it is open to people with write, maintain or admin permission on ${repo.owner}/${repo.repo} (yours: ${permission.role_name}). Nothing was run; a maintainer can run it for you.`,
      );
      await react('confused');
      metrics.commands.inc({ command: parsed.kind, result: 'refused' });
      return;
    }
    if (parsed.kind === 'review') {
      const { data: pr } = await api.rest.pulls.get({ ...repo, pull_number: issue.number });
      await scheduleReview(context, { number: pr.number, title: pr.title, body: pr.body, baseSha: pr.base.sha, headSha: pr.head.sha }, true);
      await react('rocket');
      metrics.commands.inc({ command: 'review', result: 'queued' });
      return;
    }
    await enqueue({
      kind: 'explain',
      installationId: installationOf(context),
      repo,
      number: issue.number,
      login,
      sql: parsed.sql,
      analyze: parsed.analyze,
      commentId: comment.id,
      delivery: context.id,
    });
  };

  return {
    appFn,
    metrics,
    idle: () => queue.idle(),
    close: async () => {
      await queue.close();
      await state.close();
    },
  };
}

function installationOf(context: AnyContext): number {
  const id = (context.payload as { installation?: { id: number } }).installation?.id;
  if (id === undefined) throw new Error('the webhook has no installation: pg-dba-review runs as a GitHub App installation');
  return id;
}

/** Where the repository's pages are (github.com, or a GitHub Enterprise Server), for the review's links. */
function serverOf(context: { payload: { repository?: { html_url: string } } }): { serverUrl?: string } {
  return context.payload.repository ? { serverUrl: new URL(context.payload.repository.html_url).origin } : {};
}
