import { ANNOTATIONS_PER_CALL, truncate, type CheckRunResult } from '../render/checkRun.js';
import { ACK_ROOM, hiddenJson, parseAcks, type Ack } from '../review/acks.js';
import { RULE_IDS } from '../rules/index.js';
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

/** What the sticky comment last reported, kept in a hidden line so the next push can say what changed. */
export interface StickyState {
  head: string;
  errors: number;
  warnings: number;
  /** Rules with findings in the review of `head`: what `/dba ack` may name. */
  rules?: string[];
  /** The pull request's acknowledgements: they survive pushes and restarts in the comment itself. */
  acks?: Ack[];
}

const STATE = /<!-- pg-dba-review:state (\{.*?\}) -->/;

export interface StickyComment {
  id: number;
  body: string;
  state?: StickyState;
}

/** The state of a comment's hidden line, or undefined when it is missing or not what the bot writes (the comment can be edited by hand). */
function parseState(body: string): StickyState | undefined {
  let raw: Partial<Record<keyof StickyState, unknown>>;
  try {
    raw = JSON.parse(STATE.exec(body)?.[1] ?? 'null') ?? {};
  } catch {
    return undefined;
  }
  const { head, errors, warnings, rules, acks } = raw;
  if (typeof head !== 'string' || typeof errors !== 'number' || typeof warnings !== 'number') return undefined;
  return {
    head,
    errors,
    warnings,
    ...(Array.isArray(rules) ? { rules: rules.filter((r): r is string => typeof r === 'string') } : {}),
    acks: parseAcks(acks),
  };
}

/** The bot's comment on the pull request, found by its marker (not its author, so a renamed app still finds it). */
export async function findStickyComment(api: GitHubApi, repo: RepoRef, issueNumber: number): Promise<StickyComment | undefined> {
  const comments = await api.paginate(api.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.find((c) => c.body?.includes(STICKY_MARKER) && c.user?.type === 'Bot');
  if (!mine?.body) return undefined;
  const state = parseState(mine.body);
  return { id: mine.id, body: mine.body, ...(state ? { state } : {}) };
}

const stateLine = (state: StickyState) => `<!-- pg-dba-review:state ${hiddenJson(state)} -->`;

/** The comment body for rendered Markdown (rendered to fit STICKY_ROOM). */
export function stickyBody(markdown: string, state: StickyState): string {
  return `${STICKY_MARKER}\n${stateLine(state)}\n${markdown}`;
}

/** A comment body with its hidden state replaced and its Markdown as it is. */
export function withState(body: string, state: StickyState): string {
  return body.replace(STATE, () => stateLine(state));
}

/** Room left for the Markdown in a comment, after the hidden header at its largest: every rule with findings, and ACK_ROOM of acknowledgements. */
export const STICKY_ROOM =
  COMMENT_LIMIT - stickyBody('', { head: 'f'.repeat(40), errors: 99_999, warnings: 99_999, rules: [...RULE_IDS], acks: [] }).length - ACK_ROOM;

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
