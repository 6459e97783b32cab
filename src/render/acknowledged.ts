import type { Review } from '../review/types.js';
import { capped, type Budget } from './budget.js';
import { cell, code, fileLink } from './text.js';

type Acknowledged = NonNullable<Review['acknowledged']>[number];

/** Who accepted a finding and why, as the check run's annotation and the comment say it. */
export function acknowledgedBy(a: Acknowledged): string {
  return `Acknowledged by @${a.by}: ${a.reason}`;
}

/** The findings `/dba ack` accepted, one line per rule with its places: short, since they no longer count. */
export function acknowledgedList(review: Review, budget: Budget): string {
  const acknowledged = review.acknowledged ?? [];
  if (!acknowledged.length) return '';
  const byRule = new Map<string, Acknowledged[]>();
  for (const a of acknowledged) byRule.set(a.finding.ruleId, [...(byRule.get(a.finding.ruleId) ?? []), a]);
  const lines = [...byRule].map(([rule, all]) => {
    const places = capped(
      all.map((a) => fileLink(review, a.finding.file, a.finding.line)),
      3,
      'in the check run',
    );
    return `- ${code(rule)} at ${places.join(', ')}: ${cell(acknowledgedBy(all[0] as Acknowledged))}`;
  });
  return [`**Acknowledged** (not counted in the verdict):`, ...capped(lines, budget.rows)].join('\n');
}
