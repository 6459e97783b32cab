import { locateIssues } from '../config/locate.js';
import type { ConfigIssue } from '../config/resolve.js';
import type { Review } from '../review/types.js';
import type { Finding } from '../model/finding.js';
import { acknowledgedBy } from './acknowledged.js';
import { conclusionOf, verdictTitle, type Conclusion } from './verdict.js';

/** GitHub's limit on a check run's output.summary and output.text. */
export const CHECK_TEXT_LIMIT = 65_535;
/** GitHub accepts at most 50 annotations per create or update call. */
export const ANNOTATIONS_PER_CALL = 50;

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export interface CheckRunResult {
  conclusion: Conclusion;
  title: string;
  summary: string;
  annotations: Annotation[];
}

const LEVEL: Record<Finding['severity'], Annotation['annotation_level']> = { error: 'failure', warning: 'warning', info: 'notice' };

export function truncate(text: string, limit: number, tail: string): string {
  return text.length <= limit ? text : text.slice(0, limit - tail.length) + tail;
}

export function annotationsOf(review: Review): Annotation[] {
  const annotation = (f: Finding, level: Annotation['annotation_level'], title: string, message: string): Annotation => ({
    path: f.file,
    start_line: f.line,
    end_line: Math.max(f.line, f.endLine ?? f.line),
    annotation_level: level,
    title,
    message,
  });
  return [
    ...review.findings.filter((f) => !f.detached).map((f) => annotation(f, LEVEL[f.severity], f.ruleId, f.message)),
    // Accepted: still shown where they are, as notices that do not fail the check.
    ...(review.acknowledged ?? [])
      .filter((a) => !a.finding.detached)
      .map((a) => annotation(a.finding, 'notice', `${a.finding.ruleId} (acknowledged)`, `${acknowledgedBy(a)}\n\n${a.finding.message}`)),
  ];
}

/** The check run's conclusion, title, stand-alone summary (rendered to fit CHECK_TEXT_LIMIT) and line annotations. */
export function renderCheckRun(review: Review, summary: string): CheckRunResult {
  return {
    conclusion: conclusionOf(review),
    title: verdictTitle(review),
    summary: truncate(summary, CHECK_TEXT_LIMIT, "\n\n… (cut at GitHub's size limit for a check run summary)"),
    annotations: annotationsOf(review),
  };
}

/** A config file's errors on their lines, as failing annotations (a change that edits the file fails at the lines it broke). */
export function configAnnotations(path: string, text: string, issues: ConfigIssue[]): Annotation[] {
  return locateIssues(text, issues).map((l) => ({
    path,
    start_line: l.line,
    end_line: l.line,
    annotation_level: 'failure',
    title: `Invalid ${path}`,
    message: l.message,
  }));
}
