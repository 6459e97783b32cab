import { createHmac, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Real payload shapes contributed to octokit/webhooks, adapted to the fixture repository.
/** A webhook payload: edited freely by the tests, as GitHub's JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payloads are JSON the tests reshape
export type Payload = Record<string, any>;

const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[];

function example(event: string, action: string): Payload {
  const found = examples.find((e) => e.name === event)?.examples.find((e) => e.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}.${action} example`);
  return structuredClone(found) as Payload;
}

export interface PullRequestFixture {
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string | null;
  baseSha: string;
  headSha: string;
  installationId: number;
}

/** What a `pull_request.edited` delivery says changed: the base branch (its previous ref and sha), the title or the body. */
export interface PullRequestChanges {
  base?: { ref: { from: string }; sha: { from: string } };
  title?: { from: string };
  body?: { from: string };
}

export function pullRequestPayload(
  action: 'opened' | 'synchronize' | 'reopened' | 'ready_for_review' | 'edited',
  pr: PullRequestFixture,
  changes: PullRequestChanges = {},
): Payload {
  // The examples have no pull_request.edited: it is an opened delivery with GitHub's `changes` (webhook-pull-request-edited).
  const payload = action === 'edited' ? { ...example('pull_request', 'opened'), action, changes } : example('pull_request', action);
  const fullName = `${pr.owner}/${pr.repo}`;
  for (const repo of [payload.repository, payload.pull_request.base.repo, payload.pull_request.head.repo]) {
    if (!repo) continue;
    repo.name = pr.repo;
    repo.full_name = fullName;
    repo.owner.login = pr.owner;
  }
  payload.number = pr.number;
  Object.assign(payload.pull_request, { number: pr.number, title: pr.title, body: pr.body, draft: false });
  // GitHub always sends auto_merge (null when off); the examples predate it.
  payload.pull_request.auto_merge ??= null;
  payload.pull_request.base.sha = pr.baseSha;
  payload.pull_request.head.sha = pr.headSha;
  if (action === 'synchronize') payload.after = pr.headSha;
  payload.installation = { id: pr.installationId, node_id: `I_${pr.installationId}` };
  return payload;
}

/** A merge_group.checks_requested delivery: the queue asks for checks on a group's head, built on its base. */
export function mergeGroupPayload(group: {
  owner: string;
  repo: string;
  /** The pull request the group was made for: its temporary branch is named after it. */
  pr: number;
  baseSha: string;
  headSha: string;
  message: string;
  installationId: number;
}): Payload {
  const payload = example('merge_group', 'checks_requested');
  payload.repository.name = group.repo;
  payload.repository.full_name = `${group.owner}/${group.repo}`;
  payload.repository.owner.login = group.owner;
  // The example's homepage is "", where GitHub sends a URL or null.
  payload.repository.homepage = null;
  Object.assign(payload.merge_group, {
    head_sha: group.headSha,
    head_ref: `refs/heads/gh-readonly-queue/main/pr-${group.pr}-${group.baseSha}`,
    base_sha: group.baseSha,
    base_ref: 'refs/heads/main',
  });
  Object.assign(payload.merge_group.head_commit, { id: group.headSha, message: group.message });
  payload.installation = { id: group.installationId, node_id: `I_${group.installationId}` };
  return payload;
}

/** Signs a body the way GitHub does: X-Hub-Signature-256 = sha256=HMAC-SHA256(secret, body). */
export function sign(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Posts a webhook as GitHub does; the same `delivery` id again is a redelivery. */
export async function deliver(url: string, event: string, payload: unknown, secret: string | null, delivery: string = randomUUID()): Promise<Response> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': event,
    'x-github-delivery': delivery,
    'user-agent': 'GitHub-Hookshot/fake',
  };
  if (secret !== null) headers['x-hub-signature-256'] = sign(secret, body);
  return fetch(url, { method: 'POST', headers, body });
}

/** A check_run.rerequested delivery for a check run of the fixture repository. */
export function checkRunRerequestedPayload(
  run: { id: number; name: string; headSha: string; pullNumber?: number },
  repo: { owner: string; repo: string; installationId: number },
): Payload {
  const payload = example('check_run', 'rerequested');
  payload.repository.name = repo.repo;
  payload.repository.full_name = `${repo.owner}/${repo.repo}`;
  payload.repository.owner.login = repo.owner;
  Object.assign(payload.check_run, { id: run.id, name: run.name, head_sha: run.headSha });
  payload.check_run.pull_requests =
    run.pullNumber === undefined
      ? []
      : [
          {
            url: `https://api.github.com/repos/${repo.owner}/${repo.repo}/pulls/${run.pullNumber}`,
            id: run.pullNumber,
            number: run.pullNumber,
            head: { ref: 'head', sha: run.headSha, repo: { id: 1, url: 'https://api.github.com/repos/x/y', name: repo.repo } },
            base: { ref: 'main', sha: run.headSha, repo: { id: 1, url: 'https://api.github.com/repos/x/y', name: repo.repo } },
          },
        ];
  payload.installation = { id: repo.installationId, node_id: `I_${repo.installationId}` };
  return payload;
}

/** An issue_comment.created delivery: `login` comments `body` on pull request `number`. */
export function issueCommentPayload(
  comment: { id: number; body: string; login: string; type?: 'User' | 'Bot' },
  pr: { owner: string; repo: string; number: number; installationId: number },
): Payload {
  const payload = example('issue_comment', 'created');
  payload.repository.name = pr.repo;
  payload.repository.full_name = `${pr.owner}/${pr.repo}`;
  payload.repository.owner.login = pr.owner;
  const api = `https://api.github.com/repos/${pr.owner}/${pr.repo}`;
  payload.issue.number = pr.number;
  // Present exactly when the issue is a pull request.
  payload.issue.pull_request = {
    url: `${api}/pulls/${pr.number}`,
    html_url: `https://github.com/${pr.owner}/${pr.repo}/pull/${pr.number}`,
    diff_url: `https://github.com/${pr.owner}/${pr.repo}/pull/${pr.number}.diff`,
    patch_url: `https://github.com/${pr.owner}/${pr.repo}/pull/${pr.number}.patch`,
    merged_at: null,
  };
  Object.assign(payload.comment, { id: comment.id, body: comment.body });
  for (const u of [payload.comment.user, payload.sender]) Object.assign(u, { login: comment.login, type: comment.type ?? 'User' });
  payload.installation = { id: pr.installationId, node_id: `I_${pr.installationId}` };
  return payload;
}
