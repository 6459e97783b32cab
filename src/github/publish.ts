import { ANNOTATIONS_PER_CALL, truncate, type CheckRunResult } from '../render/checkRun.js';
import type { GitHubApi, RepoRef } from '../source/github.js';

export const CHECK_NAME = 'PostgreSQL DBA Review';
/** Hidden marker that identifies the bot's one comment per pull request. */
export const STICKY_MARKER = '<!-- pg-dba-review:sticky -->';
/** GitHub rejects issue comments longer than this. */
export const COMMENT_LIMIT = 65_536;

export async function startCheckRun(api: GitHubApi, repo: RepoRef, headSha: string): Promise<number> {
  const { data } = await api.rest.checks.create({
    ...repo,
    name: CHECK_NAME,
    head_sha: headSha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
    output: { title: 'Reviewing migrations', summary: 'Replaying the base history and applying this change in a sandbox PostgreSQL.' },
  });
  return data.id;
}

/** Concludes the check; annotations go in batches of 50, GitHub's per-call maximum. */
export async function completeCheckRun(api: GitHubApi, repo: RepoRef, checkRunId: number, result: CheckRunResult): Promise<void> {
  const output = { title: result.title, summary: result.summary };
  const batches = [];
  for (let i = 0; i < result.annotations.length; i += ANNOTATIONS_PER_CALL) batches.push(result.annotations.slice(i, i + ANNOTATIONS_PER_CALL));
  const last = batches.pop() ?? [];
  for (const annotations of batches) {
    await api.rest.checks.update({ ...repo, check_run_id: checkRunId, output: { ...output, annotations } });
  }
  await api.rest.checks.update({
    ...repo,
    check_run_id: checkRunId,
    status: 'completed',
    conclusion: result.conclusion,
    completed_at: new Date().toISOString(),
    output: { ...output, ...(last.length ? { annotations: last } : {}) },
  });
}

/**
 * Edits the bot's comment in place, or creates it when `create` allows. Returns what happened.
 * The marker, not the author, identifies the comment, so a renamed app still finds its own.
 */
export async function upsertStickyComment(
  api: GitHubApi,
  repo: RepoRef,
  issueNumber: number,
  markdown: string,
  { create }: { create: boolean },
): Promise<'created' | 'updated' | 'unchanged' | 'skipped'> {
  const body = truncate(
    `${STICKY_MARKER}\n${markdown}`,
    COMMENT_LIMIT,
    `\n\n… (cut at GitHub's comment size limit: the check run "${CHECK_NAME}" has the full review)`,
  );
  const comments = await api.paginate(api.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.find((c) => c.body?.includes(STICKY_MARKER) && c.user?.type === 'Bot');
  if (mine) {
    if (mine.body === body) return 'unchanged';
    await api.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
    return 'updated';
  }
  if (!create) return 'skipped';
  await api.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return 'created';
}
