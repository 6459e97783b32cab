// The review's sandbox stage: a server, then each history the change touches measured in a
// database of its own (historySet.ts), then the catalogs of all of them compared.

import { mergeBases, type ReviewBase } from '../base/base.js';
import { loadPreamble } from '../base/platform.js';
import { diffCatalog } from '../catalog/diff.js';
import { mergeCatalogs } from '../catalog/read.js';
import type { CatalogState } from '../catalog/types.js';
import type { FileOutcome } from '../apply/types.js';
import type { DbaConfig } from '../config/schema.js';
import { describeFailure } from '../data/fill.js';
import { unknownTables } from '../data/rowsFor.js';
import type { Migration } from '../discover/types.js';
import { loadKeyQueries } from '../explain/keyQueries.js';
import type { ReviewPlans } from '../explain/reviewPlans.js';
import { chooseStatistics } from '../explain/statistics.js';
import type { Detection } from '../model/finding.js';
import type { ProductionStats } from '../model/productionStats.js';
import type { ParsedFile } from '../parse/statements.js';
import type { TemplateSettings } from '../parse/templates.js';
import { extensionsCreatedIn } from '../sandbox/extensions.js';
import type { ReviewGuard } from '../sandbox/guard.js';
import { SandboxUnavailableError, type SandboxProvider } from '../sandbox/types.js';
import type { PostgresServer } from '../sandbox/server.js';
import type { RepoSource, TreeListing } from '../source/types.js';
import { baseFailureAdvice } from './baseAdvice.js';
import { statsSizes } from './estimate.js';
import { reviewSet } from './historySet.js';
import { seconds } from './outcomeFindings.js';
import { planFindings } from './planFindings.js';
import { estimateSet } from './secondSize.js';
import { stepFindings } from './stepFindings.js';
import type { RestoreCheck, Review } from './types.js';

export interface MeasureInput {
  source: RepoSource;
  config: DbaConfig;
  sandbox: SandboxProvider;
  guard: ReviewGuard;
  trees: { base: TreeListing; head: TreeListing };
  /** The base's migrations, of every history. */
  baseMigrations: Migration[];
  /** The change's migrations, parsed, in the order they run. */
  pending: { migration: Migration; parsed: ParsedFile }[];
  templates: { base: TemplateSettings; head: TemplateSettings };
  superseded?: (() => Promise<boolean>) | undefined;
  /** Production statistics given directly instead of through `stats:` (an embedding program, tests). */
  stats?: ProductionStats | undefined;
}

/** What the sandbox measured, for the review to take in whole. */
export interface Measured {
  /** Set when the review could not be completed (problems say why) or a migration failed. */
  outcome?: 'could-not-run' | 'migration-failed';
  problems: string[];
  notes: string[];
  postgres: Review['postgres'];
  base: ReviewBase | null;
  files: FileOutcome[];
  catalog: Review['catalog'];
  plans: ReviewPlans | null;
  /** The statistics files read, oldest first: sizes and growth (Review.productionStats). */
  productionStats?: ProductionStats[];
  rows: Review['rows'];
  restore?: Review['restore'];
  detections: Detection[];
}

// pg_terminate_backend's error, which the statement the guard cut off fails with.
const ADMIN_SHUTDOWN = '57P01';

/** Measures the change in the sandbox: every history it touches, then the catalog change of all. */
export async function measureChange(input: MeasureInput): Promise<Measured> {
  const { guard, config } = input;
  const measured: Measured = { problems: [], notes: [], postgres: null, base: null, files: [], catalog: null, plans: null, rows: {}, detections: [] };
  const stop = (problem: string): Measured => ({ ...measured, outcome: 'could-not-run', problems: [...measured.problems, problem] });
  const sets = [...new Set(input.pending.map((u) => u.migration.set))];
  let server: PostgresServer;
  try {
    // A server with the extensions the histories create, or a problem naming where they are.
    const replayed = [...input.baseMigrations.filter((m) => sets.includes(m.set)), ...input.pending.map((u) => u.migration)];
    const extensions = [...new Set([...config.postgres.extensions, ...replayed.flatMap((m) => extensionsCreatedIn(m.up))])];
    server = await input.sandbox.server(config.postgres.version, { extensions, image: config.postgres.image });
  } catch (err) {
    if (!(err instanceof SandboxUnavailableError)) throw err;
    return stop(err.message);
  }
  measured.postgres = { version: server.version, major: server.major, provider: server.provider ?? input.sandbox.name };
  const preamble = await loadPreamble(input.source, config, input.trees.base, input.trees.head, measured.notes);
  if (typeof preamble === 'string') return stop(preamble);
  const setup = { extensions: config.postgres.extensions, preamble };
  const keyQueries = await loadKeyQueries(input.source, input.trees.head, config.queries);
  measured.notes.push(...keyQueries.notes);
  // Production's statistics, read from the trusted (base) commit: the key queries and the evidence plan at production's size.
  const statistics = await chooseStatistics(config, input.source, input.trees.base, server);
  measured.notes.push(...statistics.notes);
  // Sizes and growth need only the numbers, whichever server loads them.
  const exports = input.stats ? [input.stats] : statistics.exports;
  if (exports.length) measured.productionStats = exports;
  const production = exports.length ? statsSizes(exports.at(-1) as ProductionStats) : undefined;
  const plans: ReviewPlans = { comparisons: [], evidence: [], rows: {}, statistics: null };
  measured.plans = plans;
  const befores: CatalogState[] = [];
  const afters: CatalogState[] = [];
  for (const set of sets) {
    if (guard.check()) break;
    if (await input.superseded?.()) {
      measured.outcome = 'could-not-run';
      measured.problems.push('A newer push superseded this commit, so its review stopped.');
      break;
    }
    const units = input.pending.filter((u) => u.migration.set === set);
    const baseMigrations = input.baseMigrations.filter((m) => m.set === set);
    const setInput = {
      sandbox: input.sandbox,
      server,
      setup,
      baseMigrations,
      units,
      templates: input.templates,
      queries: keyQueries.queries,
      config,
      guard,
      statistics: statistics.stats,
    };
    const result = await reviewSet(setInput);
    if (!result.problem && result.files.every((f) => f.status === 'applied') && !guard.check()) {
      const skipped = await estimateSet(setInput, result, production);
      if (skipped && !measured.notes.includes(skipped)) measured.notes.push(skipped);
    }
    if (result.problem) {
      measured.outcome = 'could-not-run';
      measured.problems.push(result.problem);
      break;
    }
    if (result.plans) {
      plans.comparisons.push(...result.plans.comparisons);
      plans.evidence.push(...result.plans.evidence);
      Object.assign(plans.rows, result.plans.rows);
      plans.statistics ??= result.plans.statistics;
      measured.notes.push(...result.plans.notes);
      measured.detections.push(...planFindings(result.plans.comparisons, units), ...stepFindings(result.plans.failures, units, result, server.major));
    }
    Object.assign(measured.rows, result.fill?.rows ?? {});
    if (result.restore) {
      measured.restore = mergeRestore(measured.restore, result.restore.check);
      measured.detections.push(...result.restore.detections);
    }
    measured.detections.push(...(result.reversibility ?? []), ...(result.generatedDataFailure ? [result.generatedDataFailure] : []));
    // The base's own failures (its fill before the change) are not the change's doing: notes.
    measured.notes.push(...(result.fill?.notes ?? []), ...(result.fill?.failures ?? []).map(describeFailure));
    measured.base = mergeBases(measured.base, result.base);
    if (result.base.failure) {
      const { file, error } = result.base.failure;
      measured.outcome = 'could-not-run';
      // A replay the guard cut off is the guard's problem, said below.
      if (!guard.stopped) {
        measured.problems.push(
          `The base branch's migrations did not replay: ${file}:${error.position.line}:${error.position.column}: ${error.message}. ` +
            baseFailureAdvice(error, { shared: !server.ownCluster }),
        );
      }
      continue;
    }
    measured.files.push(...result.files);
    if (result.before && result.after) {
      befores.push(result.before);
      afters.push(result.after);
    }
  }
  if (guard.stopped) {
    const what = ranOut(guard);
    for (const stmt of measured.files.flatMap((f) => f.statements)) if (stmt.error?.code === ADMIN_SHUTDOWN) stmt.error.cutOff = `when ${what}`;
    measured.outcome = 'could-not-run';
    measured.problems.push(
      `${what[0]?.toUpperCase()}${what.slice(1)}: the sandbox ended its PostgreSQL sessions and skipped the rest, so this review is incomplete.`,
    );
  }
  if (measured.outcome !== 'could-not-run') {
    const [before, after] = [mergeCatalogs(befores), mergeCatalogs(afters)];
    measured.catalog = { before, after, changes: diffCatalog(before, after) };
    const strays = unknownTables(config.data, Object.keys(after.tables));
    if (strays.length)
      measured.notes.push(
        `data.tables in .github/dba.yml names ${strays.join(', ')}, which no migration creates: check the spelling (schema.table, or table for public).`,
      );
    if (measured.files.some((f) => f.status === 'failed')) measured.outcome = 'migration-failed';
  }
  return measured;
}

/** The drills of several histories as one: a failure wins over a skip, a skip over a clean restore; times add up. */
function mergeRestore(a: RestoreCheck | undefined, b: RestoreCheck): RestoreCheck {
  if (!a) return b;
  const rank = { failed: 2, skipped: 1, restored: 0 };
  const worse = rank[b.status] > rank[a.status] ? b : a;
  return { ...worse, durationMs: a.durationMs + b.durationMs };
}

/** What ran out when the guard stopped a review. */
function ranOut(guard: ReviewGuard): string {
  switch (guard.stopped) {
    case 'disk size':
      return `the review's data on disk (its database, shared catalogs, temporary files and WAL) grew past the sandbox's limit of ${guard.limits.databaseLimitMb} MB`;
    case 'answer size':
      return `a statement's answer (rows, notices, COPY data or error text) passed the sandbox's limit of ${guard.limits.answerLimitMb} MB`;
    default:
      return `the review's time budget of ${seconds(guard.limits.reviewBudgetMs)} ran out`;
  }
}
