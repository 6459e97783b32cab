/** What the planner said about one query, reduced to the facts a DBA compares. */

/** One scan of a table in a plan. */
export interface ScanSummary {
  /** Node type: Seq Scan, Index Scan, Index Only Scan, Bitmap Heap Scan, ... */
  type: string;
  /** schema.table */
  relation: string;
  /** Indexes the scan reads (a bitmap heap scan may combine several). */
  indexes: string[];
  filter: string | null;
  indexCond: string | null;
  /** The planner's row estimate for the node. */
  rows: number;
  cost: number;
}

export interface PlanSummary {
  totalCost: number;
  startupCost: number;
  rows: number;
  scans: ScanSummary[];
  sorts: number;
  hashes: number;
  /** Nested loops with the planner's estimate of the rows of their outer side. */
  nestedLoops: { outerRows: number }[];
  /** Every index the plan reads. */
  indexes: string[];
}

/** The outcome of EXPLAIN for one query on one schema. */
export type PlanResult =
  | {
      ok: true;
      /** EXPLAIN's own text output, as psql shows it. */
      text: string;
      summary: PlanSummary;
      /** Planned with GENERIC_PLAN because the query has $n parameters. */
      generic: boolean;
      analyzed: boolean;
      /** From EXPLAIN ANALYZE: sorts and hashes that went to disk, filters that threw rows away. */
      runtime: string[];
    }
  | { ok: false; error: string; code?: string; timedOut: boolean };

interface JsonPlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Schema?: string;
  'Index Name'?: string;
  Filter?: string;
  'Index Cond'?: string;
  'Recheck Cond'?: string;
  'Startup Cost': number;
  'Total Cost': number;
  'Plan Rows': number;
  Plans?: JsonPlanNode[];
}

/** An estimated cost as people read it: 5,154 or 75.98. */
export const costText = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Ranks scan kinds from best to worst for a lookup, to tell when a plan got worse. */
export const SCAN_RANK: Record<string, number> = {
  'Tid Scan': 0,
  'Tid Range Scan': 0,
  'Index Only Scan': 1,
  'Index Scan': 2,
  'Bitmap Heap Scan': 3,
  'Seq Scan': 4,
};

const SCAN_TYPES = new Set([...Object.keys(SCAN_RANK), 'Sample Scan']);

/** Reduces EXPLAIN (FORMAT JSON, VERBOSE) output to a PlanSummary. */
export function summarizePlan(json: unknown): PlanSummary {
  const root = (json as { Plan: JsonPlanNode }[])[0]?.Plan;
  if (!root) throw new Error('EXPLAIN returned no plan');
  const summary: PlanSummary = {
    totalCost: root['Total Cost'],
    startupCost: root['Startup Cost'],
    rows: root['Plan Rows'],
    scans: [],
    sorts: 0,
    hashes: 0,
    nestedLoops: [],
    indexes: [],
  };
  const indexesUnder = (node: JsonPlanNode): string[] => [...(node['Index Name'] ? [node['Index Name']] : []), ...(node.Plans ?? []).flatMap(indexesUnder)];
  const walk = (node: JsonPlanNode) => {
    const type = node['Node Type'];
    if (node['Index Name'] && !summary.indexes.includes(node['Index Name'])) summary.indexes.push(node['Index Name']);
    if (SCAN_TYPES.has(type) && node['Relation Name']) {
      summary.scans.push({
        type,
        relation: `${node.Schema ?? 'public'}.${node['Relation Name']}`,
        indexes: indexesUnder(node),
        filter: node.Filter ?? null,
        indexCond: node['Index Cond'] ?? node['Recheck Cond'] ?? null,
        rows: node['Plan Rows'],
        cost: node['Total Cost'],
      });
    }
    if (type === 'Sort' || type === 'Incremental Sort') summary.sorts++;
    if (type === 'Hash' || type === 'HashAggregate') summary.hashes++;
    if (type === 'Nested Loop') summary.nestedLoops.push({ outerRows: node.Plans?.[0]?.['Plan Rows'] ?? 0 });
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(root);
  return summary;
}

/** Lines of EXPLAIN ANALYZE text that say work spilled to disk or rows were read in vain. */
export function runtimeFindings(analyzeText: string): string[] {
  const out: string[] = [];
  for (const line of analyzeText.split('\n')) {
    const sortDisk = /Sort Method: external \w+\s+Disk: (\d+)kB/.exec(line);
    if (sortDisk)
      out.push(`A sort spilled ${Number(sortDisk[1]).toLocaleString('en-US')} kB to disk: work_mem is too small for it, or an index could deliver the order.`);
    const batches = /Batches: (\d+)/.exec(line);
    if (batches && Number(batches[1]) > 1) out.push(`A hash ran in ${batches[1]} batches (it did not fit in work_mem and spilled to disk).`);
    const removed = /Rows Removed by Filter: (\d+)/.exec(line);
    if (removed && Number(removed[1]) >= 10_000)
      out.push(`A filter read and threw away ${Number(removed[1]).toLocaleString('en-US')} rows: an index on the filtered columns could take the filter.`);
  }
  return [...new Set(out)];
}
