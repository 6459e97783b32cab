// A history's base opened for the review: in a database of its own, with rows generated as `data` says.

import type pg from 'pg';
import type { ApplyUnit } from '../apply/types.js';
import { openBase, type OpenedBase, type ReviewBase } from '../base/base.js';
import type { Setup } from '../base/platform.js';
import type { DbaConfig } from '../config/schema.js';
import { mentionedRelations } from '../data/touched.js';
import type { Migration } from '../discover/types.js';
import type { KeyQuery } from '../explain/keyQueries.js';
import type { StatisticsChoice } from '../explain/statistics.js';
import type { TemplateSettings } from '../parse/templates.js';
import type { ReviewDatabase } from '../sandbox/database.js';
import { uncached } from '../sandbox/freshBase.js';
import type { ReviewGuard } from '../sandbox/guard.js';
import type { PostgresServer } from '../sandbox/server.js';
import type { SandboxProvider } from '../sandbox/types.js';

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
 * The history's base (openBase: the platform's setup, the base migrations or a copy of the
 * operator's production-like database instead, generated rows in the tables the change and the
 * key queries touch), or, when the guard stopped it before it was in place, what little was measured.
 * `ahead`: whether the sandbox may restore a copy of it ahead, for the next review.
 */
export async function openSetBase(input: SetInput, data: DbaConfig['data'], ahead = true): Promise<OpenedBase | { base: ReviewBase; files: [] }> {
  const { server, setup, baseMigrations, units, queries, guard, templates } = input;
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
    ahead,
  }).catch((err: unknown) => {
    // The guard ended the sessions setting up the base: nothing of the change ran.
    if (!guard.stopped) throw err;
    return null;
  });
  return opened ?? { base: unmeasuredBase(migrations), files: [] };
}

/**
 * `work` on an opened database, which the guard watches meanwhile; sessions opened through
 * `connect` are metered, and ended (and the database dropped) after. When the guard ended the
 * sessions, whatever ran on them failed: `stopped()` is the result.
 */
export async function onSetDatabase<T>(
  db: ReviewDatabase,
  guard: ReviewGuard,
  stopped: () => T,
  work: (connect: () => Promise<pg.Client>) => Promise<T>,
): Promise<T> {
  const unwatch = guard.watch(db.server, db.name);
  const sessions: pg.Client[] = [];
  const connect = async () => {
    const client = guard.meter(await db.connect());
    sessions.push(client);
    return client;
  };
  try {
    return await work(connect);
  } catch (err) {
    if (!guard.stopped) throw err;
    return stopped();
  } finally {
    await Promise.all(sessions.map((c) => c.end()));
    await unwatch();
    await db.drop();
  }
}
