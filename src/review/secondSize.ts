// The second size of the time estimates: the change again on more generated rows, so the fit
// per row is checked, not assumed (estimate.ts does the arithmetic).

import { applyChanges } from '../apply/apply.js';
import { withoutPlatformComments } from '../apply/units.js';
import type { DbaConfig } from '../config/schema.js';
import { rowsFor } from '../data/rowsFor.js';
import { tableSizes } from '../data/sizes.js';
import { ReviewGuard } from '../sandbox/guard.js';
import { estimableTables, estimateStatements, type SizedRun, type TargetSizes } from './estimate.js';
import type { SetResult } from './historySet.js';
import { onSetDatabase, openSetBase, type SetInput } from './setBase.js';

/**
 * The second size holds this many times the rows of the first, at least SECOND_SIZE_FLOOR (a
 * statement on fewer takes a few milliseconds, which scheduling noise swamps) and at most
 * SECOND_SIZE_CAP a table, but never less than twice the first.
 */
export const SECOND_SIZE_FACTOR = 20;
const SECOND_SIZE_FLOOR = 100_000;
const SECOND_SIZE_CAP = 1_000_000;

/** Said once in the review (the notes are deduplicated), for a change with statements worth an estimate. */
export const NO_STATISTICS =
  'No time estimates at production size: the times above are on the rows the data settings ask for, and without production statistics there is no larger size to scale them to. Export them with `pg-dba-review stats export` (docs/statistics.md) and name the file in `stats:` in .github/dba.yml.';

const grown = (rows: number) => (rows > 0 ? Math.max(2 * rows, Math.min(Math.max(SECOND_SIZE_FACTOR * rows, SECOND_SIZE_FLOOR), SECOND_SIZE_CAP)) : 0);

/** The data settings of the second size: `tables` grown, the others as they were (generating them again costs time and tells nothing). */
export function secondSizeData(data: DbaConfig['data'], tables: string[]): DbaConfig['data'] {
  const rows = rowsFor(data);
  return { rows: data.rows, tables: { ...data.tables, ...Object.fromEntries(tables.map((t) => [t, grown(rows(t))])) } };
}

/**
 * Estimates the time of the history's statements that rewrite, scan or index an existing table
 * (set on `first.files`), at `production` sizes; without statistics, says how to get them. The
 * second size is a base of its own, opened as the first (the snapshot cache restores the
 * replayed history; only the rows are generated again), with the change applied as before: the
 * same role, under a guard with the same limits and deadline. That guard is its own, so that a
 * second size which outgrows a limit ends only itself, not the review whose trace was complete.
 * A note when it was skipped or stopped.
 */
export async function estimateSet(input: SetInput, first: SetResult, production: TargetSizes | undefined): Promise<string | undefined> {
  const { guard, server } = input;
  const sizes = first.sizes;
  const tables = sizes && !server.template ? estimableTables({ files: first.files, sizes }) : [];
  // A copy of the operator's database (a template) holds real rows: no second size can be generated of them.
  if (!sizes || !first.fill || !tables.length) return undefined;
  // Without production's sizes the only size to scale to is the one just measured: asked for, not run.
  if (!production) return NO_STATISTICS;
  if (tables.every((t) => (production.size(t)?.rows ?? 0) <= (sizes[t]?.rows ?? 0))) return undefined;
  const ran = first.files.flatMap((f) => f.statements).reduce((sum, s) => sum + s.durationMs, 0);
  const needs = 3 * SECOND_SIZE_FACTOR * (first.fill.durationMs + ran);
  if (guard.deadline - Date.now() < needs)
    return `No time estimates at production size: measuring the change again on ${SECOND_SIZE_FACTOR} times the rows would not fit in what is left of the review's time budget.`;
  const own = new ReviewGuard(guard.limits, guard.deadline);
  const second = await runSecondSize({ ...input, guard: own }, tables);
  if (own.stopped) return `No time estimates at production size: measuring the change again on more rows stopped at the sandbox's ${own.stopped} limit.`;
  if (!second) return undefined;
  estimateStatements({ files: first.files, sizes }, second, production);
  return undefined;
}

/** The change applied to the second size; null when its base did not open or the guard stopped it. */
async function runSecondSize(input: SetInput, tables: string[]): Promise<SizedRun | null> {
  const { guard, server, units, setup } = input;
  // The next review wants the first size: a copy of this one restored ahead would take its place.
  const opened = await openSetBase(input, secondSizeData(input.config.data, tables), false);
  if (!('db' in opened)) return null;
  const { fill } = opened;
  return onSetDatabase(
    opened.db,
    guard,
    () => null,
    async (connect) => {
      if (opened.problem || !fill) return null;
      const client = await connect();
      const observer = await connect();
      const sizes = await tableSizes(client, fill.rows);
      const files = await applyChanges(client, withoutPlatformComments(units, setup.extensions), server.major, { observer });
      return guard.stopped ? null : { files, sizes };
    },
  );
}
