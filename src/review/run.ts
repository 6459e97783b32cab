// runReview, the one entry to a whole review: its stages are told in order here (discovery, history, each history set, rules, verdict), so the file runs a little over 300 lines; one history's work is in historySet.ts.
import picomatch from 'picomatch';
import { mergeBases } from '../base/base.js';
import { loadPreamble } from '../base/platform.js';
import { diffCatalog } from '../catalog/diff.js';
import { mergeCatalogs } from '../catalog/read.js';
import type { CatalogState } from '../catalog/types.js';
import type { DbaConfig } from '../config/schema.js';
import { discoverMigrations } from '../discover/discover.js';
import { checkAtlasSums } from '../discover/atlasSumCheck.js';
import { templateSettings } from '../discover/flywayConfig.js';
import { checkHistory } from '../discover/history.js';
import { LAYOUTS } from '../discover/layouts/index.js';
import type { Migration } from '../discover/types.js';
import { describeFailure } from '../data/fill.js';
import { unknownTables } from '../data/rowsFor.js';
import { loadKeyQueries } from '../explain/keyQueries.js';
import type { ReviewPlans } from '../explain/reviewPlans.js';
import { extensionsCreatedIn } from '../sandbox/extensions.js';
import { REPORT_GRACE_MS, ReviewGuard } from '../sandbox/guard.js';
import { SandboxUnavailableError, type SandboxProvider } from '../sandbox/types.js';
import type { PostgresServer } from '../sandbox/server.js';
import type { ChangedFile, RepoSource } from '../source/types.js';
import { runTask, TASK_HEAP_MB, TaskLimitError } from '../isolate/pool.js';
import { reviveParsed, type ParsedFile, type ParseTask } from '../parse/statements.js';
import type { RuleResults, RulesTask } from '../rules/run.js';
import { baseFailureAdvice } from './baseAdvice.js';
import { outcomeFindings, seconds } from './outcomeFindings.js';
import { reviewSet } from './historySet.js';
import { planFindings } from './planFindings.js';
import { stepFindings } from './stepFindings.js';
import type { Review, ReviewSubject } from './types.js';
import type { Finding } from '../model/finding.js';

export interface ReviewRequest {
  source: RepoSource;
  subject: ReviewSubject;
  /** The files the change touches, relative to its merge base. */
  changedFiles: ChangedFile[];
  config: DbaConfig;
  sandbox: SandboxProvider;
  /** True once a newer push replaced this head: the review stops before its next history. */
  superseded?: () => Promise<boolean>;
  /** When the review's time budget runs out (epoch ms), if its clock started before runReview. */
  deadline?: number;
}

function emptyReview(subject: ReviewSubject, config: DbaConfig | null): Review {
  return {
    subject,
    outcome: 'reviewed',
    heading: subject.title,
    config,
    postgres: null,
    problems: [],
    notes: [],
    histories: [],
    changedMigrations: [],
    base: null,
    files: [],
    catalog: null,
    findings: [],
    suppressed: [],
    rows: {},
    plans: null,
    durationMs: 0,
  };
}

/** The review of a change whose configuration is invalid: nothing runs, the errors are the review. */
export function configErrorReview(subject: ReviewSubject, errors: string[]): Review {
  return { ...emptyReview(subject, null), outcome: 'could-not-run', problems: errors.map((e) => `Invalid .github/dba.yml: ${e}`) };
}

/** The main table of a change: the first table it creates, else the first it alters. */
function mainTable(review: Review): string | undefined {
  const changes = review.catalog?.changes ?? [];
  const created = changes.find((c) => c.objectType === 'table' && c.action === 'added');
  const touched = created ?? changes.find((c) => c.table !== undefined || c.objectType === 'table');
  const name = touched?.table ?? touched?.name;
  return name?.replace(/^public\./, '');
}

// Cheap test on changed paths, so a PR with no SQL in sight is concluded without reading trees.
const POSSIBLE_MIGRATION = /\.sql$|\.sql\.conf$|(^|\/)sqitch\.plan$|(^|\/)_journal\.json$|(^|\/)(migrations?|migrate|versions)\/[^/]+\.(rb|py|exs|php|go|js|cjs|mjs|ts)$/i;

function couldBeMigration(change: ChangedFile, config: DbaConfig): boolean {
  const globs = config.migrations.paths ? picomatch(config.migrations.paths, { dot: true }) : null;
  return [change.path, change.previousPath].some((p) => p !== undefined && (POSSIBLE_MIGRATION.test(p) || (globs?.(p) ?? false)));
}

/** A readable name for each history the review touched: "Prisma Migrate in prisma/migrations". */
function describeHistories(migrations: Migration[]): string[] {
  const seen = new Map<string, string>();
  for (const m of migrations) seen.set(`${m.framework}\0${m.set}`, `${LAYOUTS[m.framework].label} in ${m.set === '.' ? 'the repository root' : m.set}`);
  return [...seen.values()];
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

/** Why a stage that runs in a worker thread gave no result, and what the review lacks for it. */
function stoppedTask(what: string, err: TaskLimitError, guard: ReviewGuard, lacking: string): string {
  const limit = err.limit === 'time' ? `did not finish within the review's time budget of ${seconds(guard.limits.reviewBudgetMs)} (and ${seconds(REPORT_GRACE_MS)} more to report)` : `needed more than its ${TASK_HEAP_MB} MB of memory`;
  return `${what} ${limit}, so it was stopped and ${lacking}. Something in this change makes it unusually expensive (a very large file, or a statement or name the reviewer handles badly): split the change, or report it if the change is ordinary.`;
}

// pg_terminate_backend's error, which the statement the guard cut off fails with.
const ADMIN_SHUTDOWN = '57P01';

/**
 * The whole review of one change: find each history's migrations at base and head, check what
 * the change does to history, then for each history it touches replay the base in a fresh
 * database, read the catalog, apply the pending migrations, read it again and diff.
 */
export async function runReview(req: ReviewRequest): Promise<Review> {
  const started = Date.now();
  const guard = new ReviewGuard(req.sandbox.limits, req.deadline);
  const review = emptyReview(req.subject, req.config);
  const finish = () => {
    review.durationMs = Date.now() - started;
    review.notes = [...new Set(review.notes)];
    review.heading = mainTable(review) ?? req.subject.title;
    return review;
  };
  if (!req.changedFiles.some((c) => couldBeMigration(c, req.config))) {
    review.outcome = 'no-migrations';
    return finish();
  }

  const [baseTree, headTree] = await Promise.all([req.source.listTree(req.subject.baseSha), req.source.listTree(req.subject.headSha)]);
  const options = { paths: req.config.migrations.paths, framework: req.config.migrations.framework };
  const [base, head] = await Promise.all([discoverMigrations(req.source, baseTree, options), discoverMigrations(req.source, headTree, options)]);

  const migrationPaths = new Set([...base.migrations, ...head.migrations].flatMap((m) => [m.path, ...(m.down ? [m.down.path] : [])]));
  // Another engine's files count as touched too, so the review says why they were left out.
  const hostPaths = new Set([...head.hostLanguage, ...head.leftOut, ...base.leftOut].map((h) => h.path));
  const touches = (p?: string) => p !== undefined && (migrationPaths.has(p) || hostPaths.has(p));
  const changed = req.changedFiles.filter((c) => touches(c.path) || touches(c.previousPath));
  review.changedMigrations = changed.map((c) => ({ path: c.path, status: c.status, ...(c.previousPath ? { previousPath: c.previousPath } : {}) }));
  if (!changed.length) {
    review.outcome = 'no-migrations';
    return finish();
  }
  const changedPaths = new Set(changed.map((c) => c.path));
  review.notes.push(...head.notes.filter((n) => [...changedPaths].some((p) => n.includes(p)) || !base.notes.includes(n)));

  // Other engines' files the change touches, and the histories it touches whose engine nothing names.
  const touched = new Set(req.changedFiles.flatMap((c) => [c.path, ...(c.previousPath ? [c.previousPath] : [])]));
  for (const l of [...head.leftOut, ...base.leftOut]) if (touched.has(l.path)) review.notes.push(`${l.path}: ${l.reason}; not replayed or checked.`);
  const touchedSets = new Set(head.migrations.filter((m) => touched.has(m.path)).map((m) => `${m.framework}\0${m.set}`));
  for (const u of head.unknownEngine.filter((u) => touchedSets.has(`${u.framework}\0${u.set}`))) {
    review.notes.push(`Nothing names the database engine of ${u.set === '.' ? 'the repository root' : u.set} (${LAYOUTS[u.framework].label}): no engine folder name or framework setting; it was reviewed as PostgreSQL.`);
  }
  const history = await checkHistory(base, head, req.changedFiles);
  const findings: Finding[] = [...history.findings, ...(await checkAtlasSums(req.source, headTree.files, req.changedFiles))];
  for (const h of head.hostLanguage.filter((x) => changedPaths.has(x.path))) {
    findings.push({
      ruleId: 'migration-not-sql',
      severity: 'warning',
      file: h.path,
      line: 1,
      column: 1,
      message: `A ${h.framework} migration: it cannot be replayed as SQL, so it was found but not analysed. Have your build write the SQL it runs to a file and point migrations.paths in .github/dba.yml at it.`,
    });
  }
  review.histories = describeHistories([...history.pending, ...head.migrations.filter((m) => changedPaths.has(m.path))]);

  // Each commit's SQL is rendered with its own Flyway settings; the values in .github/dba.yml are the config's.
  const [baseTemplates, headTemplates] = await Promise.all([templateSettings(req.source, baseTree.files, req.config.migrations.variables), templateSettings(req.source, headTree.files, req.config.migrations.variables, review.notes)]);
  // Parsing and the rules run where the change's text cannot hold up the process (isolate/).
  const reportBy = guard.deadline + REPORT_GRACE_MS;
  let pendingUnits: { migration: Migration; parsed: ParsedFile }[];
  try {
    const files: ParseTask = history.pending.map((m) => ({ path: m.path, sql: m.up, templating: { settings: headTemplates, flyway: m.framework === 'flyway' } }));
    const parsed = await runTask<ParseTask, ParsedFile[]>('parse', files, reportBy);
    pendingUnits = history.pending.map((migration, i) => ({ migration, parsed: reviveParsed(parsed[i] as ParsedFile) }));
  } catch (err) {
    if (!(err instanceof TaskLimitError)) throw err;
    review.outcome = 'could-not-run';
    review.problems.push(stoppedTask("Parsing the change's SQL", err, guard, 'nothing was applied'));
    review.findings = findings;
    return finish();
  }
  const pendingSets = [...new Set(history.pending.map((m) => m.set))];
  const finishWithRules = async () => {
    const pipelineFindings = [...findings, ...outcomeFindings(review.files)];
    const task: RulesTask = {
      context: {
        mode: 'review',
        serverMajor: review.postgres?.major ?? req.config.postgres.version,
        migrations: pendingUnits.map((u) => {
          const outcome = review.files.find((f) => f.key === u.migration.key);
          return { migration: u.migration, parsed: u.parsed, ...(outcome ? { outcome } : {}) };
        }),
        ...(review.catalog ? { catalog: review.catalog } : {}),
        rows: review.rows,
        pipelineFindings,
      },
      config: req.config.rules,
    };
    try {
      const results = await runTask<RulesTask, RuleResults>('rules', task, reportBy);
      review.findings = results.findings;
      review.suppressed = results.suppressed;
    } catch (err) {
      if (!(err instanceof TaskLimitError)) throw err;
      review.outcome = 'could-not-run';
      review.problems.push(stoppedTask('Checking the rules', err, guard, 'only the findings of the replay and of history are listed'));
      review.findings = pipelineFindings;
    }
    return finish();
  };
  if (pendingSets.length) {
    let server: PostgresServer;
    try {
      // A server with the extensions the histories create, or a problem naming where they are.
      const replayed = [...base.migrations.filter((m) => pendingSets.includes(m.set)), ...history.pending];
      const extensions = [...new Set([...req.config.postgres.extensions, ...replayed.flatMap((m) => extensionsCreatedIn(m.up))])];
      server = await req.sandbox.server(req.config.postgres.version, { extensions, image: req.config.postgres.image });
    } catch (err) {
      if (!(err instanceof SandboxUnavailableError)) throw err;
      review.outcome = 'could-not-run';
      review.problems.push(err.message);
      return finishWithRules();
    }
    review.postgres = { version: server.version, major: server.major, provider: server.provider ?? req.sandbox.name };
    const preamble = await loadPreamble(req.source, req.config, baseTree, headTree, review.notes);
    if (typeof preamble === 'string') {
      review.outcome = 'could-not-run';
      review.problems.push(preamble);
      return finishWithRules();
    }
    const setup = { extensions: req.config.postgres.extensions, preamble };
    const keyQueries = await loadKeyQueries(req.source, headTree, req.config.queries);
    review.notes.push(...keyQueries.notes);
    const plans: ReviewPlans = { comparisons: [], evidence: [], rows: {} };
    review.plans = plans;
    const befores: CatalogState[] = [];
    const afters: CatalogState[] = [];
    for (const set of pendingSets) {
      if (guard.check()) break;
      if (await req.superseded?.()) {
        review.outcome = 'could-not-run';
        review.problems.push('A newer push superseded this commit, so its review stopped.');
        break;
      }
      const units = pendingUnits.filter((u) => (u.migration as Migration).set === set);
      const result = await reviewSet({ sandbox: req.sandbox, server, setup, baseMigrations: base.migrations.filter((m) => m.set === set), units, templates: { base: baseTemplates, head: headTemplates }, queries: keyQueries.queries, config: req.config, guard });
      if (result.problem) {
        review.outcome = 'could-not-run';
        review.problems.push(result.problem);
        break;
      }
      if (result.plans) {
        plans.comparisons.push(...result.plans.comparisons);
        plans.evidence.push(...result.plans.evidence);
        Object.assign(plans.rows, result.plans.rows);
        review.notes.push(...result.plans.notes);
        findings.push(...planFindings(result.plans.comparisons, units), ...stepFindings(result.plans.failures, units, result, server.major));
      }
      Object.assign(review.rows, result.fill?.rows ?? {});
      findings.push(...(result.reversibility ?? []), ...(result.generatedDataFailure ? [result.generatedDataFailure] : []));
      // The base's own failures (its fill before the change) are not the change's doing: notes.
      review.notes.push(...(result.fill?.notes ?? []), ...(result.fill?.failures ?? []).map(describeFailure));
      review.base = mergeBases(review.base, result.base);
      if (result.base.failure) {
        const { file, error } = result.base.failure;
        review.outcome = 'could-not-run';
        // A replay the guard cut off is the guard's problem, said below.
        if (!guard.stopped) {
          review.problems.push(
            `The base branch's migrations did not replay: ${file}:${error.position.line}:${error.position.column}: ${error.message}. ` +
              baseFailureAdvice(error),
          );
        }
        continue;
      }
      review.files.push(...result.files);
      if (result.before && result.after) {
        befores.push(result.before);
        afters.push(result.after);
      }
    }
    if (guard.stopped) {
      const what = ranOut(guard);
      for (const stmt of review.files.flatMap((f) => f.statements)) if (stmt.error?.code === ADMIN_SHUTDOWN) stmt.error.cutOff = `when ${what}`;
      review.outcome = 'could-not-run';
      review.problems.push(`${what[0]?.toUpperCase()}${what.slice(1)}: the sandbox ended its PostgreSQL sessions and skipped the rest, so this review is incomplete.`);
    }
    if (review.outcome !== 'could-not-run') {
      const [before, after] = [mergeCatalogs(befores), mergeCatalogs(afters)];
      review.catalog = { before, after, changes: diffCatalog(before, after) };
      const strays = unknownTables(req.config.data, Object.keys(after.tables));
      if (strays.length) review.notes.push(`data.tables in .github/dba.yml names ${strays.join(', ')}, which no migration creates: check the spelling (schema.table, or table for public).`);
    }
  }
  if (review.outcome !== 'could-not-run' && review.files.some((f) => f.status === 'failed')) review.outcome = 'migration-failed';
  return finishWithRules();
}
