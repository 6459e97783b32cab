import { ReviewDatabase } from './database.js';
import { replayStages } from './stages.js';
import type { BaseCacheReport, BaseDatabase, BaseRequest } from './types.js';
import type { PostgresServer, SandboxLimits } from './server.js';

/** The report of a base that no snapshot was used for. */
export function uncached(units: number): BaseCacheReport {
  return { status: 'off', units, restored: 0, restoredStatements: 0, replayMs: 0, restoreMs: 0 };
}

/** A new review database on `server` with the whole base replayed into it: no snapshot to start from. */
export async function freshBase<S>(server: PostgresServer, limits: SandboxLimits, request: BaseRequest<S>): Promise<BaseDatabase<S>> {
  const db = await ReviewDatabase.create(server, limits);
  try {
    const { replay } = await replayStages(request, db, 0, null);
    return { db, replay, state: replay.state, cache: uncached(request.units.length) };
  } catch (err) {
    await db.drop();
    throw err;
  }
}
