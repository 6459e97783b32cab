import type pg from 'pg';
import { parseUnits } from '../apply/units.js';
import { openBase, type ReviewBase } from '../base/base.js';
import { loadPreamble } from '../base/platform.js';
import type { CatalogState } from '../catalog/types.js';
import type { DbaConfig } from '../config/schema.js';
import { describeFailure, type FillResult } from '../data/fill.js';
import { mentionedRelations } from '../data/touched.js';
import { discoverMigrations } from '../discover/discover.js';
import { templateSettings } from '../discover/flywayConfig.js';
import type { Migration } from '../discover/types.js';
import type { Statement } from '../parse/statements.js';
import type { TemplateSettings } from '../parse/templates.js';
import { ReviewGuard } from '../sandbox/guard.js';
import type { SandboxProvider } from '../sandbox/types.js';
import type { PostgresServer } from '../sandbox/server.js';
import type { RepoSource } from '../source/types.js';

/** What opening the schema of one commit gives whether or not it could be built: rows, notes, its history, close(). */
interface OpenedSchema {
  /** Rows each filled table holds, by qualified name. */
  rows: Record<string, number>;
  notes: string[];
  /** The migration history the schema comes from, e.g. db/migrations (17 files). */
  history: string | null;
  close(): Promise<void>;
}

/**
 * A database holding the schema of one commit and generated rows in the tables a query needs, or
 * why it could not be built (the database is then unusable for plans).
 */
export type SchemaDatabase = OpenedSchema &
  (
    | { problem: null; client: pg.Client; catalog: CatalogState; cache: ReviewBase['cache']; server: PostgresServer }
    | { problem: string; client: null; catalog: null; cache?: undefined }
  );

const bare = (name: string) => name.replace(/"/g, '').split('.').pop() ?? name;

/**
 * Opens the base of one history at `sha` (the preamble first, then every migration) through the
 * sandbox's base cache, with the tables `statements` mention filled. With several histories in
 * the repository, the one whose migrations mention those tables most is used.
 */
export async function openSchemaAt(
  req: {
    source: RepoSource;
    sha: string;
    config: DbaConfig;
    sandbox: SandboxProvider;
    server: PostgresServer;
    /** Rows to generate (the config's `data`, its default maybe replaced by --rows). */
    data: DbaConfig['data'];
    /** With a template (production data), the commit whose schema the copy holds: only later migrations are applied. */
    copyHolds?: string;
    /** The trusted commit the preamble is read from (the base branch for a pull request). */
    preambleFrom: string;
  },
  statements: Statement[],
): Promise<SchemaDatabase> {
  const tree = await req.source.listTree(req.sha);
  const options = req.config.migrations;
  const discovered = await discoverMigrations(req.source, tree, options);
  const copied = req.server.template !== undefined;
  // On a copy, what the copied database already holds is not replayed again.
  const held = copied
    ? new Set(
        (req.copyHolds && req.copyHolds !== req.sha
          ? (await discoverMigrations(req.source, await req.source.listTree(req.copyHolds), options)).migrations
          : discovered.migrations
        ).map((m) => m.key),
      )
    : new Set<string>();
  const migrations = discovered.migrations.filter((m) => !held.has(m.key));
  const templates = await templateSettings(req.source, tree.files, req.config.migrations.variables);
  const names = mentionedRelations(statements);
  const sets = [...new Set(migrations.map((m) => m.set))];
  const chosen = sets.length > 1 ? await likeliestSet(migrations, sets, new Set(names.map(bare)), templates) : sets[0];
  const history = chosen === undefined ? null : migrations.filter((m) => m.set === chosen);
  const described = history
    ? `${chosen === '.' ? 'the repository root' : chosen} (${history.length} migrations${copied ? ` on a copy of ${req.server.template}` : ''})`
    : copied
      ? `a copy of ${req.server.template}`
      : null;
  const unusable = (problem: string, close: () => Promise<void> = async () => {}): SchemaDatabase => ({
    client: null,
    catalog: null,
    rows: {},
    problem,
    notes: [],
    history: null,
    close,
  });
  // The preamble runs with superuser rights: it comes from the trusted commit, never the change.
  const preamble = copied
    ? null
    : await loadPreamble(req.source, req.config, req.preambleFrom === req.sha ? tree : await req.source.listTree(req.preambleFrom));
  if (typeof preamble === 'string') return unusable(preamble);
  const opened = await openBase(req.sandbox, req.server, {
    setup: { extensions: req.config.postgres.extensions, preamble },
    migrations: history ?? [],
    templates,
    rows: { names, data: req.data },
    guard: new ReviewGuard(req.sandbox.limits),
  });
  const { db } = opened;
  const drop = () => db.drop();
  if (opened.problem) return unusable(opened.problem, drop);
  if (opened.base.failure) {
    const { file, error } = opened.base.failure;
    return unusable(`The migrations did not replay: ${file}:${error.position.line}:${error.position.column}: ${error.message}`, drop);
  }
  try {
    const client = await db.connect();
    const close = async () => {
      await client.end();
      await drop();
    };
    const fill = opened.fill as FillResult;
    return {
      client,
      catalog: opened.catalog as CatalogState,
      rows: fill.rows,
      problem: null,
      notes: [...fill.notes, ...fill.failures.map(describeFailure)],
      history: described,
      cache: opened.base.cache,
      // The server the database is on: a snapshot's own cluster, whose data directory statistics may size.
      server: db.server,
      close,
    };
  } catch (err) {
    await drop();
    throw err;
  }
}

/** The history among `sets` whose migrations mention the most of `wanted` (bare table names). */
async function likeliestSet(migrations: Migration[], sets: string[], wanted: Set<string>, templates: TemplateSettings): Promise<string | undefined> {
  const scored = await Promise.all(
    sets.map(async (set) => {
      const units = await parseUnits(
        migrations.filter((m) => m.set === set),
        templates,
      );
      const mentioned = mentionedRelations(units.flatMap((u) => (u.parsed.ok ? u.parsed.statements : [])));
      return { set, score: mentioned.filter((n) => wanted.has(bare(n))).length };
    }),
  );
  return scored.sort((a, b) => b.score - a.score)[0]?.set;
}
