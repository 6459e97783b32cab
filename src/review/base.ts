import { replayBase, type ApplyUnit } from '../apply/apply.js';
import { parseUnits } from '../apply/units.js';
import { snapshotCatalog } from '../catalog/snapshot.js';
import type { CatalogSnapshot } from '../catalog/types.js';
import type { DbaConfig } from '../config/schema.js';
import { fillTables, type FillResult } from '../data/fill.js';
import { rowsFor } from '../data/rowsFor.js';
import { resolveTables } from '../data/touched.js';
import type { Migration } from '../discover/types.js';
import type { ReviewDatabase } from '../sandbox/database.js';
import { unitHash } from '../sandbox/snapshotKey.js';
import type { BaseCacheReport, PostgresServer, SandboxProvider } from '../sandbox/types.js';
import type { ReviewBase } from './types.js';

/** What a review needs to know of its base: the catalog, then the rows generated for the change. */
interface BaseState {
  catalog: CatalogSnapshot;
  fill?: FillResult;
}

export interface BaseSpec {
  preamble: ApplyUnit | null;
  migrations: Migration[];
  /** Rows to generate, as `data` says, in the tables these names (as the change and key queries write them) resolve to. */
  rows: { names: string[]; data: DbaConfig['data'] };
}

/**
 * A database of the review's own holding one history's base (the preamble, then the base
 * migrations) and rows generated in the tables the change touches. Both are units of the snapshot
 * chain: the rows for one set of tables and data settings come from a snapshot too, and the base
 * without them is kept as well, for changes that touch other tables. Only the migrations a
 * snapshot lacks are parsed and replayed.
 */
export async function openBase(sandbox: SandboxProvider, server: PostgresServer, spec: BaseSpec): Promise<{ db: ReviewDatabase; base: ReviewBase; catalog?: CatalogSnapshot; fill?: FillResult }> {
  const started = performance.now();
  const { preamble, migrations } = spec;
  const history = migrations.length + (preamble ? 1 : 0);
  const units = [
    ...(preamble ? [unitHash(preamble.migration.path, preamble.migration.transaction, preamble.parsed.source.text)] : []),
    ...migrations.map((m) => unitHash(m.key, m.transaction, m.up)),
    unitHash('rows', JSON.stringify(spec.rows.data), [...spec.rows.names].sort().join('\n')),
  ];
  const opened = await sandbox.baseDatabase<BaseState | null>(server, {
    units,
    keep: [history],
    replay: async (db, from, to, state) => {
      const stageStarted = performance.now();
      let statements = 0;
      if (from < history) {
        const rest = [...(preamble && from === 0 ? [preamble] : []), ...(await parseUnits(migrations.slice(Math.max(0, from - (preamble ? 1 : 0)), to - (preamble ? 1 : 0))))];
        const client = await db.connect();
        try {
          const replay = await replayBase(client, rest, server.major);
          statements = replay.statements;
          if (replay.failure) return { statements, durationMs: performance.now() - stageStarted, failure: replay.failure, state: null };
        } finally {
          await client.end();
        }
      }
      // A session like the one the change runs in: settings the history made for its own session (a preamble's SET) do not carry over.
      const client = await db.connect();
      try {
        const catalog = from >= history && state ? state.catalog : await snapshotCatalog(client);
        const fill = to > history ? await fillTables(client, catalog, await resolveTables(client, spec.rows.names), rowsFor(spec.rows.data)) : undefined;
        return { statements, durationMs: performance.now() - stageStarted, state: { catalog, ...(fill ? { fill } : {}) } };
      } finally {
        await client.end();
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
      cache: historyCache(cache, history),
    },
    ...(state && !failure ? { catalog: state.catalog, ...(state.fill ? { fill: state.fill } : {}) } : {}),
  };
}

/** The cache report in terms of the history: whether its migrations, and the generated rows after them, were restored. */
function historyCache(cache: BaseCacheReport, history: number): ReviewBase['cache'] {
  const restored = Math.min(cache.restored, history);
  const status = cache.status === 'off' ? 'off' : cache.restored === 0 ? 'miss' : restored < history ? 'prefix' : 'hit';
  return { ...cache, status, units: history, restored, rowsRestored: cache.restored > history };
}

/** Where the bases of several histories came from, as one report. */
function mergeCache(a: ReviewBase['cache'], b: ReviewBase['cache']): ReviewBase['cache'] {
  return {
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
  return {
    files: a.files + b.files,
    statements: a.statements + b.statements,
    durationMs: a.durationMs + b.durationMs,
    paths: [...a.paths, ...b.paths],
    ...(failure ? { failure } : {}),
    cache: mergeCache(a.cache, b.cache),
  };
}
