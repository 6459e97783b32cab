import { ReviewDatabase } from './database.js';
import type { BaseDatabase, BaseRequest, PostgresServer, ReplayOutcome } from './types.js';

/** A new database on `server` with the whole base replayed into it: no snapshot to start from. */
export async function freshBase<R extends ReplayOutcome>(server: PostgresServer, request: BaseRequest<R>): Promise<BaseDatabase<R>> {
  const db = await ReviewDatabase.create(server);
  try {
    const replay = await request.replay(db, 0);
    return { db, replay, cache: { status: 'off', units: request.units.length, restored: 0, restoredStatements: 0, replayMs: 0, restoreMs: 0 } };
  } catch (err) {
    await db.drop();
    throw err;
  }
}
