// What reviewing a change on GitHub takes, whatever asked for it (a pull request, a merge group): its config, the review, its rendering.
import { CONFIG_PATH } from '../config/resolve.js';
import { runTask, TaskLimitError } from '../isolate/pool.js';
import type { PullRequestJob } from '../jobs/types.js';
import { CHECK_TEXT_LIMIT, type Annotation, type CheckRunResult } from '../render/checkRun.js';
import { STICKY_ROOM } from '../render/comment.js';
import type { Published, PublishTask } from '../render/publishable.js';
import { plural } from '../render/text.js';
import { counts } from '../render/verdict.js';
import { configErrorReview, runReview } from '../review/run.js';
import type { Review, ReviewSubject } from '../review/types.js';
import { REPORT_GRACE_MS } from '../sandbox/guard.js';
import type { SandboxProvider } from '../sandbox/types.js';
import type { GitHubSource } from '../source/github.js';
import type { ChangedFile } from '../source/types.js';
import { configForChange, type ConfigLoader } from './reviewConfig.js';

/** A review, and when the config was invalid, its errors as annotations of .github/dba.yml. */
export interface ChangeReview {
  review: Review;
  invalidConfig?: Annotation[];
}

/** What a job reviews: a pull request (with its number) or a merge group (without). */
export function subjectOf(job: Omit<PullRequestJob, 'number'> & { number?: number }): ReviewSubject {
  return {
    title: job.title,
    ...(job.body ? { body: job.body } : {}),
    ...(job.number !== undefined ? { number: job.number } : {}),
    repository: `${job.repo.owner}/${job.repo.repo}`,
    ...(job.serverUrl ? { serverUrl: job.serverUrl } : {}),
    baseSha: job.baseSha,
    headSha: job.headSha,
  };
}

/** The sandbox server died or dropped the review's sessions (killed, restarted, out of memory). */
function sandboxLost(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03'].includes(e.code ?? '') || /Connection terminated|terminating connection/.test(e.message ?? '')
  );
}

/** Reviews a change's head against its base with the config it is judged by (configForChange). */
export async function reviewChange(
  source: GitHubSource,
  subject: ReviewSubject,
  changedFiles: ChangedFile[],
  deps: { sandbox: SandboxProvider; loadConfig: ConfigLoader },
  { deadline, superseded }: { deadline: number; superseded?: () => Promise<boolean> },
): Promise<ChangeReview> {
  const config = await configForChange(deps.loadConfig, source, subject.headSha, changedFiles);
  if (!config.ok) return { review: configErrorReview(subject, config.errors), invalidConfig: config.annotations };
  const review = await runReview({
    source,
    subject,
    changedFiles,
    config: config.config,
    sandbox: deps.sandbox,
    ...(superseded ? { superseded } : {}),
    deadline,
  });
  review.notes.push(...config.notes);
  return { review };
}

/** The check run of a review whose rendering was stopped: its counts and rule ids, with nothing of the change's text. */
function unrendered(review: Review): CheckRunResult {
  const bySeverity = counts(review.findings);
  const rules = [...new Set(review.findings.map((f) => f.ruleId))].sort();
  return {
    conclusion: 'failure',
    title: 'The review could not be rendered',
    summary:
      `The review of ${review.subject.headSha.slice(0, 7)} ran (${review.outcome}: ${bySeverity.error} errors, ${bySeverity.warning} warnings, ${bySeverity.info} notes), ` +
      `but writing it up did not finish within ${REPORT_GRACE_MS / 1000} s and was stopped. Something in this change (a very large file, or a statement or name the renderer handles badly) makes it unusually expensive: split the change, or report it if the change is ordinary.` +
      (rules.length ? `\n\nRules with findings: ${rules.join(', ')}.` : ''),
    annotations: [],
  };
}

/**
 * The comment's Markdown and the check run, rendered in a worker thread within the time left (and
 * at least REPORT_GRACE_MS); past it, a check run without them. An invalid config names itself in
 * the check's title, with its errors on their lines.
 */
export async function renderReview({ review, invalidConfig }: ChangeReview, deadline: number): Promise<{ markdown?: string; check: CheckRunResult }> {
  const task: PublishTask = { review, commentRoom: STICKY_ROOM, checkRoom: CHECK_TEXT_LIMIT };
  const rendered = await runTask<PublishTask, Published>('publishable', task, Math.max(deadline, Date.now()) + REPORT_GRACE_MS).catch((err: unknown) => {
    if (err instanceof TaskLimitError) return undefined;
    throw err;
  });
  if (!rendered) return { check: unrendered(review) };
  if (!invalidConfig) return rendered;
  return {
    markdown: rendered.markdown,
    check: { ...rendered.check, title: `Invalid ${CONFIG_PATH}: ${plural(review.problems.length, 'error')}`, annotations: invalidConfig },
  };
}

/** The check run of a review that crashed: a required check must never hang, so it fails, saying why. */
export function crashedCheck(headSha: string, err: unknown): CheckRunResult {
  return {
    conclusion: 'failure',
    title: 'The review did not complete',
    summary: sandboxLost(err)
      ? `The sandbox PostgreSQL server went away while ${headSha.slice(0, 7)} was in review (${(err as Error).message}), so the review could not finish. The next review starts a new server: re-run this check or push again.`
      : `pg-dba-review hit an internal error while reviewing ${headSha.slice(0, 7)} and could not finish: ${(err as Error).message}\n\nPush again or re-run this check; if it persists, report it with this message.`,
    annotations: [],
  };
}
