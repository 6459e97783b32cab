// The restore drill: a backup that does not restore is no backup. After the change, the database
// (its schema and the generated rows) is dumped with pg_dump, restored with pg_restore into an
// empty database, and the two catalogs compared; what fails or differs is told at the statement
// that made it (restoreFindings.ts).
import { diffCatalog } from '../catalog/diff.js';
import { readCatalog } from '../catalog/read.js';
import type { CatalogState } from '../catalog/types.js';
import type { ApplyUnit } from '../apply/types.js';
import type { Detection } from '../model/finding.js';
import type { ReviewDatabase } from '../sandbox/database.js';
import { dumpAndRestore } from '../sandbox/dumpRestore.js';
import { findDumpTools } from '../sandbox/dumpTools.js';
import type { ReviewGuard } from '../sandbox/guard.js';
import { restoreFindings } from './restoreFindings.js';
import type { RestoreCheck } from './types.js';

/** The longest the drill may take; a review's own budget may end it sooner. */
export const DRILL_BUDGET_MS = 60_000;
/** A database or dump past this size is not drilled: the drill would cost more than the review. */
export const DRILL_MAX_BYTES = 256 * 1024 * 1024;

export interface DrillInput {
  db: ReviewDatabase;
  after: CatalogState;
  units: ApplyUnit[];
  /** The extensions the bot created as superuser: made in the restore's database too. */
  extensions: string[];
  guard: ReviewGuard;
  /** restore_drill in .github/dba.yml: off, the review says it was not checked. */
  on: boolean;
}

/**
 * Dumps the review database after the change, restores the dump into an empty database as the
 * review role, and compares its catalog with the one after the change. Never throws for what
 * the drill could not do: the check says so, and the review says it was not checked.
 */
export async function restoreDrill(input: DrillInput): Promise<{ check: RestoreCheck; detections: Detection[] }> {
  const started = Date.now();
  const skipped = (reason: string, pgDump?: string) => ({
    check: { status: 'skipped' as const, reason, ...(pgDump ? { pgDump } : {}), durationMs: Date.now() - started },
    detections: [],
  });
  if (!input.on) return skipped('restore_drill is false in .github/dba.yml');
  const tools = await findDumpTools(input.db.server);
  if ('problem' in tools) return skipped(tools.problem);
  const deadline = Math.min(input.guard.deadline, started + DRILL_BUDGET_MS);
  try {
    const { guard } = input;
    const watch = (database: string) => guard.watch(input.db.server, database);
    const done = await dumpAndRestore(input.db, tools, { extensions: input.extensions, deadline, maxBytes: DRILL_MAX_BYTES, watch });
    if ('skipped' in done) return skipped(done.skipped, tools.version);
    try {
      // Errors of sessions the guard ended are the guard's doing, said with the review's problems.
      if (guard.stopped) return skipped(`the review's sandbox limits ended it (${guard.stopped})`, tools.version);
      const client = guard.meter(await input.db.connect(done.target.name));
      const restored = await readCatalog(client).finally(() => client.end());
      const differences = diffCatalog(input.after, restored);
      const statements = input.units.flatMap((u) => (u.parsed.ok ? u.parsed.statements : []));
      const found = restoreFindings(done.errors, differences, statements, input.after);
      const failed = found.detections.length > 0 || found.unplaced !== null;
      const check: RestoreCheck = {
        status: failed ? 'failed' : 'restored',
        ...(found.unplaced ? { reason: found.unplaced } : {}),
        pgDump: tools.version,
        durationMs: Date.now() - started,
      };
      return { check, detections: found.detections };
    } finally {
      await done.target.drop();
    }
  } catch (err) {
    return skipped(`the drill itself failed: ${(err as Error).message}`, tools.version);
  }
}
