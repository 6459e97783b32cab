import { resolveConfig } from '../config/resolve.js';
import { explainChange } from '../explain/explainChange.js';
import type { ExplainJob } from '../jobs/types.js';
import { truncate } from '../render/checkRun.js';
import { COMMENT_LIMIT } from '../render/comment.js';
import { renderExplain } from '../render/plans.js';
import { RULE_NAMES } from '../rules/index.js';
import type { SandboxProvider } from '../sandbox/types.js';
import type { BlobCache } from '../source/blobCache.js';
import type { TreeCache } from '../source/treeCache.js';
import { GitHubSource, type GitHubApi } from '../source/github.js';

/**
 * `/dba explain`: plans the query on the pull request's head schema and its base, and replies
 * on the pull request. Returns whether a plan was produced (for the done reaction).
 */
export async function runExplainCommand(
  job: ExplainJob,
  deps: { api: GitHubApi; sandbox: SandboxProvider; blobs: BlobCache; trees: TreeCache; loadConfig: () => Promise<unknown> },
): Promise<boolean> {
  const reply = (text: string) =>
    deps.api.rest.issues.createComment({
      ...job.repo,
      issue_number: job.number,
      body: truncate(text, COMMENT_LIMIT, "\n\n…(cut to fit GitHub's comment limit)"),
    });
  const { data: pr } = await deps.api.rest.pulls.get({ ...job.repo, pull_number: job.number });
  let raw: unknown;
  try {
    raw = await deps.loadConfig();
  } catch (err) {
    await reply(`@${job.login} .github/dba.yml could not be read: ${(err as Error).message}`);
    return false;
  }
  const config = resolveConfig(raw, RULE_NAMES);
  if (!config.ok) {
    await reply(`@${job.login} nothing ran: .github/dba.yml is invalid.\n\n${config.errors.map((e) => `- ${e}`).join('\n')}`);
    return false;
  }
  const report = await explainChange({
    source: new GitHubSource(deps.api, job.repo, deps.blobs, deps.trees),
    sha: pr.head.sha,
    baseSha: pr.base.sha,
    config: config.config,
    sandbox: deps.sandbox,
    sql: job.sql,
    analyze: job.analyze,
  });
  await reply(`@${job.login}\n\n${renderExplain(report, `\`/dba explain${job.analyze ? ' analyze' : ''}\` on ${pr.head.sha.slice(0, 7)}`)}`);
  return report.head?.plan?.ok === true;
}
