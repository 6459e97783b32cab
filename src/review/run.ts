import { applyChanges, replayBase } from '../apply/apply.js';
import { diffCatalog } from '../catalog/diff.js';
import { snapshotCatalog } from '../catalog/snapshot.js';
import type { DbaConfig } from '../config/schema.js';
import { changedMigrations, loadMigrations, naturalCompare, selectMigrations } from '../discover/migrations.js';
import { parseMigration } from '../parse/statements.js';
import { ReviewDatabase } from '../sandbox/database.js';
import { SandboxUnavailableError, type SandboxProvider } from '../sandbox/types.js';
import type { ChangedFile, RepoSource } from '../source/types.js';
import { failureFindings } from './failures.js';
import type { Review, ReviewSubject } from './types.js';

export interface ReviewRequest {
  source: RepoSource;
  subject: ReviewSubject;
  /** The files the change touches, relative to its merge base. */
  changedFiles: ChangedFile[];
  config: DbaConfig;
  sandbox: SandboxProvider;
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
    changedMigrations: [],
    base: null,
    files: [],
    catalog: null,
    findings: [],
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

/**
 * The whole review of one change: replay the base history in a fresh database, snapshot the
 * catalog, apply the change's migrations statement by statement, snapshot again and diff.
 */
export async function runReview(req: ReviewRequest): Promise<Review> {
  const started = Date.now();
  const review = emptyReview(req.subject, req.config);
  const finish = () => {
    review.durationMs = Date.now() - started;
    review.heading = mainTable(review) ?? req.subject.title;
    return review;
  };

  review.changedMigrations = changedMigrations(req.changedFiles, req.config.migrations.paths).map((f) => ({
    path: f.path,
    status: f.status,
    ...(f.previousPath ? { previousPath: f.previousPath } : {}),
  }));
  if (review.changedMigrations.length === 0) {
    review.outcome = 'no-migrations';
    return finish();
  }

  const [baseTree, headTree] = await Promise.all([req.source.listTree(req.subject.baseSha), req.source.listTree(req.subject.headSha)]);
  for (const [label, tree] of [['base', baseTree], ['head', headTree]] as const) {
    if (tree.truncated) review.notes.push(`The ${label} commit's file tree was truncated by the API; migrations beyond the cut are not seen.`);
  }
  const globs = req.config.migrations.paths;
  const changedPaths = new Set(review.changedMigrations.filter((c) => c.status !== 'removed').map((c) => c.path));
  const baseFiles = selectMigrations(baseTree.files, globs);
  const prFiles = selectMigrations(headTree.files, globs)
    .filter((f) => changedPaths.has(f.path))
    .sort((a, b) => naturalCompare(a.path, b.path));

  const parseAll = async (files: typeof baseFiles) =>
    Promise.all((await loadMigrations(req.source, files)).map((m) => parseMigration(m.path, m.sql)));
  const [baseParsed, prParsed] = await Promise.all([parseAll(baseFiles), parseAll(prFiles)]);

  let server;
  try {
    server = await req.sandbox.server(req.config.postgres.version);
  } catch (err) {
    if (!(err instanceof SandboxUnavailableError)) throw err;
    review.outcome = 'could-not-run';
    review.problems.push(err.message);
    return finish();
  }
  review.postgres = { version: server.version, major: server.major, provider: req.sandbox.name };

  const db = await ReviewDatabase.create(server);
  try {
    const client = await db.connect();
    try {
      const base = await replayBase(client, baseParsed, server.major);
      review.base = { ...base, paths: baseFiles.map((f) => f.path) };
      if (base.failure) {
        const { file, error } = base.failure;
        review.outcome = 'could-not-run';
        review.problems.push(
          `The base branch's migrations did not replay: ${file}:${error.position.line}:${error.position.column}: ${error.message}. ` +
            `The change cannot be judged on a history that does not apply; fix the base history or its configuration.`,
        );
        return finish();
      }
      const before = await snapshotCatalog(client);
      review.files = await applyChanges(client, prParsed, server.major);
      const after = await snapshotCatalog(client);
      review.catalog = { before, after, changes: diffCatalog(before, after) };
    } finally {
      await client.end();
    }
  } finally {
    await db.drop();
  }
  review.findings = failureFindings(review.files);
  if (review.files.some((f) => f.status === 'failed')) review.outcome = 'migration-failed';
  return finish();
}
