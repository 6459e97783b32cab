import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reviewLocalChange } from '../cli/localReview.js';
import { reviewMergeGroup } from '../github/mergeGroup.js';
import { CHECK_NAME, startCheckRun } from '../github/publish.js';
import { renderReview } from '../github/reviewChange.js';
import { reviewPullRequest, type PublishDeps, type PublishedReview } from '../github/reviewPullRequest.js';
import { renderJson } from '../render/json.js';
import { counts } from '../render/verdict.js';
import type { Review } from '../review/types.js';
import { sandboxFromEnv } from '../sandbox/fromEnv.js';
import type { SandboxProvider } from '../sandbox/types.js';
import type { GitHubApi } from '../source/github.js';
import { ensureCommits } from './checkout.js';
import { targetOf, type ActionTarget } from './event.js';
import { overrides, readInputs, type ActionInputs } from './inputs.js';
import { annotate } from './readOnly.js';

/** What the step reports as outputs, and whether it failed. */
export interface ActionOutcome {
  conclusion: 'success' | 'neutral' | 'failure' | 'skipped';
  title: string;
  review?: Review;
}

const log: PublishDeps['log'] = {
  info: (_obj, msg) => core.info(msg),
  error: (obj, msg) => core.warning(`${msg}${(obj as { err?: Error }).err ? `: ${(obj as { err: Error }).err.message}` : ''}`),
};

function api(token: string): GitHubApi {
  const octokit = getOctokit(
    token,
    {
      // GitHub asks integrations to space writes; a secondary limit is waited out once, then reported.
      throttle: {
        onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 2,
        onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 1,
      },
    },
    retry,
    throttling,
  );
  return octokit as unknown as GitHubApi;
}

/** True when GitHub refused a write for want of permission: the token reads only. */
function forbidden(err: unknown): boolean {
  const status = (err as { status?: number }).status;
  return status === 403 || status === 404;
}

interface Run {
  inputs: ActionInputs;
  target: ActionTarget;
  workspace: string;
  sandbox: SandboxProvider;
}

/** The review of the target from the workflow's checkout, done by `deadline`. */
function build(run: Run, deadline: number) {
  const { target, inputs } = run;
  return reviewLocalChange({
    repo: run.workspace,
    base: target.baseSha,
    head: target.headSha,
    sandbox: run.sandbox,
    configPath: inputs.configPath,
    override: overrides(inputs),
    deadline,
    subject: { title: target.title, ...(target.body ? { body: target.body } : {}), ...(target.kind === 'pull_request' ? { number: target.number } : {}) },
    // GitHub Enterprise Server: file links go to the server the workflow runs on.
    link: { repository: `${target.repo.owner}/${target.repo.repo}`, serverUrl: context.serverUrl },
  });
}

/** A token that cannot write: the job summary and workflow-command annotations carry what the comment and check would. */
async function publishReadOnly(run: Run, why: string): Promise<ActionOutcome> {
  const deadline = Date.now() + run.sandbox.limits.reviewBudgetMs;
  const built = await build(run, deadline);
  const { markdown, check } = await renderReview(built, deadline);
  annotate(check.annotations);
  await core.summary
    .addRaw(`> No comment or check run was posted: ${why}. The review is here and in the run's annotations.\n\n${markdown ?? check.summary}`)
    .write();
  return { conclusion: check.conclusion, title: check.title, review: built.review };
}

/** What the app's publishing returned, as the step's outcome, with the review in the job summary. */
async function outcomeOf(done: PublishedReview | undefined): Promise<ActionOutcome> {
  if (!done?.rendered)
    return { conclusion: 'failure', title: `The review did not complete: the check run "${CHECK_NAME}" says why`, ...(done ? { review: done.review } : {}) };
  await core.summary.addRaw(done.rendered.markdown ?? done.rendered.check.summary).write();
  return { conclusion: done.rendered.check.conclusion, title: done.rendered.check.title, review: done.review };
}

/** A pull request with a token that writes: the app's sticky comment, check run and suggestions. */
async function publishPullRequest(run: Run & { target: Extract<ActionTarget, { kind: 'pull_request' }> }, github: GitHubApi): Promise<ActionOutcome> {
  const { target } = run;
  let checkRunId: number;
  try {
    checkRunId = await startCheckRun(github, target.repo, target.headSha);
  } catch (err) {
    if (!forbidden(err)) throw err;
    return publishReadOnly(
      run,
      `the token may not create check runs (${(err as Error).message}); give the job \`permissions: checks: write, pull-requests: write\``,
    );
  }
  const job = {
    repo: target.repo,
    number: target.number,
    title: target.title,
    body: target.body,
    baseSha: target.baseSha,
    headSha: target.headSha,
    checkRunId,
  };
  return outcomeOf(
    await reviewPullRequest(job, { api: github, sandbox: run.sandbox, log, build: (deadline) => build(run, deadline), suggestions: run.inputs.suggestions }),
  );
}

/** A merge queue's group: the required check on its head (with the queued pull requests' acks), and no comment. */
async function publishMergeGroup(run: Run & { target: Extract<ActionTarget, { kind: 'merge_group' }> }, github: GitHubApi): Promise<ActionOutcome> {
  const { target } = run;
  const checkRunId = await startCheckRun(github, target.repo, target.headSha);
  const job = {
    repo: target.repo,
    title: target.title,
    body: target.body,
    baseSha: target.baseSha,
    headSha: target.headSha,
    headRef: target.ref,
    checkRunId,
  };
  return outcomeOf(await reviewMergeGroup(job, { api: github, sandbox: run.sandbox, log, build: (deadline) => build(run, deadline) }));
}

/** The Action: reviews the workflow run's pull request or merge group and publishes the result. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<ActionOutcome> {
  const target = targetOf(context.eventName, context.payload, context.repo);
  if ('skip' in target) return { conclusion: 'skipped', title: `Nothing reviewed: ${target.skip}.` };
  const inputs = readInputs();
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const fetched = await ensureCommits(
    workspace,
    target.baseSha,
    target.headSha,
    target.kind === 'pull_request' ? `refs/pull/${target.number}/head` : undefined,
  );
  if (fetched.length)
    core.info(`fetched ${fetched.join(', ')} from origin (the checkout did not have them; \`fetch-depth: 0\` on actions/checkout saves this)`);
  const sandbox = sandboxFromEnv(inputs.databaseUrl ? { ...env, SANDBOX_URL: inputs.databaseUrl, SANDBOX_PROVIDER: 'url' } : env);
  try {
    const run: Run = { inputs, target, workspace, sandbox };
    if (target.kind === 'merge_group') return await publishMergeGroup({ ...run, target }, api(inputs.token));
    if (target.readOnly) return await publishReadOnly(run, target.readOnly);
    return await publishPullRequest({ ...run, target }, api(inputs.token));
  } finally {
    await sandbox.close();
  }
}

/** The step's outputs: conclusion, counts, and the review as JSON in a file. */
export async function setOutputs(outcome: ActionOutcome, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  core.setOutput('conclusion', outcome.conclusion);
  if (!outcome.review) return;
  const c = counts(outcome.review.findings);
  core.setOutput('errors', c.error);
  core.setOutput('warnings', c.warning);
  core.setOutput('notices', c.info);
  const file = join(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), `pg-dba-review-${outcome.review.subject.headSha.slice(0, 12)}.json`);
  await writeFile(file, `${renderJson(outcome.review)}\n`);
  core.setOutput('json', file);
}
