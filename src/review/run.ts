// runReview, the one entry to a whole review. Its stages, in order: discovery, the change to history, parsing (in a worker), the sandbox (measure.ts; one history in historySet.ts), the rules (in a worker).
import picomatch from 'picomatch';
import type { DbaConfig } from '../config/schema.js';
import { discoverMigrations } from '../discover/discover.js';
import { checkAtlasSums } from '../discover/atlasSumCheck.js';
import { templateSettings } from '../discover/flywayConfig.js';
import { checkHistory } from '../discover/history.js';
import { LAYOUTS } from '../discover/layouts/index.js';
import type { Migration } from '../discover/types.js';
import { REPORT_GRACE_MS, ReviewGuard } from '../sandbox/guard.js';
import type { SandboxProvider } from '../sandbox/types.js';
import type { ChangedFile, RepoSource } from '../source/types.js';
import { runTask, startTasks, TASK_HEAP_MB, TaskLimitError } from '../isolate/pool.js';
import { reviveParsed, type ParsedFile, type ParseTask } from '../parse/statements.js';
import { judgeDetections, type RuleResults, type RulesTask } from '../rules/run.js';
import { outcomeFindings, seconds } from './outcomeFindings.js';
import { measureChange } from './measure.js';
import type { Review, ReviewSubject } from './types.js';
import type { Detection } from '../model/finding.js';
import type { ProductionStats } from '../model/productionStats.js';

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
  /** Production statistics (`stats:`): the time estimates extrapolate to their sizes. */
  stats?: ProductionStats | undefined;
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
    excluded: [],
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
const POSSIBLE_MIGRATION =
  /\.sql$|\.sql\.conf$|(^|\/)sqitch\.plan$|(^|\/)_journal\.json$|(^|\/)(migrations?|migrate|versions)\/[^/]+\.(rb|py|exs|php|go|js|cjs|mjs|ts)$/i;

function couldBeMigration(change: ChangedFile, config: DbaConfig): boolean {
  const globs = config.migrations.paths ? picomatch(config.migrations.paths, { dot: true }) : null;
  return [change.path, change.previousPath].some((p) => p !== undefined && (POSSIBLE_MIGRATION.test(p) || (globs?.(p) ?? false)));
}

/** The changed files `migrations.exclude` leaves out that could otherwise be migrations, so the review can say so. */
function excludedChanges(changes: ChangedFile[], config: DbaConfig): string[] {
  if (!config.migrations.exclude.length) return [];
  const excluded = picomatch(config.migrations.exclude, { dot: true });
  return changes.filter((c) => couldBeMigration(c, config) && [c.path, c.previousPath].some((p) => p !== undefined && excluded(p))).map((c) => c.path);
}

/** A readable name for each history the review touched: "Prisma Migrate in prisma/migrations". */
function describeHistories(migrations: Migration[]): string[] {
  const seen = new Map<string, string>();
  for (const m of migrations) seen.set(`${m.framework}\0${m.set}`, `${LAYOUTS[m.framework].label} in ${m.set === '.' ? 'the repository root' : m.set}`);
  return [...seen.values()];
}

/** Why a stage that runs in a worker thread gave no result, and what the review lacks for it. */
function stoppedTask(what: string, err: TaskLimitError, guard: ReviewGuard, lacking: string): string {
  const limit =
    err.limit === 'time'
      ? `did not finish within the review's time budget of ${seconds(guard.limits.reviewBudgetMs)} (and ${seconds(REPORT_GRACE_MS)} more to report)`
      : `needed more than its ${TASK_HEAP_MB} MB of memory`;
  return `${what} ${limit}, so it was stopped and ${lacking}. Something in this change makes it unusually expensive (a very large file, or a statement or name the reviewer handles badly): split the change, or report it if the change is ordinary.`;
}

/**
 * The whole review of one change: find each history's migrations at base and head, check what
 * the change does to history, then for each history it touches replay the base in a fresh
 * database, snapshot the catalog, apply the pending migrations, snapshot again and diff.
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
  review.excluded = excludedChanges(req.changedFiles, req.config);
  if (!req.changedFiles.some((c) => couldBeMigration(c, req.config))) {
    review.outcome = 'no-migrations';
    return finish();
  }

  // The sandbox's own start (a cold cache's empty cluster) overlaps reading the repository, which on a first review takes longest.
  void req.sandbox.prepare?.(req.config.postgres.version);
  startTasks();
  const [baseTree, headTree] = await Promise.all([req.source.listTree(req.subject.baseSha), req.source.listTree(req.subject.headSha)]);
  const options = req.config.migrations;
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
  // Only where another engine's files are in sight is "reviewed as PostgreSQL" worth saying: elsewhere it is the premise.
  const otherEngines = head.leftOut.length > 0 || base.leftOut.length > 0;
  for (const u of head.unknownEngine.filter((u) => otherEngines && touchedSets.has(`${u.framework}\0${u.set}`))) {
    review.notes.push(
      `Nothing names the database engine of ${u.set === '.' ? 'the repository root' : u.set} (${LAYOUTS[u.framework].label}): no engine folder name or framework setting; it was reviewed as PostgreSQL.`,
    );
  }
  const history = await checkHistory(base, head, req.changedFiles);
  const detections: Detection[] = [...history.findings, ...(await checkAtlasSums(req.source, headTree.files, req.changedFiles))];
  for (const h of head.hostLanguage.filter((x) => changedPaths.has(x.path))) {
    detections.push({
      ruleId: 'migration-not-sql',
      file: h.path,
      line: 1,
      column: 1,
      message: `A ${h.framework} migration: it cannot be replayed as SQL, so it was found but not analysed. Have your build write the SQL it runs to a file and point migrations.paths in .github/dba.yml at it.`,
    });
  }
  review.histories = describeHistories([...history.pending, ...head.migrations.filter((m) => changedPaths.has(m.path))]);

  // Each commit's SQL is rendered with its own Flyway settings; the values in .github/dba.yml are the config's.
  const [baseTemplates, headTemplates] = await Promise.all([
    templateSettings(req.source, baseTree.files, req.config.migrations.variables),
    templateSettings(req.source, headTree.files, req.config.migrations.variables, review.notes),
  ]);
  // Parsing and the rules run where the change's text cannot hold up the process (isolate/).
  const reportBy = guard.deadline + REPORT_GRACE_MS;
  let pendingUnits: { migration: Migration; parsed: ParsedFile }[];
  try {
    const files: ParseTask = history.pending.map((m) => ({
      path: m.path,
      sql: m.up,
      templating: { settings: headTemplates, flyway: m.framework === 'flyway' },
    }));
    const parsed = await runTask<ParseTask, ParsedFile[]>('parse', files, reportBy);
    pendingUnits = history.pending.map((migration, i) => ({ migration, parsed: reviveParsed(parsed[i] as ParsedFile) }));
  } catch (err) {
    if (!(err instanceof TaskLimitError)) throw err;
    review.outcome = 'could-not-run';
    review.problems.push(stoppedTask("Parsing the change's SQL", err, guard, 'nothing was applied'));
    ({ findings: review.findings, suppressed: review.suppressed } = judgeDetections(detections, req.config.rules));
    return finish();
  }
  if (history.pending.length) {
    const measured = await measureChange({
      source: req.source,
      config: req.config,
      sandbox: req.sandbox,
      guard,
      trees: { base: baseTree, head: headTree },
      baseMigrations: base.migrations,
      pending: pendingUnits,
      templates: { base: baseTemplates, head: headTemplates },
      superseded: req.superseded,
      stats: req.stats,
    });
    const { outcome, problems, notes, detections: measuredDetections, ...facts } = measured;
    Object.assign(review, facts);
    if (outcome) review.outcome = outcome;
    review.problems.push(...problems);
    review.notes.push(...notes);
    detections.push(...measuredDetections);
  }
  const checked = await checkRules(review, pendingUnits, [...detections, ...outcomeFindings(review.files)], req.config, { reportBy, guard });
  review.findings = checked.findings;
  review.suppressed = checked.suppressed;
  if (checked.problem) {
    review.outcome = 'could-not-run';
    review.problems.push(checked.problem);
  }
  return finish();
}

/**
 * The rules, in a worker thread ended at the deadline, over the statements, their measured
 * outcomes, the catalog change and the pipeline's detections. Without a result in time, the
 * detections alone are judged here, by their own rules.
 */
async function checkRules(
  review: Review,
  units: { migration: Migration; parsed: ParsedFile }[],
  detections: Detection[],
  config: DbaConfig,
  limits: { reportBy: number; guard: ReviewGuard },
): Promise<RuleResults & { problem?: string }> {
  const task: RulesTask = {
    context: {
      mode: 'review',
      serverMajor: review.postgres?.major ?? config.postgres.version,
      migrations: units.map((u) => {
        const outcome = review.files.find((f) => f.key === u.migration.key);
        return { migration: u.migration, parsed: u.parsed, ...(outcome ? { outcome } : {}) };
      }),
      ...(review.catalog ? { catalog: review.catalog } : {}),
      rows: review.rows,
      detections,
    },
    config: config.rules,
  };
  try {
    return await runTask<RulesTask, RuleResults>('rules', task, limits.reportBy);
  } catch (err) {
    if (!(err instanceof TaskLimitError)) throw err;
    return {
      ...judgeDetections(detections, config.rules),
      problem: stoppedTask('Checking the rules', err, limits.guard, 'only the findings of the replay and of history are listed'),
    };
  }
}
