import { ANNOTATIONS_PER_CALL, truncate, type CheckRunResult } from '../render/checkRun.js';
import { COMMENT_LIMIT, parseState, STICKY_MARKER, type StickyState } from '../render/comment.js';
import type { GitHubApi, RepoRef } from '../source/github.js';

export const CHECK_NAME = 'PostgreSQL DBA Review';

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

export interface StickyComment {
  id: number;
  body: string;
  state?: StickyState;
}

/** The bot's comment on the pull request, found by its marker (not its author, so a renamed app still finds it). */
export async function findStickyComment(api: GitHubApi, repo: RepoRef, issueNumber: number): Promise<StickyComment | undefined> {
  const comments = await api.paginate(api.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.find((c) => c.body?.includes(STICKY_MARKER) && c.user?.type === 'Bot');
  if (!mine?.body) return undefined;
  const state = parseState(mine.body);
  return { id: mine.id, body: mine.body, ...(state ? { state } : {}) };
}

/** Edits the bot's comment in place, or creates it when `create` allows. */
export async function upsertStickyComment(
  api: GitHubApi,
  repo: RepoRef,
  issueNumber: number,
  body: string,
  existing: StickyComment | undefined,
  { create }: { create: boolean },
): Promise<'created' | 'updated' | 'unchanged' | 'skipped'> {
  const text = truncate(body, COMMENT_LIMIT, `\n\n… (cut at GitHub's comment size limit: the check run "${CHECK_NAME}" has the full review)`);
  if (existing) {
    if (existing.body === text) return 'unchanged';
    await api.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: text });
    return 'updated';
  }
  if (!create) return 'skipped';
  await api.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: text });
  return 'created';
}
