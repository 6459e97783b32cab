import { ReviewDatabase } from './database.js';
import { replayStages } from './stages.js';
import type { BaseDatabase, BaseRequest, PostgresServer, SandboxLimits } from './types.js';

/** A new review database on `server` with the whole base replayed into it: no snapshot to start from. */
export async function freshBase<S>(server: PostgresServer, limits: SandboxLimits, request: BaseRequest<S>): Promise<BaseDatabase<S>> {
  const db = await ReviewDatabase.create(server, limits);
  try {
    const { replay } = await replayStages(request, db, 0, null);
    return { db, replay, state: replay.state, cache: { status: 'off', units: request.units.length, restored: 0, restoredStatements: 0, replayMs: 0, restoreMs: 0 } };
  } catch (err) {
    await db.drop();
    throw err;
  }
}
