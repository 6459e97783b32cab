import type { Finding } from '../model/finding.js';
import type { GitHubApi, RepoRef } from '../source/github.js';
import type { ChangedFile } from '../source/types.js';

/** Marks the bot's suggestion comments and reviews, so a later push can replace them. */
export const SUGGESTION_MARKER = '<!-- pg-dba-review:suggestion -->';
/** GitHub takes a bounded number of comments in one review; more would be noise anyway. */
const MAX_SUGGESTIONS = 50;

/** Lines of the head version a review comment may sit on: those in the diff's hunks (all of a new file). */
export function commentableLines(file: ChangedFile): Set<number> | 'all' | undefined {
  if (file.status === 'added') return 'all';
  if (!file.patch) return undefined;
  const lines = new Set<number>();
  for (const m of file.patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let l = start; l < start + count; l++) lines.add(l);
  }
  return lines;
}

/** Findings with a fix whose lines are all in the diff, one per line range (overlaps would conflict). */
export function suggestible(findings: Finding[], files: ChangedFile[]): Finding[] {
  const taken: Finding[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const file = files.find((c) => c.path === f.file);
    const lines = file && commentableLines(file);
    if (!lines) continue;
    const { startLine, endLine } = f.fix;
    if (lines !== 'all' && ![...Array(endLine - startLine + 1).keys()].every((i) => lines.has(startLine + i))) continue;
    if (taken.some((t) => t.file === f.file && t.fix && t.fix.startLine <= endLine && startLine <= t.fix.endLine)) continue;
    taken.push(f);
  }
  return taken.slice(0, MAX_SUGGESTIONS);
}

/**
 * One review per push with a ```suggestion for each mechanical fix, committable in one click.
 * The previous push's suggestions that still sit on current lines are deleted first, so they
 * do not pile up; a push that already has its review gets no second one.
 */
export async function publishSuggestions(
  api: GitHubApi,
  repo: RepoRef,
  pr: { number: number; headSha: string },
  findings: Finding[],
  files: ChangedFile[],
): Promise<{ posted: number; removed: number } | 'already-posted'> {
  const reviews = await api.paginate(api.rest.pulls.listReviews, { ...repo, pull_number: pr.number, per_page: 100 });
  if (reviews.some((r) => r.commit_id === pr.headSha && r.body?.includes(SUGGESTION_MARKER))) return 'already-posted';
  const comments = await api.paginate(api.rest.pulls.listReviewComments, { ...repo, pull_number: pr.number, per_page: 100 });
  const stale = comments.filter((c) => c.body.includes(SUGGESTION_MARKER) && c.user?.type === 'Bot' && c.line != null);
  for (const c of stale) await api.rest.pulls.deleteReviewComment({ ...repo, comment_id: c.id });
  const chosen = suggestible(findings, files);
  if (chosen.length) {
    await api.rest.pulls.createReview({
      ...repo,
      pull_number: pr.number,
      commit_id: pr.headSha,
      event: 'COMMENT',
      body: `${SUGGESTION_MARKER}\nOne-click fixes for ${chosen.length} finding${chosen.length === 1 ? '' : 's'} of the PostgreSQL DBA review: each suggestion below can be committed from here.`,
      comments: chosen.map((f) => {
        const fix = f.fix as NonNullable<Finding['fix']>;
        return {
          path: f.file,
          line: fix.endLine,
          side: 'RIGHT' as const,
          ...(fix.startLine < fix.endLine ? { start_line: fix.startLine, start_side: 'RIGHT' as const } : {}),
          body: `${SUGGESTION_MARKER}\n**${f.ruleId}**: ${f.message}\n\n\`\`\`suggestion\n${fix.replacement}\n\`\`\``,
        };
      }),
    });
  }
  return { posted: chosen.length, removed: stale.length };
}
