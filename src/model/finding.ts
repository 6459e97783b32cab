/** What every stage reports: a finding at a place in a migration, and its mechanical fix. */

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  message: string;
  /** The database object concerned, e.g. public.group_invites.group_id. */
  object?: string;
  /** The file does not exist at the head commit (a deleted migration): no line annotation. */
  detached?: boolean;
  /** Replace these lines of the file with this text to resolve it (a one-click suggestion). */
  fix?: Fix;
}

/**
 * How much something a pipeline stage detected matters where its framework decides it (a rename
 * a version-keyed runner ignores, an out-of-order version one refuses): its rule's severity follows.
 */
export type Impact = 'breaks' | 'uncertain' | 'harmless';

/**
 * A finding as a pipeline stage detects it (a failure, a history problem, a down that fails): its
 * rule (rules/, pipelineRule) decides the severity, from the configuration and the impact.
 */
export interface Detection extends Omit<Finding, 'severity' | 'fix'> {
  impact?: Impact;
}

/** A mechanical rewrite of whole lines of a migration: a one-click suggestion on the pull request. */
export interface Fix {
  startLine: number;
  /** Inclusive. */
  endLine: number;
  /** The new text of those lines. */
  replacement: string;
}
