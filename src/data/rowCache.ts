// Generated rows kept between reviews, a file per table: a table whose rows some earlier review
// generated from the same definition, target and parents gets them back by COPY, and ANALYZE's
// results with them, instead of generating and analysing anew (most of a fill's time).

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { TableInfo } from '../catalog/types.js';
import { readTableStatistics, restoreTableStatistics, type TableStatistics } from '../catalog/statsRestore.js';
import { codeFingerprint } from '../sandbox/snapshotKey.js';
import type { RowFiles } from '../sandbox/types.js';
import type { TablePlan } from './tablePlan.js';

/** Where the files are kept, and the server they were written by: COPY's binary format and the generator's functions are its own. */
export interface RowCache {
  files: RowFiles;
  server: { major: number; version: string };
}

/** What a rows file says of the rows it holds. */
interface RowsMeta {
  format: 1;
  /** This generation of the rows: a child table's rows hold its keys, so its file is keyed by it. */
  nonce: string;
  columns: string[];
  rows: number;
  generated: number;
  notes: string[];
  /** Owned sequences as the generation left them. */
  sequences: { name: string; value: string; called: boolean }[];
  /** ANALYZE's results, for a table whose whole definition (indexes too) is `definition`. */
  statistics?: { definition: string; tables: TableStatistics };
}

/** The outcome of a table's fill that the cache keeps, and gives back on a hit. */
export interface CachedFill {
  rows: number;
  generated: number;
  notes: string[];
}

const ident = pg.escapeIdentifier;
const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
// Grants and comments name roles and words that do not change what is generated.
const definitionOf = (table: TableInfo) =>
  createHash('sha256')
    .update(JSON.stringify(table, (k, v: unknown) => (k === 'acl' || k === 'comment' ? undefined : v)))
    .digest('hex');
// From PostgreSQL 18 statistics can be restored; an expression index has statistics of its own, which are not.
const RESTORES_STATISTICS = 18;
const hasExpressionIndex = (table: TableInfo) => table.indexes.some((i) => i.columns.some((c) => c === null));

/**
 * One fill's use of the cache, table by table in foreign-key order. A table's content is known
 * (a nonce) when it was generated on an empty table or loaded; a child's file is keyed by its
 * parents' nonces, so rows pointing at other parents' keys are never loaded.
 */
export class RowCacheSession {
  private readonly nonces = new Map<string, string | null>();

  constructor(
    private readonly client: pg.Client,
    private readonly cache: RowCache,
  ) {}

  /** The key of a table's rows, or null when what they would point at is unknown. */
  private key(plan: TablePlan, target: number): string | null {
    const parents = plan.fks.filter((fk) => fk.parent !== plan.table.qualifiedName).map((fk) => this.nonces.get(fk.parent) ?? null);
    if (parents.includes(null)) return null;
    // What generation reads of the table is in the plan; its definition itself holds grants and comments, which name roles.
    const generation = { ...plan, table: plan.table.qualifiedName, keyed: [...plan.keyed] };
    // Another build of this program may generate otherwise.
    return `rows-${hash({ format: 1, code: codeFingerprint(), server: this.cache.server.version, target, plan: generation, parents })}`;
  }

  /** Loads the rows of an empty table (only rows generated on an empty table are kept or loaded) when a file of them is kept; null when none could be (they are then generated). */
  async load(plan: TablePlan, target: number): Promise<CachedFill | null> {
    const name = plan.table.qualifiedName;
    const key = target > 0 ? this.key(plan, target) : null;
    const kept = key ? await this.cache.files.file(key) : null;
    if (!kept) return null;
    const meta = kept.meta as RowsMeta;
    try {
      await pipeline(
        createReadStream(kept.path),
        this.client.query(copyFrom(`COPY ${plan.sql} (${meta.columns.map(ident).join(', ')}) FROM STDIN (FORMAT binary)`)),
      );
    } catch (err) {
      // Evicted since the lookup, or a file COPY refuses: nothing was loaded (COPY is one statement); generate instead.
      if (/^(08|57P)/.test(String((err as { code?: unknown }).code ?? ''))) throw err;
      return null;
    }
    for (const s of meta.sequences) await this.client.query('SELECT setval($1::regclass, $2::bigint, $3)', [s.name, s.value, s.called]);
    await this.analyze(plan.table, meta.statistics);
    this.nonces.set(name, meta.nonce);
    return { rows: meta.rows, generated: meta.generated, notes: meta.notes };
  }

  private async analyze(table: TableInfo, statistics: RowsMeta['statistics']): Promise<void> {
    if (statistics?.definition === definitionOf(table) && this.cache.server.major >= RESTORES_STATISTICS) {
      const restored = await restoreTableStatistics(this.client, table.schema, statistics.tables).then(
        () => true,
        () => false,
      );
      if (restored) return;
    }
    await this.client.query(`ANALYZE ${ident(table.schema)}.${ident(table.name)}`);
  }

  /**
   * After the table was filled (or left as it was): keeps the rows generated on an empty table
   * without a failure, and notes what its children's keys build on. The cache only saves time:
   * failing to write it fails nothing.
   */
  async keep(plan: TablePlan, target: number, wasEmpty: boolean, filled: CachedFill | null): Promise<void> {
    const name = plan.table.qualifiedName;
    if (!wasEmpty || !filled) {
      // Rows the history put there, or a failed fill: what children would point at is not known.
      this.nonces.set(name, null);
      return;
    }
    if (!filled.generated) {
      this.nonces.set(name, filled.rows ? null : 'empty');
      return;
    }
    const key = this.key(plan, target);
    const nonce = randomBytes(12).toString('hex');
    this.nonces.set(name, nonce);
    if (key)
      await this.save(key, plan, { format: 1, nonce, columns: plan.table.columns.filter((c) => c.generated === null).map((c) => c.name), ...filled }).catch(
        () => {},
      );
  }

  private async save(key: string, plan: TablePlan, meta: Omit<RowsMeta, 'sequences' | 'statistics'>): Promise<void> {
    const { table } = plan;
    const statistics =
      this.cache.server.major >= RESTORES_STATISTICS && !hasExpressionIndex(table)
        ? { statistics: { definition: definitionOf(table), tables: await readTableStatistics(this.client, table.schema, table.name) } }
        : {};
    const write = (path: string) =>
      pipeline(
        this.client.query(copyTo(`COPY (SELECT ${meta.columns.map(ident).join(', ')} FROM ${plan.sql}) TO STDOUT (FORMAT binary)`)),
        createWriteStream(path),
      );
    await this.cache.files.saveFile(key, write, { ...meta, sequences: await this.sequences(plan), ...statistics });
  }

  private async sequences(plan: TablePlan): Promise<RowsMeta['sequences']> {
    const owned = await this.client.query<{ name: string }>(
      `SELECT d.objid::regclass::text AS name FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid = $1::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
        ORDER BY 1`,
      [plan.sql],
    );
    const out: RowsMeta['sequences'] = [];
    for (const { name } of owned.rows) {
      // regclass text is quoted where SQL needs it.
      const state = (await this.client.query<{ value: string; called: boolean }>(`SELECT last_value::text AS value, is_called AS called FROM ${name}`)).rows[0];
      if (state) out.push({ name, ...state });
    }
    return out;
  }
}
