import { schemaFacts } from '../review/facts.js';
import type { Review } from '../review/types.js';
import { backupAndHa, indexingStrategy, objective, performance, proposedSchemaChanges, questions, security } from './sections.js';
import { cell, code, fileLink, ms, SEVERITY_ORDER } from './text.js';
import { conclusionOf, verdictTitle } from './verdict.js';

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
  if (failed) lines.push(`${code(failed.path)} ${failed.transactional ? 'was rolled back as a whole (it runs in one transaction)' : 'is partly applied: it does not run in one transaction'}.`);
  const notRun = by('not-run');
  if (notRun.length) lines.push(`Not run, since they come after it: ${notRun.join(', ')}.`);
  return lines;
}

function verdict(review: Review): string {
  const lines = [`**${ICON[conclusionOf(review)]} ${verdictTitle(review)}**`, ...applyState(review).map((l) => `- ${l}`)];
  for (const p of review.problems) lines.push(`- ${p}`);
  for (const n of review.notes) lines.push(`- Note: ${n}`);
  return lines.join('\n');
}

function findingsTable(review: Review): string {
  if (!review.findings.length) return '';
  const sorted = [...review.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.file.localeCompare(b.file) || a.line - b.line);
  return [
    '| Severity | Rule | Where | Finding |',
    '| --- | --- | --- | --- |',
    ...sorted.map((f) => `| ${SEVERITY_ICON[f.severity]} | ${code(f.ruleId)} | ${fileLink(review, f.file, f.line)} | ${cell(f.message)} |`),
  ].join('\n');
}

function suppressedSection(review: Review): string {
  if (!review.suppressed.length) return '';
  return [
    `<details><summary>${review.suppressed.length} finding${review.suppressed.length === 1 ? '' : 's'} suppressed with <code>-- dba-ignore</code></summary>`,
    '',
    '| Rule | Where | Reason given |',
    '| --- | --- | --- |',
    ...review.suppressed.map((s) => `| ${code(s.finding.ruleId)} | ${fileLink(review, s.finding.file, s.finding.line)} | ${cell(s.reason)} |`),
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

/** The DBA review in the seed's format: verdict, findings, then the seven sections. */
export function renderMarkdown(review: Review): string {
  const heading = `## PostgreSQL DBA Review: ${review.heading}`;
  if (review.outcome === 'no-migrations') {
    const where = review.config?.migrations.paths ? ` matching ${review.config.migrations.paths.map((p) => code(p)).join(', ')}` : '';
    return [heading, '', `**${ICON.success} No migration changes**: this push changes no migration file${where}, so there is nothing to review.`, '', footer(review)].join('\n');
  }
  const facts = schemaFacts(review);
  const blocks = [
    heading,
    verdict(review),
    findingsTable(review),
    suppressedSection(review),
    `### Objective\n${objective(review, facts)}`,
    `### Proposed Schema Changes\n${proposedSchemaChanges(review)}`,
    `### Indexing Strategy\n${indexingStrategy(review, facts)}`,
    `### Performance Considerations\n${performance(review)}`,
    `### Security & Access Control\n${security(facts)}`,
    `### Backup & HA Notes\n${backupAndHa(review, facts)}`,
    `### Questions or Flags\n${questions(facts)}`,
    footer(review),
  ];
  return blocks.filter(Boolean).join('\n\n') + '\n';
}
