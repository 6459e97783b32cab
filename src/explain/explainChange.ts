import type { DbaConfig } from '../config/schema.js';
import { parseMigration } from '../parse/statements.js';
import { SandboxUnavailableError, type SandboxProvider } from '../sandbox/types.js';
import type { RepoSource } from '../source/types.js';
import { indexTrials, planWarnings, type IndexTrial } from './advice.js';
import { plansDiffer } from './compare.js';
import type { PlanResult } from './plan.js';
import { checkQuery, explainQuery } from './run.js';
import { openSchemaAt } from './schemaAt.js';
import { chooseStatistics, planWithStatistics, type StatisticsUsed } from './statistics.js';

export interface ExplainRequest {
  source: RepoSource;
  /** The commit whose schema the query is planned on (the PR head). */
  sha: string;
  /** When given, the query is planned on this commit's schema too, to show what the change does to it. */
  baseSha?: string;
  config: DbaConfig;
  sandbox: SandboxProvider;
  sql: string;
  analyze: boolean;
  /** Rows for tables `data.tables` does not name (default: data.rows). */
  rows?: number;
}

/** The plan on one commit's schema. */
export interface SchemaPlan {
  sha: string;
  /** null when the schema itself could not be built (see problem). */
  plan: PlanResult | null;
  problem: string | null;
  rows: Record<string, number>;
  history: string | null;
}

export interface ExplainReport {
  sql: string;
  analyze: boolean;
  postgres: { version: string; major: number } | null;
  /** Why nothing could be planned (bad query, no sandbox). */
  problem: string | null;
  head: SchemaPlan | null;
  base: SchemaPlan | null;
  /** The base plan differs from the head plan enough to show both. */
  differs: boolean;
  warnings: string[];
  /** Indexes tried in the sandbox for the head plan's sequential scans. */
  trials: IndexTrial[];
  notes: string[];
  /** Production statistics the head plan was made with (stats:), or null: generated rows only. */
  statistics: StatisticsUsed | null;
  durationMs: number;
}

/**
 * EXPLAIN of one query on the schema at `sha` (and at `baseSha`), each replayed into its own
 * database and filled with the configured rows: what `/dba explain` and `pg-dba-review explain` run.
 */
export async function explainChange(req: ExplainRequest): Promise<ExplainReport> {
  const started = Date.now();
  const report: ExplainReport = {
    sql: req.sql.trim(),
    analyze: req.analyze,
    postgres: null,
    problem: null,
    head: null,
    base: null,
    differs: false,
    warnings: [],
    trials: [],
    notes: [],
    statistics: null,
    durationMs: 0,
  };
  const done = () => ({ ...report, durationMs: Date.now() - started });
  const checked = await checkQuery(req.sql);
  if (!checked.ok) return { ...done(), problem: checked.error };
  let server;
  try {
    server = await req.sandbox.server(req.config.postgres.version, { extensions: req.config.postgres.extensions, image: req.config.postgres.image });
  } catch (err) {
    if (err instanceof SandboxUnavailableError) return { ...done(), problem: err.message };
    throw err;
  }
  report.postgres = { version: server.version, major: server.major };
  if (server.template && !req.baseSha) {
    return {
      ...done(),
      problem: `With SANDBOX_TEMPLATE, say which commit's schema the copy of ${server.template} holds (--base REF): the migrations after it are applied on the copy.`,
    };
  }
  const parsed = await parseMigration('query', checked.query.sql);
  const statements = parsed.ok ? parsed.statements : [];
  // A pull request's preamble is the base branch's (it runs with superuser rights); locally, the ref's own.
  const data = req.rows === undefined ? req.config.data : { ...req.config.data, rows: req.rows };
  const schemaReq = { source: req.source, config: req.config, sandbox: req.sandbox, server, data, preambleFrom: req.baseSha ?? req.sha };

  // The sandbox's files are sized to production's pages for planning: a query that runs would read them whole.
  const statistics = req.analyze
    ? {
        stats: null,
        notes: req.config.stats.length
          ? ['EXPLAIN ANALYZE runs the query on the generated rows: production statistics (stats:) are used for plain explain only.']
          : [],
      }
    : await chooseStatistics(req.config, req.source, await req.source.listTree(req.baseSha ?? req.sha), server);
  report.notes.push(...statistics.notes);

  let baseTables = new Set<string>();
  if (req.baseSha) {
    const base = await openSchemaAt({ ...schemaReq, sha: req.baseSha }, statements);
    try {
      if (base.problem === null) await planWithStatistics(base.client, base.server, statistics.stats);
      const plan = base.problem === null ? await explainQuery(base.client, checked.query, { analyze: req.analyze, major: server.major }) : null;
      report.base = { sha: req.baseSha, plan, problem: base.problem, rows: base.rows, history: base.history };
      baseTables = new Set(Object.keys(base.catalog?.tables ?? {}));
    } finally {
      await base.close();
    }
  }
  const head = await openSchemaAt({ ...schemaReq, sha: req.sha, ...(req.baseSha ? { copyHolds: req.baseSha } : {}) }, statements);
  try {
    if (head.problem === null) report.statistics = await planWithStatistics(head.client, head.server, statistics.stats);
    const plan = head.problem === null ? await explainQuery(head.client, checked.query, { analyze: req.analyze, major: server.major }) : null;
    report.head = { sha: req.sha, plan, problem: head.problem, rows: head.rows, history: head.history };
    report.notes.push(...head.notes);
    if (plan?.ok && head.problem === null) {
      report.warnings = [...planWarnings(plan.summary, head.rows), ...plan.runtime];
      // Without a base to compare with, assume the table exists in production: CONCURRENTLY.
      report.trials = await indexTrials(head.client, checked.query, plan.summary, head.rows, {
        major: server.major,
        existing: (t) => !req.baseSha || baseTables.has(t),
      });
    }
  } finally {
    await head.close();
  }
  const [b, h] = [report.base?.plan, report.head.plan];
  report.differs = Boolean(b && h && plansDiffer(b, h));
  return done();
}
