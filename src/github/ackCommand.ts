import { CONFIG_PATH, resolveConfig } from '../config/resolve.js';
import { withState } from '../render/comment.js';
import { code } from '../render/text.js';
import { ACK_ROOM, hiddenJson, MAX_ACKS, MAX_REASON, type Ack } from '../review/acks.js';
import { RULE_IDS, RULE_NAMES } from '../rules/index.js';
import type { GitHubApi, RepoRef } from '../source/github.js';
import { mayRunSql } from './commands.js';
import { findStickyComment } from './publish.js';

/** Findings that mean part of the change never ran in the sandbox: accepting one would pass what was not reviewed. */
const NOT_ACKABLE = new Set(['migration-failed', 'syntax-error']);

export interface AckRequest {
  number: number;
  login: string;
  ruleId: string;
  reason: string;
}

export interface AckDeps {
  api: GitHubApi;
  repo: RepoRef;
  /** .github/dba.yml of the default branch, parsed (null when absent): its `ack.teams`. */
  loadConfig: () => Promise<unknown>;
}

/** The pull request to review again once an ack is recorded, or what to reply when it is not. */
export type AckOutcome =
  | { recorded: true; ack: Ack; pr: { number: number; title: string; body: string | null; baseSha: string; headSha: string } }
  | { recorded: false; reply: string; result: 'refused' | 'rejected' };

/** The teams of `ack.teams`; none when the config cannot be read or is invalid (the review reports that). */
async function ackTeams(loadConfig: () => Promise<unknown>): Promise<string[]> {
  const raw = await loadConfig().catch(() => null);
  const config = resolveConfig(raw, RULE_NAMES);
  return config.ok ? config.config.ack.teams : [];
}

/** Whether `login` may acknowledge: write access (asked every time), else an active member of a team of `ack.teams`. */
async function mayAck(deps: AckDeps, login: string): Promise<{ ok: true } | { ok: false; role: string; teams: string[] }> {
  const { api, repo } = deps;
  const { data: permission } = await api.rest.repos
    .getCollaboratorPermissionLevel({ ...repo, username: login })
    .catch(() => ({ data: { permission: 'none', role_name: 'none' } }));
  if (mayRunSql(permission)) return { ok: true };
  const teams = await ackTeams(deps.loadConfig);
  for (const team of teams) {
    // 404 for a non-member (or a user-owned repository); 403 when the app may not read the organization's members.
    const { data } = await api.rest.teams.getMembershipForUserInOrg({ org: repo.owner, team_slug: team, username: login }).catch(() => ({ data: null }));
    if (data?.state === 'active') return { ok: true };
  }
  return { ok: false, role: permission.role_name, teams };
}

/**
 * `/dba ack <rule-id> <reason>`: records the acknowledgement in the sticky comment's hidden state,
 * bound to the head it was given on; the review that follows binds it to that rule's findings.
 * Nothing is recorded unless the commenter may acknowledge and the current review has a finding of the rule.
 */
export async function recordAck(deps: AckDeps, request: AckRequest): Promise<AckOutcome> {
  const { api, repo } = deps;
  const { login, ruleId, reason } = request;
  const rejected = (text: string): AckOutcome => ({ recorded: false, reply: `@${login} ${text} Nothing was recorded.`, result: 'rejected' });
  const allowed = await mayAck(deps, login);
  if (!allowed.ok) {
    const teams = allowed.teams.length ? `, and to members of ${allowed.teams.map((t) => code(`${repo.owner}/${t}`)).join(', ')}` : '';
    return {
      recorded: false,
      reply: `@${login} thanks, but \`/dba ack\` accepts findings on the reviewers' behalf, so it is open to people with write, maintain or admin permission on ${repo.owner}/${repo.repo} (yours: ${allowed.role})${teams} (\`ack.teams\` in ${CONFIG_PATH}). Nothing was recorded; a maintainer can acknowledge it for you.`,
      result: 'refused',
    };
  }
  if (!ruleId) return rejected('`/dba ack` takes a rule id and a reason, e.g. `/dba ack create-index-non-concurrently the table holds 40 rows`.');
  const sticky = await findStickyComment(api, repo, request.number);
  const state = sticky?.state;
  const { data: pr } = await api.rest.pulls.get({ ...repo, pull_number: request.number });
  if (!sticky || !state?.rules) return rejected("there is no review of this pull request's head with findings to acknowledge yet (`/dba review` runs one).");
  if (state.head !== pr.head.sha)
    return rejected(
      `the review of the newest push (${pr.head.sha.slice(0, 7)}) has not been posted yet; acknowledge its findings once the comment shows them.`,
    );
  const withFindings = state.rules.length ? state.rules.map((r) => code(r)).join(', ') : 'none';
  if (!RULE_IDS.has(ruleId))
    return rejected(`${code(ruleId)} is not a rule id of pg-dba-review (see docs/rules/README.md). Rules with findings in this review: ${withFindings}.`);
  if (!state.rules.includes(ruleId))
    return rejected(`the review of ${state.head.slice(0, 7)} has no finding of ${code(ruleId)}. Rules with findings in it: ${withFindings}.`);
  if (NOT_ACKABLE.has(ruleId))
    return rejected(
      `${code(ruleId)} cannot be acknowledged: part of the change never ran in the sandbox, so accepting it would pass what was not reviewed. Fix the migration, or if the sandbox is what lacks something, set \`rules: { ${ruleId}: warning }\` in ${CONFIG_PATH}.`,
    );
  if (!reason)
    return rejected(`give a reason after the rule id: \`/dba ack ${ruleId} <why it is acceptable here>\`. It is shown beside the findings it accepts.`);
  if (reason.length > MAX_REASON) return rejected(`a reason is kept to ${MAX_REASON} characters (yours has ${reason.length}): shorten it.`);
  const others = (state.acks ?? []).filter((a) => a.rule !== ruleId);
  const ack: Ack = { rule: ruleId, reason, by: login, head: state.head };
  const acks: Ack[] = [...others, ack];
  const full = others.length >= MAX_ACKS || hiddenJson(acks).length > ACK_ROOM;
  if (full)
    return rejected(
      `this pull request's comment keeps at most ${MAX_ACKS} acknowledgements in ${ACK_ROOM.toLocaleString('en-US')} characters, and those it has leave no room. Set the rule's severity in ${CONFIG_PATH} (\`rules:\`), or suppress single statements with \`-- dba-ignore\`.`,
    );
  await api.rest.issues.updateComment({ ...repo, comment_id: sticky.id, body: withState(sticky.body, { ...state, acks }) });
  return {
    recorded: true,
    ack,
    pr: { number: pr.number, title: pr.title, body: pr.body, baseSha: pr.base.sha, headSha: pr.head.sha },
  };
}
