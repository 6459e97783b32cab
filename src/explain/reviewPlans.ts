import pg from 'pg';
import type { FileOutcome } from '../apply/types.js';
import type { CatalogState } from '../catalog/types.js';
import { fillTables, stepFailure, type StepFailure } from '../data/fill.js';
import { mentionedRelations, resolveTables } from '../data/touched.js';
import { indexLeadsWith } from '../catalog/facts.js';
import { indexTrials, LARGE_TABLE_ROWS, qualify, tryIndex, type IndexTrial } from './advice.js';
import { comparePlans } from './compare.js';
import { lockWaits, planAll, planRelations, type KeyQuery, type PlanComparison } from './keyQueries.js';
import type { PlanResult } from './plan.js';
import { checkQuery, explainQuery } from './run.js';
import { planningWith, type StatisticsChoice, type StatisticsUsed } from './statistics.js';
import type { ProductionStats } from '../model/productionStats.js';
import type { ReviewGuard } from '../sandbox/guard.js';
import type { PostgresServer } from '../sandbox/server.js';

/** Key queries planned before and after, and suggested indexes tried in the sandbox. */
export interface ReviewPlans {
  comparisons: PlanComparison[];
  evidence: IndexTrial[];
  /** Rows the planned tables held, by qualified name. */
  rows: Record<string, number>;
  /** Production statistics the plans after the change were made with (stats:), or null: the generated rows'. */
  statistics: StatisticsUsed | null;
}

/** What the plans of one history's review found. */
export interface SetPlans extends ReviewPlans {
  notes: string[];
  /** Steps PostgreSQL refused because of what the schema holds (ANALYZE, the fill): the plans were made without them. */
  failures: StepFailure[];
}

export interface PlanAfterRequest {
  queries: KeyQuery[];
  before: Map<string, PlanResult>;
  beforeCatalog: CatalogState;
  afterCatalog: CatalogState;
  files: FileOutcome[];
  major: number;
  rowsFor: (table: string) => number;
  /** Rows the existing tables were given before the change ran. */
  rows: Record<string, number>;
  costRatio: number;
  /** Production statistics to plan with, and the guard that must not count their files' holes. */
  statistics: StatisticsChoice['stats'];
  guard: ReviewGuard;
  server: PostgresServer;
}

/** Foreign keys of tables the change created or altered that no index leads with. */
function foreignKeyGaps(before: CatalogState, after: CatalogState): { table: string; columns: string[] }[] {
  return Object.values(after.tables)
    .filter((t) => JSON.stringify(before.tables[t.qualifiedName]) !== JSON.stringify(t))
    .flatMap((t) =>
      t.constraints
        .filter((c) => c.type === 'foreign key' && !t.indexes.some((i) => indexLeadsWith(i, c.columns)))
        .map((c) => ({ table: t.qualifiedName, columns: c.columns })),
    );
}

/**
 * After the change: fills the tables it created that key queries read or whose foreign keys
 * lack an index, plans the key queries again and compares, and tries the indexes the review
 * would suggest, so each suggestion comes with the plan that proves it.
 */
export async function planAfter(client: pg.Client, req: PlanAfterRequest): Promise<SetPlans> {
  const created = new Set(Object.keys(req.afterCatalog.tables).filter((t) => !req.beforeCatalog.tables[t]));
  const queryTables = await resolveTables(client, mentionedRelations(req.queries.flatMap((q) => q.statements)));
  const gaps = foreignKeyGaps(req.beforeCatalog, req.afterCatalog);
  const toFill = [...new Set([...queryTables, ...gaps.map((g) => g.table)])].filter((t) => created.has(t));
  // Tables that existed were filled before the change; only new ones (and new parents) need rows.
  const fill = await fillTables(client, req.afterCatalog, toFill, (t) => (created.has(t) ? req.rowsFor(t) : 0));
  const rows = { ...req.rows, ...fill.rows };
  // A rewrite or a type change resets statistics; the plans should see the data as it is.
  const failures = [...fill.failures];
  for (const t of queryTables.filter((x) => !created.has(x))) {
    await client.query(`ANALYZE ${qualify(t)}`).catch((err: unknown) => failures.push(stepFailure(`ANALYZE ${t}`, t, err)));
  }
  // Planned at production's size, the tables are as large as production's: which scans are of large tables, which foreign keys need evidence.
  const sized = req.statistics ? { ...rows, ...productionRows(req.statistics.stats, Object.keys(rows)) } : rows;
  const planned = await planningWith(client, req.server, req.statistics, req.guard, () => plansAndEvidence(client, req, { created, gaps, rows: sized }));
  return { ...planned.result, rows, notes: fill.notes, failures, statistics: planned.statistics };
}

/** Production's rows of the tables named, by qualified name. */
function productionRows(stats: ProductionStats, tables: string[]): Record<string, number> {
  return Object.fromEntries(tables.flatMap((t) => stats.tables.filter((s) => `${s.schema}.${s.name}` === t && s.reltuples >= 0).map((s) => [t, s.reltuples])));
}

/** The key queries planned after the change and compared, and the indexes the review would suggest tried. */
async function plansAndEvidence(
  client: pg.Client,
  req: PlanAfterRequest,
  { created, gaps, rows }: { created: Set<string>; gaps: { table: string; columns: string[] }[]; rows: Record<string, number> },
): Promise<{ comparisons: PlanComparison[]; evidence: IndexTrial[] }> {
  const indexes = new Set(Object.values(req.afterCatalog.tables).flatMap((t) => t.indexes.filter((i) => i.valid).map((i) => i.name)));
  const after = await planAll(client, req.queries, req.major);
  const comparisons: PlanComparison[] = [];
  for (const q of req.queries) {
    const [b, a] = [req.before.get(q.name) as PlanResult, after.get(q.name) as PlanResult];
    const trials = a.ok ? await indexTrials(client, q.query, a.summary, rows, { major: req.major, existing: (t) => !created.has(t) }) : [];
    comparisons.push({
      name: q.name,
      sql: q.sql,
      origin: q.origin,
      before: b,
      after: a,
      changes: comparePlans(b, a, { costRatio: req.costRatio, indexExists: (n) => indexes.has(n) }),
      blockedBy: lockWaits(q.query, planRelations(b, a), req.files),
      trials,
    });
  }
  const evidence: IndexTrial[] = [];
  if (req.major >= 16) {
    for (const gap of gaps) {
      if ((rows[gap.table] ?? 0) < LARGE_TABLE_ROWS) continue;
      // The lookup a DELETE on the parent runs for each row, as the foreign key's trigger plans it.
      const checked = await checkQuery(
        `SELECT 1 FROM ${qualify(gap.table)} WHERE ${gap.columns.map((c, i) => `${pg.escapeIdentifier(c)} = $${i + 1}`).join(' AND ')}`,
      );
      if (!checked.ok) continue;
      const plan = await explainQuery(client, checked.query, { analyze: false, major: req.major });
      const scan = plan.ok ? plan.summary.scans.find((s) => s.relation === gap.table && s.type === 'Seq Scan') : undefined;
      if (!plan.ok || !scan) continue;
      evidence.push(
        await tryIndex(client, checked.query, scan, gap.columns, {
          major: req.major,
          rows: rows[gap.table] ?? 0,
          concurrently: !created.has(gap.table),
          before: plan.summary,
        }),
      );
    }
  }
  return { comparisons, evidence };
}
