import { replayBase } from '../apply/apply.js';
import type { BaseReplay } from '../apply/types.js';
import { parseUnits, withoutPlatformComments } from '../apply/units.js';
import { readCatalog } from '../catalog/read.js';
import type { CatalogState } from '../catalog/types.js';
import type { DbaConfig } from '../config/schema.js';
import { fillTables, type FillResult } from '../data/fill.js';
import type { RowCache } from '../data/rowCache.js';
import { rowsFor } from '../data/rowsFor.js';
import { resolveTables } from '../data/touched.js';
import { LAYOUTS } from '../discover/layouts/index.js';
import type { FrameworkId, Migration } from '../discover/types.js';
import type { TemplateSettings } from '../parse/templates.js';
import type { ReviewDatabase } from '../sandbox/database.js';
import type { ReviewGuard } from '../sandbox/guard.js';
import { unitHash } from '../sandbox/snapshotKey.js';
import type { BaseCacheReport, SandboxProvider } from '../sandbox/types.js';
import type { PostgresServer } from '../sandbox/server.js';
import { setUpPlatform, type Setup } from './platform.js';

/**
 * The base history replayed before the change: its migrations, and whether a snapshot stood in
 * for replaying them (counted in migrations and preamble) and for generating the rows.
 */
export type ReviewBase = BaseReplay & { paths: string[]; copiedFrom?: string; cache: BaseCacheReport & { rowsRestored: boolean } };

/** What a review needs to know of its base: the catalog, then the rows generated for the change. */
interface BaseState {
  catalog: CatalogState;
  fill?: FillResult;
}

export interface BaseSpec {
  /** The platform's part, run as the superuser before the migrations. */
  setup: Setup;
  /** The history's framework, whose record of applied migrations is made before them (default: the first migration's). */
  framework?: FrameworkId | undefined;
  migrations: Migration[];
  /** Placeholder values the migrations are rendered with. */
  templates: TemplateSettings;
  /** Rows to generate, as `data` says, in the tables these names (as the change and key queries write them) resolve to. */
  rows: { names: string[]; data: DbaConfig['data'] };
  /** Watches the review database while the base is replayed into it. */
  guard: ReviewGuard;
  /** False when no next review will ask for this base: the sandbox restores no copy of it ahead. */
  ahead?: boolean;
}

export interface OpenedBase {
  db: ReviewDatabase;
  base: ReviewBase;
  /** Why the database cannot be used at all (the platform's setup refused). */
  problem?: string;
  /** The base's catalog and the rows generated; absent when the base did not replay. */
  catalog?: CatalogState;
  fill?: FillResult;
}

/**
 * A database of the review's own holding one history's base: the platform's setup (extensions
 * and the preamble), the base migrations, and rows generated in the tables the change touches.
 * Each is a unit of the snapshot chain: the rows for one set of tables and data settings come
 * from a snapshot too, and the base without them is kept as well, for changes that touch other
 * tables. Only the migrations a snapshot lacks are parsed and replayed.
 *
 * On a copy of the operator's database (SANDBOX_TEMPLATE) the migrations are those the copy
 * lacks, and only tables they create get generated rows: the copy's tables hold real ones.
 */
export async function openBase(sandbox: SandboxProvider, server: PostgresServer, spec: BaseSpec): Promise<OpenedBase> {
  const started = performance.now();
  const { setup, migrations, guard } = spec;
  const platform = setup.extensions.length > 0 || setup.preamble !== null;
  const first = platform ? 1 : 0;
  const history = migrations.length + first;
  const units = [
    ...(platform
      ? [unitHash('platform', JSON.stringify(setup.extensions), setup.preamble?.migration.path ?? '', setup.preamble?.parsed.source.text ?? '')]
      : []),
    // Other placeholder values render other SQL.
    ...(templated(spec.templates) ? [unitHash('templates', JSON.stringify(spec.templates))] : []),
    ...migrations.map((m) => unitHash(m.key, m.transaction, m.up)),
    unitHash('rows', JSON.stringify(spec.rows.data), [...spec.rows.names].sort().join('\n')),
  ];
  // The tables of the copy, which hold real rows (read before anything runs on it).
  let copied = new Set<string>();
  let problem: string | undefined;
  const opened = await sandbox.baseDatabase<BaseState | null>(server, {
    units,
    keep: [history],
    ...(spec.ahead === false ? { ahead: false } : {}),
    replay: async (db, from, to, state) => {
      const stageStarted = performance.now();
      const unwatch = guard.watch(db.server, db.name);
      let statements = 0;
      const stopped = (failure: ReviewBase['failure']) => ({
        statements,
        durationMs: performance.now() - stageStarted,
        ...(failure ? { failure } : {}),
        ...(problem ? { problem } : {}),
        state: null,
      });
      try {
        if (from === 0 && server.template) copied = new Set(Object.keys((await db.session(readCatalog)).tables));
        if (from === 0 && platform) {
          const done = await setUpPlatform(db, setup, server.major);
          statements += done.statements;
          problem = done.problem;
          if (done.failure || done.problem) return stopped(done.failure);
        }
        const framework = spec.framework ?? migrations[0]?.framework;
        const bookkeeping = framework ? LAYOUTS[framework].bookkeeping : undefined;
        if (from === 0 && bookkeeping && !server.template) await db.session((c) => c.query(bookkeeping));
        if (from < history) {
          const rest = withoutPlatformComments(
            await parseUnits(migrations.slice(Math.max(0, from - first), Math.min(to, history) - first), spec.templates),
            setup.extensions,
          );
          const replay = await db.session((c) => replayBase(c, rest, server.major));
          statements += replay.statements;
          if (replay.failure) return stopped(replay.failure);
        }
        // A session like the one the change runs in: settings the history made for its own session (a preamble's SET) do not carry over.
        return await db.session(async (client) => {
          const catalog = from >= history && state ? state.catalog : await readCatalog(client);
          const rows = rowsFor(spec.rows.data);
          const fill =
            to > history
              ? await fillTables(client, catalog, await resolveTables(client, spec.rows.names), (t) => (copied.has(t) ? 0 : rows(t)), rowCache(sandbox, server))
              : undefined;
          return { statements, durationMs: performance.now() - stageStarted, state: { catalog, ...(fill ? { fill } : {}) } };
        });
      } finally {
        await unwatch();
      }
    },
  });
  const { db, replay, state, cache } = opened;
  const failure = replay?.failure as ReviewBase['failure'];
  return {
    db,
    base: {
      files: migrations.length,
      paths: migrations.map((m) => m.path),
      statements: cache.restoredStatements + (replay?.statements ?? 0),
      durationMs: performance.now() - started,
      ...(failure ? { failure } : {}),
      ...(server.template ? { copiedFrom: server.template } : {}),
      cache: historyCache(cache, history),
    },
    ...(problem ? { problem } : {}),
    ...(state && !failure && !problem ? { catalog: state.catalog, ...(state.fill ? { fill: state.fill } : {}) } : {}),
  };
}

/** Where the sandbox keeps generated rows between reviews; none on a copy of the operator's database, whose tables hold real ones. */
function rowCache(sandbox: SandboxProvider, server: PostgresServer): RowCache | null {
  const files = server.template === undefined ? sandbox.rowFiles?.(server) : undefined;
  return files ? { files, server: { major: server.major, version: server.version } } : null;
}

function templated(t: TemplateSettings): boolean {
  const f = t.flyway;
  return (
    Object.keys(t.variables).length > 0 ||
    Object.keys(f.placeholders).length > 0 ||
    f.prefix !== '${' ||
    f.suffix !== '}' ||
    !f.replace ||
    f.defaultSchema !== undefined ||
    f.table !== undefined
  );
}

/** The cache report in terms of the history: whether its migrations, and the generated rows after them, were restored. */
function historyCache(cache: BaseCacheReport, history: number): ReviewBase['cache'] {
  const restored = Math.min(cache.restored, history);
  const status = cache.status === 'off' ? 'off' : cache.restored === 0 ? 'miss' : restored < history ? 'prefix' : 'hit';
  return { ...cache, status, units: history, restored, rowsRestored: cache.restored > history };
}

/** Where the bases of several histories came from, as one report. */
function mergeCache(a: ReviewBase['cache'], b: ReviewBase['cache']): ReviewBase['cache'] {
  const unavailable = a.unavailable ?? b.unavailable;
  return {
    ...(unavailable ? { unavailable } : {}),
    ...(a.ahead && b.ahead ? { ahead: true } : {}),
    status: a.status === b.status ? a.status : a.status === 'off' || b.status === 'off' ? 'off' : 'prefix',
    units: a.units + b.units,
    restored: a.restored + b.restored,
    restoredStatements: a.restoredStatements + b.restoredStatements,
    replayMs: a.replayMs + b.replayMs,
    restoreMs: a.restoreMs + b.restoreMs,
    rowsRestored: a.rowsRestored && b.rowsRestored,
  };
}

/** The bases of a review's histories as one; the first failure is kept. */
export function mergeBases(a: ReviewBase | null, b: ReviewBase): ReviewBase {
  if (!a) return b;
  const failure = a.failure ?? b.failure;
  const copiedFrom = a.copiedFrom ?? b.copiedFrom;
  return {
    files: a.files + b.files,
    statements: a.statements + b.statements,
    durationMs: a.durationMs + b.durationMs,
    paths: [...a.paths, ...b.paths],
    ...(failure ? { failure } : {}),
    ...(copiedFrom ? { copiedFrom } : {}),
    cache: mergeCache(a.cache, b.cache),
  };
}
