import type { DbaConfig } from '../config/schema.js';
import type { Review } from '../review/types.js';
import type { Finding } from '../model/finding.js';
import { plural } from './text.js';

export type Conclusion = 'success' | 'neutral' | 'failure';

/** Findings by severity. */
export function counts(findings: Finding[]): Record<Finding['severity'], number> {
  return {
    error: findings.filter((f) => f.severity === 'error').length,
    warning: findings.filter((f) => f.severity === 'warning').length,
    info: findings.filter((f) => f.severity === 'info').length,
  };
}

/**
 * The check's conclusion: failure when a finding reaches `fail_on` (or nothing could be
 * verified), neutral when findings remain below it, success otherwise.
 */
export function conclusionOf(review: Review, failOn: DbaConfig['fail_on'] = review.config?.fail_on ?? 'error'): Conclusion {
  if (review.outcome === 'could-not-run') return 'failure';
  const c = counts(review.findings);
  const failing = failOn === 'error' ? c.error : failOn === 'warning' ? c.error + c.warning : 0;
  if (failing > 0) return 'failure';
  return c.error + c.warning > 0 ? 'neutral' : 'success';
}

/** One line that says where the change stands: the check run's title and the comment's verdict. */
export function verdictTitle(review: Review): string {
  const c = counts(review.findings);
  const migrations = plural(review.files.length, 'migration');
  switch (review.outcome) {
    case 'no-migrations':
      return 'No migration changes';
    case 'could-not-run':
      return 'Could not review the migrations';
    case 'migration-failed': {
      const failed = review.files.find((f) => f.status === 'failed');
      return `Migration failed to apply: ${failed?.path ?? 'unknown file'}`;
    }
    case 'reviewed': {
      const parts = [c.error && plural(c.error, 'error'), c.warning && plural(c.warning, 'warning'), c.info && plural(c.info, 'note')].filter(Boolean);
      const acknowledged = review.acknowledged?.length ?? 0;
      if (parts.length) return `${parts.join(', ')} in ${migrations}${acknowledged ? `, ${acknowledged} acknowledged` : ''}`;
      return `All clear: ${migrations} applied, ${acknowledged ? `${plural(acknowledged, 'finding')} acknowledged` : 'no findings'}`;
    }
  }
}
