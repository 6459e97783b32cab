import { mergeGroupNamed } from '../github/mergeGroup.js';
import type { RepoRef } from '../source/github.js';

/** What the workflow run asks to review. */
export type ActionTarget =
  | {
      kind: 'pull_request';
      repo: RepoRef;
      number: number;
      title: string;
      body: string | null;
      baseSha: string;
      headSha: string;
      /** Why the token can only read, when it can (a fork's pull request under `pull_request`). */
      readOnly?: string;
    }
  | { kind: 'merge_group'; repo: RepoRef; title: string; body: string | null; baseSha: string; headSha: string; ref: string };

/** Events the Action reviews; any other is a step that says so and passes. */
export const REVIEWED_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'];

/** The change a workflow run's event names, or why there is none to review. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a webhook payload as @actions/github reads it
export function targetOf(eventName: string, payload: Record<string, any>, repo: RepoRef): ActionTarget | { skip: string } {
  if (eventName === 'merge_group') {
    const group = payload.merge_group;
    if (!group?.base_sha || !group?.head_sha) return { skip: 'the merge_group event has no merge_group.base_sha and head_sha' };
    const ref = group.head_ref ?? group.head_sha;
    return {
      kind: 'merge_group',
      repo,
      ...mergeGroupNamed(group.head_commit?.message, ref),
      baseSha: group.base_sha,
      headSha: group.head_sha,
      ref,
    };
  }
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target')
    return { skip: `pg-dba-review reviews pull requests and merge groups (${REVIEWED_EVENTS.join(', ')}); this run is for ${eventName}` };
  const pr = payload.pull_request;
  if (!pr?.base?.sha || !pr?.head?.sha) return { skip: `the ${eventName} event has no pull_request base and head` };
  const fork = pr.head.repo?.full_name && pr.head.repo.full_name !== pr.base.repo?.full_name;
  return {
    kind: 'pull_request',
    repo,
    number: pr.number,
    title: pr.title ?? `#${pr.number}`,
    body: pr.body ?? null,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    // Under pull_request_target the token writes; under pull_request GitHub gives a fork's run a read-only one.
    ...(fork && eventName === 'pull_request'
      ? { readOnly: `this pull request comes from the fork ${pr.head.repo.full_name}, and GitHub gives workflows of forks' pull requests a read-only token` }
      : {}),
  };
}
