import { changeFacts } from '../review/facts.js';
import type { Review } from '../review/types.js';
import { acknowledgedList } from './acknowledged.js';
import { capped, FULL, type Budget } from './budget.js';
import { performance } from './performance.js';
import { backupAndHa, excludedLine, indexingStrategy, objective, proposedSchemaChanges, questions, security } from './sections.js';
import { cell, code, fileLink, ms, plural, row, SEVERITY_ORDER } from './text.js';
import { conclusionOf, counts, verdictTitle } from './verdict.js';

const ICON = { success: '✅', neutral: '⚠️', failure: '❌' } as const;
const SEVERITY_ICON = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' } as const;

/** For a failed run: which files took effect and which did not. */
function applyState(review: Review): string[] {
  if (review.outcome !== 'migration-failed') return [];
  const by = (status: string) => review.files.filter((f) => f.status === status).map((f) => code(f.path));
  const failed = review.files.find((f) => f.status === 'failed');
  const lines = [];
  const applied = by('applied');
  lines.push(applied.length ? `Applied before the failure: ${applied.join(', ')}.` : 'Nothing was applied before the failure.');
  if (failed)
    lines.push(
      `${code(failed.path)} ${failed.transactional ? 'was rolled back as a whole (it runs in one transaction)' : 'is partly applied: it does not run in one transaction'}.`,
    );
  const notRun = by('not-run');
  if (notRun.length) lines.push(`Not run, since they come after it: ${notRun.join(', ')}.`);
  return lines;
}

/** How this push compares with the one the comment reported before. */
function supersedes(review: Review): string[] {
  const p = review.previous;
  if (!p) return [];
  const words = (errors: number, warnings: number) =>
    [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(' and ');
  const now = counts(review.findings);
  const resolved = (p.errors || p.warnings) && !now.error && !now.warning ? ': all resolved' : '';
  const was = words(p.errors, p.warnings) || 'no findings';
  return [
    `Updated for ${code(review.subject.headSha.slice(0, 7))}. The review of ${code(p.head.slice(0, 7))} had ${was}; this push has ${words(now.error, now.warning) || 'none'}${resolved}.`,
  ];
}

function verdict(review: Review): string {
  const lines = [
    `**${ICON[conclusionOf(review)]} ${verdictTitle(review)}**`,
    ...supersedes(review).map((l) => `- ${l}`),
    ...applyState(review).map((l) => `- ${l}`),
  ];
  for (const p of review.problems) lines.push(`- ${p}`);
  for (const n of review.notes) lines.push(`- Note: ${n}`);
  return lines.join('\n');
}

function findingsTable(review: Review, budget: Budget): string {
  if (!review.findings.length) return '';
  const sorted = [...review.findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.file.localeCompare(b.file) || a.line - b.line,
  );
  return [
    '| Severity | Rule | Where | Finding |',
    '| --- | --- | --- | --- |',
    ...capped(
      sorted.map((f) => row([SEVERITY_ICON[f.severity], code(f.ruleId), fileLink(review, f.file, f.line), cell(f.message)])),
      budget.rows,
      "the check run's annotations list them all",
    ),
  ].join('\n');
}

function suppressedSection(review: Review): string {
  if (!review.suppressed.length) return '';
  return [
    `<details><summary>${review.suppressed.length} finding${review.suppressed.length === 1 ? '' : 's'} suppressed with <code>-- dba-ignore</code></summary>`,
    '',
    '| Rule | Where | Reason given |',
    '| --- | --- | --- |',
    ...review.suppressed.map((s) => row([code(s.finding.ruleId), fileLink(review, s.finding.file, s.finding.line), cell(s.reason)])),
    '',
    '</details>',
  ].join('\n');
}

function footer(review: Review): string {
  const parts = ['pg-dba-review', `head ${code(review.subject.headSha.slice(0, 7))}`];
  if (review.postgres) parts.push(`PostgreSQL ${review.postgres.version} (${review.postgres.provider})`);
  parts.push(`reviewed in ${ms(review.durationMs)}`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

// Ever smaller renderings for large changes; the check run's annotations and the JSON keep everything.
const BUDGETS: Budget[] = [
  FULL,
  { sqlLines: 60, rows: 150, rawTrace: false, erDiagram: true },
  { sqlLines: 20, rows: 60, rawTrace: false, erDiagram: false },
  { sqlLines: 0, rows: 20, rawTrace: false, erDiagram: false },
];

/**
 * The DBA review in the seed's format, as complete as fits in `limit` characters (GitHub's
 * comment and check-summary limits): details are collapsed and lists shortened before
 * anything is cut.
 */
export function renderMarkdown(review: Review, limit = Number.POSITIVE_INFINITY): string {
  for (const budget of BUDGETS) {
    const text = renderWith(review, budget);
    if (text.length <= limit) return text;
  }
  return renderWith(review, BUDGETS.at(-1) as Budget).slice(0, limit);
}

/** The whole review, no list shortened and no file's SQL cut, whatever its length: `review --full`. */
export function renderWholeMarkdown(review: Review): string {
  return renderWith(review, { ...FULL, sqlLines: Number.POSITIVE_INFINITY, rows: Number.POSITIVE_INFINITY });
}

function renderWith(review: Review, budget: Budget): string {
  const heading = `## PostgreSQL DBA Review: ${cell(review.heading)}`;
  if (review.outcome === 'no-migrations') {
    const where = review.config?.migrations.paths ? ` matching ${review.config.migrations.paths.map((p) => code(p)).join(', ')}` : '';
    const left = excludedLine(review);
    return [
      heading,
      '',
      `**${ICON.success} No migration changes**: this push changes no migration file${where}, so there is nothing to review.`,
      '',
      ...(left ? [left, ''] : []),
      footer(review),
    ].join('\n');
  }
  const facts = changeFacts(review);
  const blocks = [
    heading,
    verdict(review),
    findingsTable(review, budget),
    acknowledgedList(review, budget),
    suppressedSection(review),
    `### Objective\n${objective(review, facts, budget)}`,
    `### Proposed Schema Changes\n${proposedSchemaChanges(review, budget)}`,
    `### Indexing Strategy\n${indexingStrategy(review, facts, budget)}`,
    `### Performance Considerations\n${performance(review, budget)}`,
    `### Security & Access Control\n${security(facts, budget)}`,
    `### Backup & HA Notes\n${backupAndHa(review, facts, budget)}`,
    `### Questions or Flags\n${questions(facts, budget)}`,
    footer(review),
  ];
  return blocks.filter(Boolean).join('\n\n') + '\n';
}
