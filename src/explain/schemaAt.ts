import type pg from 'pg';
import { loadPreamble, parseUnits, prepareBase } from '../apply/units.js';
import { snapshotCatalog } from '../catalog/snapshot.js';
import type { CatalogSnapshot } from '../catalog/types.js';
import type { DbaConfig } from '../config/schema.js';
import { fillTables } from '../data/fill.js';
import { mentionedRelations, resolveTables } from '../data/touched.js';
import { discoverMigrations } from '../discover/discover.js';
import type { Statement } from '../parse/statements.js';
import { ReviewDatabase } from '../sandbox/database.js';
import type { PostgresServer, SandboxLimits } from '../sandbox/types.js';
import type { RepoSource } from '../source/types.js';

/** A database holding the schema of one commit and generated rows in the tables a query needs. */
export interface SchemaDatabase {
  client: pg.Client;
  catalog: CatalogSnapshot;
  /** Rows each filled table holds, by qualified name. */
  rows: Record<string, number>;
  /** Why the schema could not be built; the database is then unusable for plans. */
  problem: string | null;
  notes: string[];
  /** The migration history the schema comes from, e.g. db/migrations (17 files). */
  history: string | null;
  close(): Promise<void>;
}

const bare = (name: string) => name.replace(/"/g, '').split('.').pop() ?? name;

/**
 * Replays every migration of one history at `sha` (the preamble first) into a fresh database and
 * fills the tables `statements` mention. With several histories in the repository, the one whose
 * migrations mention those tables most is used.
 */
export async function openSchemaAt(
  req: {
    source: RepoSource;
    sha: string;
    config: DbaConfig;
    server: PostgresServer;
    rowsFor: (table: string) => number;
    /** With a template (production data), the commit whose schema the copy holds: only later migrations are applied. */
    copyHolds?: string;
    /** The trusted commit the preamble is read from (the base branch for a pull request). */
    preambleFrom: string;
    limits: SandboxLimits;
  },
  statements: Statement[],
): Promise<SchemaDatabase> {
  const tree = await req.source.listTree(req.sha);
  const options = { paths: req.config.migrations.paths, framework: req.config.migrations.framework };
  const discovered = await discoverMigrations(req.source, tree, options);
  const copied = req.server.template !== undefined;
  // On a copy, what the copied database already holds is not replayed again.
  const held = copied ? new Set((req.copyHolds && req.copyHolds !== req.sha ? (await discoverMigrations(req.source, await req.source.listTree(req.copyHolds), options)).migrations : discovered.migrations).map((m) => m.key)) : new Set<string>();
  discovered.migrations = discovered.migrations.filter((m) => !held.has(m.key));
  const wanted = new Set(mentionedRelations(statements).map(bare));
  const sets = [...new Set(discovered.migrations.map((m) => m.set))];
  const scored = await Promise.all(
    sets.map(async (set) => {
      const units = await parseUnits(discovered.migrations.filter((m) => m.set === set));
      const mentioned = mentionedRelations(units.flatMap((u) => (u.parsed.ok ? u.parsed.statements : [])));
      return { set, units, score: mentioned.filter((n) => wanted.has(bare(n))).length };
    }),
  );
  const chosen = scored.sort((a, b) => b.score - a.score)[0];
  const db = await ReviewDatabase.create(req.server, req.limits);
  let client: pg.Client | undefined;
  const close = async () => {
    await client?.end();
    await db.drop();
  };
  const failed = (problem: string): SchemaDatabase => ({ client: client as pg.Client, catalog: { schemas: [], tables: {}, objects: {} as CatalogSnapshot['objects'] }, rows: {}, problem, notes: [], history: null, close });
  try {
    // The preamble runs with superuser rights: it comes from the trusted commit, never the change.
    const preamble = copied ? null : await loadPreamble(req.source, req.config, req.preambleFrom === req.sha ? tree : await req.source.listTree(req.preambleFrom));
    if (typeof preamble === 'string') {
      client = await db.connect();
      return failed(preamble);
    }
    const history = chosen ? `${chosen.set === '.' ? 'the repository root' : chosen.set} (${chosen.units.length} migrations${copied ? ` on a copy of ${req.server.template}` : ''})` : copied ? `a copy of ${req.server.template}` : null;
    const existing = copied ? await db.connect().then(async (c) => new Set(Object.keys((await snapshotCatalog(c).finally(() => c.end())).tables))) : new Set<string>();
    const prepared = await prepareBase(db, { extensions: req.config.postgres.extensions, preamble }, chosen?.units ?? [], req.server.major);
    client = prepared.client ?? (await db.connect());
    if (prepared.problem) return failed(prepared.problem);
    if (prepared.replay.failure) {
      const { file, error } = prepared.replay.failure;
      return failed(`The migrations did not replay: ${file}:${error.position.line}:${error.position.column}: ${error.message}`);
    }
    const catalog = await snapshotCatalog(client);
    // The copy's tables hold real rows; only tables the replayed migrations created get generated ones.
    const fill = await fillTables(client, catalog, await resolveTables(client, mentionedRelations(statements)), (t) => (existing.has(t) ? 0 : req.rowsFor(t)));
    return { client, catalog, rows: fill.rows, problem: null, notes: fill.notes, history, close };
  } catch (err) {
    await close();
    throw err;
  }
}
