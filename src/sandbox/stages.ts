import type { ReviewDatabase } from './database.js';
import type { BaseRequest, Replayed } from './types.js';

/**
 * Replays a request from its first `from` units on, stage by stage: up to each prefix it wants
 * kept, then to the end, stopping at a failure or a problem. `kept` runs after each stage that applied (to
 * snapshot it) and gives the database to go on with.
 */
export async function replayStages<S>(
  request: BaseRequest<S>,
  db: ReviewDatabase,
  from: number,
  state: S | null,
  kept: (to: number, stage: Replayed<S>) => Promise<ReviewDatabase> = async () => db,
): Promise<{ db: ReviewDatabase; replay: Replayed<S> }> {
  const stops = [...new Set([...request.keep, request.units.length])].filter((s) => s > from).sort((a, b) => a - b);
  let statements = 0;
  let durationMs = 0;
  let last: Replayed<S> | undefined;
  for (const to of stops) {
    last = await request.replay(db, from, to, last?.state ?? state);
    statements += last.statements;
    durationMs += last.durationMs;
    if (last.failure || last.problem) break;
    db = await kept(to, last);
    from = to;
  }
  if (!last) throw new Error('nothing to replay');
  return { db, replay: { ...last, statements, durationMs } };
}
