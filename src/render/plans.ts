import { diffLines } from 'diff';
import { TRIAL_INDEX, type IndexTrial } from '../explain/advice.js';
import type { ExplainReport, SchemaPlan } from '../explain/explainChange.js';
import { costText, type PlanResult, type PlanSummary } from '../explain/plan.js';
import { statisticsLine } from '../explain/statistics.js';
import type { Review } from '../review/types.js';
import { cell, code, fenced, plural, row, unqualified } from './text.js';

/** One line of the numbers a DBA reads first: cost, rows, scans by type, sorts and hashes. */
export function keyNumbers(summary: PlanSummary): string {
  const scans = summary.scans.map((s) => `${s.type} on ${s.relation}${s.indexes.length ? ` (${s.indexes.join(', ')})` : ''}`);
  return [
    `estimated cost ${costText(summary.startupCost)}..${costText(summary.totalCost)}`,
    `${plural(Math.round(summary.rows), 'row')}`,
    scans.length ? `scans: ${scans.join('; ')}` : 'no table scans',
    ...(summary.sorts ? [plural(summary.sorts, 'sort')] : []),
    ...(summary.hashes ? [plural(summary.hashes, 'hash', 'hashes')] : []),
  ].join(' · ');
}

/** How much cheaper or dearer `after` is than `before`, in words. */
export function costChange(before: number, after: number): string {
  if (after <= 0 || before <= 0) return '';
  return after < before ? ` (${(before / after).toFixed(before / after >= 10 ? 0 : 1)}x cheaper)` : ` (${(after / before).toFixed(1)}x dearer)`;
}

export function trialLine(trial: IndexTrial): string {
  const tried = `${code(trial.definition)} with ${plural(trial.rows, 'row')} in ${trial.relation}`;
  if ('error' in trial.with) return `- ${tried}: the index could not be tried (${trial.with.error}).`;
  if (trial.with.index !== TRIAL_INDEX)
    return `- ${tried}: the planner would not use it (${trial.with.scan}, estimated cost ${costText(trial.with.cost)}): the filter keeps too many rows for an index to pay off.`;
  const scan = `${trial.with.scan} using the new index`;
  return `- ${tried}: ${trial.without.scan}, estimated cost ${costText(trial.without.cost)} → ${scan}, estimated cost ${costText(trial.with.cost)}${costChange(trial.without.cost, trial.with.cost)}.`;
}

const short = (sha: string) => code(sha.slice(0, 7));

function planBlock(plan: PlanResult): string[] {
  if (!plan.ok) return [plan.timedOut ? `**Cut off:** ${plan.error}` : `**The query fails:** ${plan.error}`];
  return [`**Key numbers:** ${keyNumbers(plan.summary)}`, '', fenced('text', plan.text)];
}

function rowsLine(schema: SchemaPlan): string {
  const tables = Object.entries(schema.rows).map(([t, n]) => `${t} ${plural(n, 'row')}`);
  return tables.length ? `Rows: ${tables.join(', ')}.` : 'The query reads no table the generator filled.';
}

/** The reply to `/dba explain` (and the output of `pg-dba-review explain`). */
export function renderExplain(report: ExplainReport, heading = 'EXPLAIN'): string {
  const out = [`### ${heading}`, '', fenced('sql', report.sql), ''];
  if (report.problem) return [...out, `**Not run:** ${report.problem}`, ''].join('\n');
  const head = report.head as SchemaPlan;
  const how = [
    `PostgreSQL ${report.postgres?.version ?? '?'}`,
    `schema at ${short(head.sha)}${head.history ? ` from ${head.history}` : ''}`,
    report.analyze ? 'EXPLAIN (ANALYZE, BUFFERS) in a transaction that was rolled back' : 'EXPLAIN (estimates; nothing ran)',
  ];
  out.push(`${how.join(' · ')}. ${rowsLine(head)}`, '');
  if (report.statistics) out.push(statisticsLine(report.statistics), '');
  if (head.problem) return [...out, `**The schema could not be built:** ${head.problem}`, ''].join('\n');
  const plan = head.plan as PlanResult;
  if (plan.ok && plan.generic)
    out.push(
      'The query has `$n` parameters, so this is the generic plan (`EXPLAIN (GENERIC_PLAN)`): what a prepared statement gets when the planner cannot see the values.',
      '',
    );
  out.push(...planBlock(plan), '');
  if (report.warnings.length) out.push('**Warnings**', ...report.warnings.map((w) => `- ${w}`), '');
  if (report.trials.length) {
    out.push('**Index tried in the sandbox** (created in a transaction, planned, rolled back)', ...report.trials.map(trialLine), '');
    for (const t of report.trials)
      if (!('error' in t.with)) out.push('<details><summary>Plan with the index</summary>', '', fenced('text', t.with.text), '', '</details>', '');
  }
  const base = report.base;
  if (base) {
    if (base.problem) out.push(`**On the base branch (${short(base.sha)})** the schema could not be built: ${base.problem}`, '');
    else if (!report.differs) out.push(`**On the base branch (${short(base.sha)})** the plan is the same.`, '');
    else if (base.plan && !base.plan.ok) out.push(`**On the base branch (${short(base.sha)})** the query fails: ${base.plan.error}`, '');
    else if (base.plan?.ok) {
      const h = plan.ok ? costChange(base.plan.summary.totalCost, plan.summary.totalCost) : '';
      out.push(
        `**On the base branch (${short(base.sha)})** the plan differs: ${keyNumbers(base.plan.summary)}${h ? `; this change makes it${h.replace(/[()]/g, '')}` : ''}.`,
        '',
        '<details><summary>Base plan</summary>',
        '',
        fenced('text', base.plan.text),
        '',
        '</details>',
        '',
      );
    }
  }
  if (report.notes.length) out.push(...report.notes.map((n) => `> ${n}`), '');
  return out.join('\n');
}

/** " Tried in the sandbox: ..." for a suggested index the review tried, or nothing. */
export function evidenceFor(review: Review, table: string, columns: string[]): string {
  const trial = review.plans?.evidence.find((t) => t.relation === table && t.columns.join() === columns.join());
  return trial ? ` Tried in the sandbox for the lookup a DELETE on the parent runs (${code(trial.query)}): ${trialLine(trial).replace(/^- /, '')}` : '';
}

function planCell(plan: PlanResult | null): string {
  if (!plan) return 'not planned';
  if (!plan.ok) return `fails: ${cell(plan.error)}`;
  const scans = [...new Set(plan.summary.scans.map((s) => `${s.type} on ${unqualified(s.relation)}`))].join(', ') || 'no table scan';
  return `${cell(scans)}; cost ${costText(plan.summary.totalCost)}`;
}

/** The key queries' plans before and after the change, with the differences that matter. */
export function keyQueries(review: Review, maxRows: number): string {
  const comparisons = review.plans?.comparisons ?? [];
  if (!comparisons.length) return '';
  const rows = Object.entries(review.plans?.rows ?? {}).map(([t, n]) => `${code(unqualified(t))} ${plural(n, 'row')}`);
  const out = [
    `**Key queries** (\`queries:\` in .github/dba.yml), planned before and after the change${rows.length ? ` with ${rows.join(', ')}` : ''}:`,
    '',
    '| Query | Before | After | What changed |',
    '| --- | --- | --- | --- |',
  ];
  for (const c of comparisons.slice(0, maxRows)) {
    const changed = [
      ...c.changes.map((x) => `${x.regression ? '⚠️ ' : ''}${x.message}`),
      ...c.blockedBy.map((w) => `waits while ${w.file}:${w.line} holds ${w.mode.replace(/Lock$/, '')} on ${unqualified(w.relation)}`),
    ];
    out.push(row([code(c.name), planCell(c.before), planCell(c.after), cell(changed.join('; ')) || 'no change that matters']));
  }
  const diffs = comparisons.filter((c) => c.before.ok && c.after?.ok && c.before.text !== c.after.text);
  if (diffs.length) {
    out.push('', '<details><summary>Plans that changed</summary>', '');
    for (const c of diffs.slice(0, maxRows)) {
      const [b, a] = [c.before, c.after] as [Extract<PlanResult, { ok: true }>, Extract<PlanResult, { ok: true }>];
      out.push(`${code(c.name)}`, '', fenced('diff', planDiff(b.text, a.text)), '');
    }
    out.push('</details>');
  }
  return out.join('\n');
}

/** A line diff of two plan texts: removed lines with -, added with +, common ones as context. */
export function planDiff(before: string, after: string): string {
  return diffLines(`${before}\n`, `${after}\n`)
    .flatMap((part) =>
      part.value
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => `${part.added ? '+' : part.removed ? '-' : ' '} ${line}`),
    )
    .join('\n');
}
