import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Review } from '../review/types.js';
import type { Finding, Severity } from '../model/finding.js';
import { RULES } from '../rules/index.js';

/** Where the rule pages are published; SARIF viewers (GitHub code scanning) link each result to its page. */
export const DOCS_BASE = 'https://github.com/pg-dba-review/pg-dba-review/blob/main/docs/rules/';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, for GitHub code scanning (upload-sarif) and other SARIF viewers. */
export function renderSarif(review: Review, toolVersion: string): string {
  // Findings `/dba ack` accepted are results too, suppressed with its reason.
  const reported: [Finding, string?][] = [
    ...review.findings.map((f): [Finding] => [f]),
    ...(review.acknowledged ?? []).map((a): [Finding, string] => [a.finding, a.reason]),
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
    helpUri: `${DOCS_BASE}${r.meta.id}.md`,
    defaultConfiguration: { level: LEVEL[r.meta.severity] },
    properties: { category: r.meta.category, tags: ['postgresql', 'migrations', r.meta.category] },
  }));
  const index = new Map<string, number>(used.map((r, i) => [r.meta.id, i]));
  const results: Result[] = reported
    .filter(([f]) => !f.detached)
    .map(([f, justification]) => ({
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
            executionSuccessful: review.outcome !== 'could-not-run',
            ...(review.problems.length ? { toolExecutionNotifications: review.problems.map((p) => ({ level: 'error' as const, message: { text: p } })) } : {}),
          },
        ],
        ...(review.subject.headSha
          ? {
              versionControlProvenance: [
                {
                  repositoryUri: review.subject.repository ? `https://github.com/${review.subject.repository}` : 'file:///',
                  revisionId: review.subject.headSha,
                },
              ],
            }
          : {}),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
