import { replayBase, type ApplyUnit } from '../apply/apply.js';
import type { BaseReplay } from '../apply/types.js';
import { parseUnits } from '../apply/units.js';
import type { Migration } from '../discover/types.js';
import type { ReviewDatabase } from '../sandbox/database.js';
import { unitHash } from '../sandbox/snapshotKey.js';
import type { BaseCacheReport, PostgresServer, SandboxProvider } from '../sandbox/types.js';
import type { ReviewBase } from './types.js';

/**
 * A database of the review's own holding one history's base: the preamble, then the base
 * migrations. Only the units a cached snapshot lacks are parsed and replayed.
 */
export async function openBase(sandbox: SandboxProvider, server: PostgresServer, preamble: ApplyUnit | null, migrations: Migration[]): Promise<{ db: ReviewDatabase; base: ReviewBase }> {
  const started = performance.now();
  const units = [...(preamble ? [unitHash(preamble.migration.path, preamble.migration.transaction, preamble.parsed.source.text)] : []), ...migrations.map((m) => unitHash(m.key, m.transaction, m.up))];
  const { db, replay, cache } = await sandbox.baseDatabase<BaseReplay>(server, {
    units,
    replay: async (target, from) => {
      const rest = [...(preamble && from === 0 ? [preamble] : []), ...(await parseUnits(migrations.slice(Math.max(0, from - (preamble ? 1 : 0)))))];
      const client = await target.connect();
      try {
        return await replayBase(client, rest, server.major);
      } finally {
        await client.end();
      }
    },
  });
  return {
    db,
    base: {
      files: migrations.length,
      paths: migrations.map((m) => m.path),
      statements: cache.restoredStatements + (replay?.statements ?? 0),
      durationMs: performance.now() - started,
      ...(replay?.failure ? { failure: replay.failure } : {}),
      cache,
    },
  };
}

/** Where the bases of several histories came from, as one report. */
function mergeCache(a: BaseCacheReport, b: BaseCacheReport): BaseCacheReport {
  return {
    status: a.status === b.status ? a.status : a.status === 'off' || b.status === 'off' ? 'off' : 'prefix',
    units: a.units + b.units,
    restored: a.restored + b.restored,
    restoredStatements: a.restoredStatements + b.restoredStatements,
    replayMs: a.replayMs + b.replayMs,
    restoreMs: a.restoreMs + b.restoreMs,
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
