// One history of a review: its base in a database of its own, the change applied and measured there.

import type pg from 'pg';
import { applyChanges } from '../apply/apply.js';
import type { ApplyUnit, FileOutcome } from '../apply/types.js';
import { withoutPlatformComments } from '../apply/units.js';
import { openBase, type ReviewBase } from '../base/base.js';
import type { Setup } from '../base/platform.js';
import { readCatalog } from '../catalog/read.js';
import type { CatalogState } from '../catalog/types.js';
import type { DbaConfig } from '../config/schema.js';
import type { FillResult } from '../data/fill.js';
import { rowsFor } from '../data/rowsFor.js';
import { mentionedRelations } from '../data/touched.js';
import type { Migration } from '../discover/types.js';
import { planAll, type KeyQuery } from '../explain/keyQueries.js';
import { planAfter, type SetPlans } from '../explain/reviewPlans.js';
import { planningWith, type StatisticsChoice } from '../explain/statistics.js';
import type { Detection } from '../model/finding.js';
import type { TemplateSettings } from '../parse/templates.js';
import { uncached } from '../sandbox/freshBase.js';
import type { ReviewGuard } from '../sandbox/guard.js';
import type { PostgresServer } from '../sandbox/server.js';
import type { SandboxProvider } from '../sandbox/types.js';
import { checkReversibility, type AppliedStep } from './reversibility.js';

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
  generatedDataFailure?: Detection;
}

/** What one history's review needs besides its migrations. */
export interface SetInput {
  sandbox: SandboxProvider;
  server: PostgresServer;
  setup: Setup;
  baseMigrations: Migration[];
  units: ApplyUnit[];
  /** Placeholder values for the base's SQL and for the change's (its down migrations). */
  templates: { base: TemplateSettings; head: TemplateSettings };
  queries: KeyQuery[];
  config: DbaConfig;
  guard: ReviewGuard;
  /** Production statistics to plan with (stats:), or null. */
  statistics: StatisticsChoice['stats'];
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

/** A base the guard stopped before it was in place. */
export function unmeasuredBase(migrations: Migration[]): ReviewBase {
  return {
    files: migrations.length,
    statements: 0,
    durationMs: 0,
    paths: migrations.map((m) => m.path),
    cache: { ...uncached(migrations.length), rowsRestored: false },
  };
}

/**
 * One history in a database of its own holding its base (openBase: the platform's setup, the base
 * migrations or a copy of the operator's production-like database instead, generated rows in the
 * tables the change and the key queries touch), then the key queries' plans, the pending
 * migrations statement by statement, the catalog read again, the plans again, then the down
 * migrations. When the guard ends its sessions, what was measured is the result.
 */
async function attemptSet(input: SetInput, data: DbaConfig['data']): Promise<SetResult> {
  const { server, setup, baseMigrations, units, queries, guard, templates } = input;
  const rows = rowsFor(data);
  // A copy of the operator's production-like database already is the base: nothing to replay.
  const copied = server.template !== undefined;
  const names = mentionedRelations([...units.flatMap((u) => (u.parsed.ok ? u.parsed.statements : [])), ...queries.flatMap((q) => q.statements)]);
  const migrations = copied ? [] : baseMigrations;
  const opened = await openBase(input.sandbox, server, {
    setup: copied ? { extensions: setup.extensions, preamble: null } : setup,
    framework: units[0]?.migration.framework,
    migrations,
    templates: templates.base,
    rows: { names, data },
    guard,
  }).catch((err: unknown) => {
    // The guard ended the sessions setting up the base: nothing of the change ran.
    if (!guard.stopped) throw err;
    return null;
  });
  if (!opened) return { base: unmeasuredBase(migrations), files: [] };
  const { db } = opened;
  const unwatch = guard.watch(db.server, db.name);
  const result: SetResult = { base: opened.base, files: [] };
  const sessions: pg.Client[] = [];
  try {
    if (opened.problem) return { ...result, problem: opened.problem };
    if (!opened.catalog || !opened.fill) return result;
    const client = guard.meter(await db.connect());
    sessions.push(client);
    const observer = guard.meter(await db.connect());
    sessions.push(observer);
    const before = (result.before = opened.catalog);
    result.fill = opened.fill;
    const plansBefore = (await planningWith(client, db.server, input.statistics, guard, () => planAll(client, queries, server.major))).result;
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
        server: db.server,
      });
    }
    result.reversibility = applied ? await checkReversibility(client, server.major, steps, templates.head) : [];
    return result;
  } catch (err) {
    // The guard ended the sessions: whatever ran on them failed.
    if (!guard.stopped) throw err;
    return result;
  } finally {
    await Promise.all(sessions.map((c) => c.end()));
    await unwatch();
    await db.drop();
  }
}
