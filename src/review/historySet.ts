// One history of a review: its base in a database of its own, the change applied and measured there.

import { applyChanges } from '../apply/apply.js';
import type { FileOutcome } from '../apply/types.js';
import { withoutPlatformComments } from '../apply/units.js';
import type { ReviewBase } from '../base/base.js';
import { readCatalog } from '../catalog/read.js';
import type { CatalogState } from '../catalog/types.js';
import type { DbaConfig } from '../config/schema.js';
import type { FillResult } from '../data/fill.js';
import { rowsFor } from '../data/rowsFor.js';
import { tableSizes } from '../data/sizes.js';
import { planAll } from '../explain/keyQueries.js';
import { planAfter, type SetPlans } from '../explain/reviewPlans.js';
import { planningWith } from '../explain/statistics.js';
import type { TableSize } from '../model/estimate.js';
import type { Detection } from '../model/finding.js';
import type { Migration } from '../discover/types.js';
import { restoreDrill } from './restoreDrill.js';
import { checkReversibility, type AppliedStep } from './reversibility.js';
import { onSetDatabase, openSetBase, type SetInput } from './setBase.js';
import type { RestoreCheck } from './types.js';

export interface SetResult {
  base: ReviewBase;
  files: FileOutcome[];
  /** Why this history could not be reviewed at all. */
  problem?: string;
  before?: CatalogState;
  after?: CatalogState;
  fill?: FillResult;
  plans?: SetPlans;
  reversibility?: Detection[];
  /** The restore drill, when every migration applied. */
  restore?: { check: RestoreCheck; detections: Detection[] };
  generatedDataFailure?: Detection;
  /** The existing tables' sizes before the change ran (generated rows), for estimates. */
  sizes?: Record<string, TableSize>;
}

/**
 * One history, and again without generated rows if it only failed on them: a constraint the
 * generator's values break says something about production data to check, not that the
 * migration is broken.
 */
export async function reviewSet(input: SetInput): Promise<SetResult> {
  const first = await attemptSet(input, input.config.data);
  const failed = first.files.find((f) => f.status === 'failed');
  const generated = Object.entries(first.fill?.generated ?? {});
  if (!failed || !generated.length || input.guard.check()) return first;
  const again = await attemptSet(input, { rows: 0, tables: {} });
  if (again.files.some((f) => f.status === 'failed')) return first;
  const stmt = failed.statements.find((s) => s.status === 'failed');
  const tables = generated.map(([t, n]) => `${n.toLocaleString('en-US')} in ${t}`).join(', ');
  again.generatedDataFailure = {
    ruleId: 'fails-on-existing-rows',
    file: failed.path,
    line: stmt?.error?.position.line ?? 1,
    column: stmt?.error?.position.column ?? 1,
    message: `This statement failed on rows the sandbox generated (${tables}): ${stmt?.error?.message ?? 'it failed'}. It applies on empty tables, so the review below was measured without rows; production rows like these would make it fail too. Check that production data satisfies it before deploying.`,
  };
  return again;
}

/**
 * One history in a database of its own holding its base (openBase: the platform's setup, the base
 * migrations or a copy of the operator's production-like database instead, generated rows in the
 * tables the change and the key queries touch), then the key queries' plans, the pending
 * migrations statement by statement, the catalog read again, the plans again, then the down
 * migrations. When the guard ends its sessions, what was measured is the result.
 */
async function attemptSet(input: SetInput, data: DbaConfig['data']): Promise<SetResult> {
  const { server, setup, units, queries, guard, templates } = input;
  const rows = rowsFor(data);
  const opened = await openSetBase(input, data);
  if (!('db' in opened)) return opened;
  const result: SetResult = { base: opened.base, files: [] };
  // When the guard ends the sessions, whatever ran on them failed: what was measured is the result.
  return onSetDatabase(
    opened.db,
    guard,
    () => result,
    async (connect) => {
      if (opened.problem) return { ...result, problem: opened.problem };
      if (!opened.catalog || !opened.fill) return result;
      const client = await connect();
      const observer = await connect();
      const before = (result.before = opened.catalog);
      result.fill = opened.fill;
      result.sizes = await tableSizes(client, opened.fill.rows);
      const plansBefore = (await planningWith(client, opened.db.server, input.statistics, guard, () => planAll(client, queries, server.major))).result;
      // The catalog after each migration that has a down, to check the down against.
      const steps: AppliedStep[] = [];
      let current = before;
      result.files = await applyChanges(client, withoutPlatformComments(units, setup.extensions), server.major, {
        observer,
        afterMigration: async (outcome) => {
          const migration = units.find((u) => u.migration.key === outcome.key)?.migration as Migration;
          const next = await readCatalog(client);
          steps.push({ migration, before: current, after: next });
          current = next;
        },
      });
      if (guard.stopped) return result;
      const after = (result.after = steps.length === units.length ? current : await readCatalog(client));
      const applied = result.files.every((f) => f.status === 'applied');
      if (applied) {
        result.plans = await planAfter(client, {
          queries,
          before: plansBefore,
          beforeCatalog: before,
          afterCatalog: after,
          files: result.files,
          major: server.major,
          rowsFor: rows,
          rows: result.fill.rows,
          costRatio: input.config.plans.cost_ratio,
          statistics: input.statistics,
          guard,
          // The server the database is on (a snapshot's cluster of its own has the data directory), not the one described.
          server: opened.db.server,
        });
        // Before the downs undo the change: the drill dumps the state production would back up.
        result.restore = await restoreDrill({ db: opened.db, after, units, extensions: setup.extensions, guard, on: input.config.restore_drill });
      }
      result.reversibility = applied ? await checkReversibility(client, server.major, steps, templates.head) : [];
      return result;
    },
  );
}
