import type { Detection, Finding, Impact, Severity } from '../model/finding.js';
import { buildContext, type ContextInput } from './context.js';
import { RULES } from './index.js';
import { findSuppressions } from './suppress.js';
import type { Category, Rule, RuleContext, RuleHit } from './types.js';

export type RuleSetting = Severity | 'off';

/** `rules:` in .github/dba.yml: a severity or off, by rule id or by category. */
export type RulesConfig = Record<string, RuleSetting>;

export interface SuppressedFinding {
  finding: Finding;
  reason: string;
}

/** A change's rules run in a worker thread (tasks.ts rules): the context as plain data, every rule, these settings. */
export interface RulesTask {
  context: Omit<ContextInput, 'ruleIds'>;
  config: RulesConfig;
}

export interface RuleResults {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

function location(hit: RuleHit) {
  if ('stmt' in hit.at) {
    const { stmt } = hit.at;
    return { file: stmt.file, line: stmt.start.line, column: stmt.start.column, endLine: stmt.end.line };
  }
  return hit.at;
}

export function effectiveSeverity(rule: Rule, config: RulesConfig): RuleSetting {
  return configured(rule, config) ?? (rule.meta.defaultOff ? 'off' : rule.meta.severity);
}

function configured(rule: Rule, config: RulesConfig): RuleSetting | undefined {
  return config[rule.meta.id] ?? config[rule.meta.category as Category];
}

/** The severity each impact gives a finding whose rule is not configured otherwise. */
const IMPACT: Record<Impact, Severity> = { breaks: 'error', uncertain: 'warning', harmless: 'info' };

/**
 * The pipeline's detections judged by their rules alone, for when the other rules could not run:
 * each detection's rule gives it its severity as configured.
 */
export function judgeDetections(detections: Detection[], config: RulesConfig): RuleResults {
  const ctx = buildContext({ mode: 'review', serverMajor: 0, migrations: [], detections, ruleIds: new Set(RULES.map((r) => r.meta.id)) });
  return runRules(
    ctx,
    RULES.filter((r) => r.detected),
    config,
  );
}

/**
 * Runs the rules over a change: each rule's severity as configured, rules that need the
 * database skipped in lint mode, and findings under a `-- dba-ignore:` comment set aside with
 * their reason. A suppression without a reason, or naming no known rule, is itself a finding.
 */
export function runRules(ctx: RuleContext, rules: Rule[], config: RulesConfig = {}): RuleResults {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = effectiveSeverity(rule, config);
    if (severity === 'off' || (ctx.mode === 'lint' && rule.meta.needs === 'review')) continue;
    for (const hit of rule.check(ctx)) {
      findings.push({
        ruleId: rule.meta.id,
        severity: configured(rule, config) === undefined && hit.impact ? IMPACT[hit.impact] : severity,
        ...location(hit),
        message: hit.message,
        ...(hit.object ? { object: hit.object } : {}),
        ...(hit.fix ? { fix: hit.fix } : {}),
      });
    }
  }

  const suppressions = ctx.migrations.flatMap(findSuppressions);
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const s = suppressions.find((x) => x.file === f.file && x.reason && x.ruleIds.includes(f.ruleId) && f.line >= x.appliesTo.from && f.line <= x.appliesTo.to);
    if (s) suppressed.push({ finding: f, reason: s.reason });
    else kept.push(f);
  }
  return { findings: kept, suppressed };
}
