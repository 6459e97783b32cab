import { costText, SCAN_RANK, type PlanResult, type PlanSummary } from './plan.js';

/** How a query's plan changed between two schemas, worst first. */
export interface PlanChange {
  kind: 'fails' | 'index-gone' | 'scan-worse' | 'cost' | 'fixed' | 'scan-better';
  /** A regression (the first four kinds) rather than an improvement. */
  regression: boolean;
  message: string;
}

function scansByRelation(summary: PlanSummary): Map<string, string> {
  const worst = new Map<string, string>();
  for (const scan of summary.scans) {
    const known = worst.get(scan.relation);
    if (!known || (SCAN_RANK[scan.type] ?? 0) > (SCAN_RANK[known] ?? 0)) worst.set(scan.relation, scan.type);
  }
  return worst;
}

/**
 * The differences that matter between the plan of a query before and after a change: it fails,
 * an index it used is gone, a table is now read by a worse kind of scan, or its estimated cost
 * grew past `costRatio`.
 */
export function comparePlans(before: PlanResult, after: PlanResult, options: { costRatio: number; indexExists: (name: string) => boolean }): PlanChange[] {
  if (!before.ok && !after.ok) return [];
  if (before.ok && !after.ok) return [{ kind: 'fails', regression: true, message: `it no longer runs: ${after.error}` }];
  if (!before.ok && after.ok) return [{ kind: 'fixed', regression: false, message: `it runs now (before: ${before.error})` }];
  if (!before.ok || !after.ok) return [];
  const changes: PlanChange[] = [];
  const [was, now] = [scansByRelation(before.summary), scansByRelation(after.summary)];
  for (const [relation, type] of now) {
    const old = was.get(relation);
    if (!old) continue;
    const [a, b] = [SCAN_RANK[old] ?? 0, SCAN_RANK[type] ?? 0];
    const scan = `${relation} is now read by ${type} instead of ${old}`;
    // An index replaced by an equivalent one is no regression; one whose loss shows in the plan is.
    const gone = before.summary.scans
      .filter((s) => s.relation === relation)
      .flatMap((s) => s.indexes)
      .filter((n) => !after.summary.indexes.includes(n) && !options.indexExists(n));
    if (b > a && gone.length)
      changes.push({ kind: 'index-gone', regression: true, message: `it used index ${gone.join(', ')}, which the change drops or makes unusable: ${scan}` });
    else if (b > a) changes.push({ kind: 'scan-worse', regression: true, message: scan });
    if (b < a) changes.push({ kind: 'scan-better', regression: false, message: scan });
  }
  const ratio = before.summary.totalCost > 0 ? after.summary.totalCost / before.summary.totalCost : 1;
  if (ratio > options.costRatio) {
    changes.push({
      kind: 'cost',
      regression: true,
      message: `its estimated cost grew ${ratio.toFixed(1)}x, from ${costText(before.summary.totalCost)} to ${costText(after.summary.totalCost)} (plans.cost_ratio is ${options.costRatio})`,
    });
  }
  return changes;
}

/** Whether two plans differ in a way worth showing both: another scan kind, or the cost moved by 10%+. */
export function plansDiffer(a: PlanResult, b: PlanResult): boolean {
  if (!a.ok || !b.ok) return a.ok !== b.ok;
  const [x, y] = [scansByRelation(a.summary), scansByRelation(b.summary)];
  if (x.size !== y.size || [...x].some(([r, t]) => y.get(r) !== t)) return true;
  const big = Math.max(a.summary.totalCost, b.summary.totalCost);
  return big > 0 && Math.abs(a.summary.totalCost - b.summary.totalCost) / big >= 0.1;
}
