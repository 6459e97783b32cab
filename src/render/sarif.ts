import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { FileOutcome } from '../apply/types.js';
import type { Review } from '../review/types.js';
import type { Finding, Severity } from '../model/finding.js';
import { fingerprint } from '../review/acks.js';
import { RULES } from '../rules/index.js';
import { repositoryUrl } from './text.js';

/** Where the rule pages are published; SARIF viewers (GitHub code scanning) link each result to its page. */
export const DOCS_BASE = 'https://github.com/pg-dba-review/pg-dba-review/blob/main/docs/rules/';

/** A rule's page: under PG_DBA_REVIEW_DOCS_URL when set (a mirror, e.g. on a GitHub Enterprise Server that cannot reach github.com), else the public docs. */
export function ruleDocsUrl(ruleId: string, base = process.env.PG_DBA_REVIEW_DOCS_URL || DOCS_BASE): string {
  return `${base}${base.endsWith('/') ? '' : '/'}${ruleId}.md`;
}

/** The partialFingerprints key of a result's identity (a new version if what it hashes changes). */
export const FINGERPRINT_KEY = 'pgDbaReviewStatementHash/v1';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** What a SARIF log reports: a review's, or lint's. */
export interface SarifInput {
  findings: Finding[];
  /** Findings `/dba ack` accepted: results too, suppressed with its reason. */
  acknowledged: { finding: Finding; reason: string }[];
  /** The migrations run or parsed: their statements' text identifies a finding across pushes. */
  files: FileOutcome[];
  /** Why the run could not do its work, when it could not. */
  problems: string[];
  executionSuccessful: boolean;
  provenance?: { repositoryUri: string; revisionId: string };
}

/** SARIF 2.1.0 of a review, for GitHub code scanning (upload-sarif) and other SARIF viewers. */
export function renderSarif(review: Review, toolVersion: string): string {
  return renderSarifLog(
    {
      findings: review.findings,
      acknowledged: review.acknowledged ?? [],
      files: review.files,
      problems: review.problems,
      executionSuccessful: review.outcome !== 'could-not-run',
      ...(review.subject.headSha ? { provenance: { repositoryUri: repositoryUrl(review) ?? 'file:///', revisionId: review.subject.headSha } } : {}),
    },
    toolVersion,
  );
}

/**
 * Each result's identity for code scanning to track one alert across pushes: the statement
 * fingerprint `/dba ack` uses (rule, file and the statement's text, never its line), and, for
 * findings alike in all of these, their order (`:1`, `:2`), as GitHub's own line hashes have.
 */
function identities(findings: Finding[], files: FileOutcome[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const print = fingerprint({ files }, f);
    const n = (seen.get(print) ?? 0) + 1;
    seen.set(print, n);
    return `${print}:${n}`;
  });
}

/** SARIF 2.1.0: the rules that found something, with their pages, and a result per finding that has a place. */
export function renderSarifLog(input: SarifInput, toolVersion: string): string {
  const reported: [Finding, string?][] = [
    ...input.findings.map((f): [Finding] => [f]),
    ...input.acknowledged.map((a): [Finding, string] => [a.finding, a.reason]),
  ];
  const used = RULES.filter((r) => reported.some(([f]) => f.ruleId === r.meta.id));
  const rules: ReportingDescriptor[] = used.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.meta.summary },
    fullDescription: { text: r.meta.rationale },
    help: {
      text: `${r.meta.rationale}\n\nInstead: ${r.meta.safeAlternative}`,
      markdown: `${r.meta.rationale}\n\n**Instead:** ${r.meta.safeAlternative}\n\n\`\`\`sql\n${r.meta.example.good}\n\`\`\``,
    },
    helpUri: ruleDocsUrl(r.meta.id),
    defaultConfiguration: { level: LEVEL[r.meta.severity] },
    properties: { category: r.meta.category, tags: ['postgresql', 'migrations', r.meta.category] },
  }));
  const index = new Map<string, number>(used.map((r, i) => [r.meta.id, i]));
  const placed = reported.filter(([f]) => !f.detached);
  const prints = identities(
    placed.map(([f]) => f),
    input.files,
  );
  const results: Result[] = placed.map(([f, justification], i) => ({
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) as number } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.file.split('/').map(encodeURIComponent).join('/') },
          region: { startLine: f.line, startColumn: f.column, endLine: Math.max(f.line, f.endLine ?? f.line) },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: prints[i] as string },
    ...(f.object ? { properties: { object: f.object } } : {}),
    ...(justification === undefined ? {} : { suppressions: [{ kind: 'external' as const, justification }] }),
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pg-dba-review', version: toolVersion, informationUri: 'https://github.com/pg-dba-review/pg-dba-review', rules } },
        results,
        invocations: [
          {
            executionSuccessful: input.executionSuccessful,
            ...(input.problems.length ? { toolExecutionNotifications: input.problems.map((p) => ({ level: 'error' as const, message: { text: p } })) } : {}),
          },
        ],
        ...(input.provenance ? { versionControlProvenance: [input.provenance] } : {}),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
