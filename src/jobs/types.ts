import type { Ack } from '../review/acks.js';
import type { RepoRef } from '../source/github.js';

/** A review of a pull request's head. */
export interface PullRequestJob {
  repo: RepoRef;
  number: number;
  title: string;
  body: string | null;
  baseSha: string;
  headSha: string;
  checkRunId: number;
  /** The origin of the repository's web pages (the payload's repository.html_url): https://github.com, or a GitHub Enterprise Server's (absent: queued before it was recorded, github.com). */
  serverUrl?: string;
  /** An ack `/dba ack` just recorded, carried to the review it asked for: a review writing the comment meanwhile can drop the comment's copy. */
  acks?: Ack[];
}

/** A merge queue's group: its head reviewed against its base for the required check; there is no pull request to comment on. */
export interface MergeGroupJob extends Omit<PullRequestJob, 'number'> {
  /** The group's temporary branch, `refs/heads/gh-readonly-queue/<base>/pr-<number>-<sha>`, beside those of the rest of the queue. */
  headRef: string;
}

/** `/dba explain` asked in a comment. */
export interface ExplainJob {
  repo: RepoRef;
  number: number;
  /** Who asked, for the reply. */
  login: string;
  sql: string;
  analyze: boolean;
}

/** What every job carries: the installation to act as, and the delivery that asked, for the logs. */
interface Queued {
  installationId: number;
  delivery: string;
}

/** Work the webhook handlers hand over, serialisable so a durable queue can hold it. */
export type Job =
  | (PullRequestJob & Queued & { kind: 'review' })
  | (MergeGroupJob & Queued & { kind: 'merge-group' })
  | (ExplainJob & Queued & { kind: 'explain'; commentId: number });

/** Where jobs wait: in this process (default) or in PostgreSQL, shared by replicas (pg-boss). */
export interface JobQueue {
  readonly name: string;
  /**
   * Starts handing jobs to `handler`; jobs left from before a restart are handed over too, with
   * `attempt` counting how many times the job was started (a job that crashes its worker comes back).
   */
  start(handler: JobHandler): Promise<void>;
  enqueue(job: Job): Promise<void>;
  /** Jobs waiting or running. */
  depth(): Promise<number>;
  /** Resolves when no job waits or runs (tests, graceful shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export type JobHandler = (job: Job, attempt: number) => Promise<void>;

/** What replicas must agree on: deliveries already handled and each PR's newest head. */
export interface StateStore {
  /** True the first time a webhook delivery id is seen: GitHub redelivers, we do not redo. */
  firstDelivery(id: string): Promise<boolean>;
  setHead(pr: string, sha: string): Promise<void>;
  latestHead(pr: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/** A job's identity: the same review or command asked twice is the same job. */
export function jobKey(job: Job): string {
  if (job.kind === 'merge-group') return `merge-group:${job.repo.owner}/${job.repo.repo}@${job.headSha}:${job.checkRunId}`;
  const pr = `${job.repo.owner}/${job.repo.repo}#${job.number}`;
  return job.kind === 'review' ? `review:${pr}@${job.headSha}:${job.checkRunId}` : `explain:${pr}:${job.commentId}`;
}

export const prKey = (repo: RepoRef, number: number) => `${repo.owner}/${repo.repo}#${number}`;
