import type { IndexTrial } from '../explain/advice.js';
import type { PlanResult } from '../explain/plan.js';
import type { Finding } from '../model/finding.js';
import type { Review } from '../review/types.js';
import { conclusionOf, verdictTitle } from './verdict.js';

/** Bumped whenever a field changes meaning or disappears; see docs/json-output.md. */
export const JSON_SCHEMA_VERSION = 1;

/** The review as the documented, versioned JSON document (docs/json-output.md). */
export function renderJson(review: Review): string {
  const doc = {
    schemaVersion: JSON_SCHEMA_VERSION,
    subject: review.subject,
    outcome: review.outcome,
    conclusion: conclusionOf(review),
    title: verdictTitle(review),
    heading: review.heading,
    postgres: review.postgres,
    problems: review.problems,
    notes: review.notes,
    changedMigrations: review.changedMigrations,
    excluded: review.excluded,
    base: review.base && {
      files: review.base.paths,
      statements: review.base.statements,
      durationMs: round(review.base.durationMs),
      failure: review.base.failure ?? null,
      copiedFrom: review.base.copiedFrom ?? null,
      cache: { ...review.base.cache, replayMs: round(review.base.cache.replayMs), restoreMs: round(review.base.cache.restoreMs) },
    },
    findings: review.findings.map(findingJson),
    traces: review.files.flatMap((file) =>
      file.statements.map((s) => ({
        file: s.file,
        line: s.start.line,
        column: s.start.column,
        endLine: s.end.line,
        statement: s.sql,
        kind: s.kind,
        transactional: file.transactional,
        status: s.status,
        durationMs: round(s.durationMs),
        rowCount: s.rowCount,
        error: s.error ? { message: s.error.message, code: s.error.code ?? null, line: s.error.position.line, column: s.error.position.column } : null,
        ...(s.locks ? { locks: s.locks, locksObservedFrom: s.observedFrom ?? null } : {}),
        ...(s.rewrites ? { rewrites: s.rewrites } : {}),
        ...(s.scans ? { scans: s.scans } : {}),
        ...(s.estimate
          ? { estimate: { ...s.estimate, seconds: s.estimate.seconds.map(round), samples: s.estimate.samples.map((x) => ({ ...x, ms: round(x.ms) })) } }
          : {}),
      })),
    ),
    locksHeldAtCommit: review.files.flatMap((file) => file.heldAtCommit.map((h) => ({ file: file.path, ...h, heldMs: round(h.heldMs) }))),
    catalogDiff: review.catalog?.changes ?? [],
    plans: review.plans && {
      rows: review.plans.rows,
      keyQueries: review.plans.comparisons.map((c) => ({
        name: c.name,
        origin: c.origin,
        sql: c.sql,
        before: planJson(c.before),
        after: planJson(c.after),
        changes: c.changes,
        blockedBy: c.blockedBy.map((w) => ({ ...w, heldMs: round(w.heldMs) })),
        indexTrials: c.trials.map(trialJson),
      })),
      indexEvidence: review.plans.evidence.map(trialJson),
      statistics: review.plans.statistics,
    },
    restore: review.restore ? { ...review.restore, durationMs: round(review.restore.durationMs) } : null,
    durationMs: review.durationMs,
  };
  return JSON.stringify(doc, null, 2);
}

/** `lint --format json`: its findings as the review's document has them (docs/json-output.md). */
export function renderLintJson(findings: Finding[], files: number): string {
  return JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, files, findings: findings.map(findingJson) }, null, 2);
}

function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine ?? f.line,
    message: f.message,
    object: f.object ?? null,
    fix: f.fix ?? null,
  };
}

function planJson(plan: PlanResult | null) {
  if (!plan) return null;
  if (!plan.ok) return { ok: false, error: plan.error, code: plan.code ?? null, timedOut: plan.timedOut };
  const { summary } = plan;
  return { ok: true, generic: plan.generic, totalCost: summary.totalCost, rows: summary.rows, scans: summary.scans, indexes: summary.indexes, text: plan.text };
}

function trialJson(t: IndexTrial) {
  return {
    relation: t.relation,
    columns: t.columns,
    definition: t.definition,
    query: t.query,
    rows: t.rows,
    without: t.without,
    with: 'error' in t.with ? { error: t.with.error } : { scan: t.with.scan, cost: t.with.cost },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
