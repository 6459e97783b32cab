// The probe after each statement: its SQL, its prepared statements and the comparison of two reads. One job, a little over 300 lines since Prettier wraps its queries.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Statement } from '../parse/statements.js';
import { isLockMode, type LockMode } from './locks.js';

/** One relation as the catalog shows it. */
interface RelationState {
  oid: number;
  name: string;
  kind: string;
  /** relfilenode: 0 for relations without storage (views, partitioned tables). */
  file: number;
}

interface ScanState {
  oid: number;
  /** Scans the backend's pending statistics count (sequential ones for a table, index scans for an index). */
  seq: number;
  read: number;
}

/** What the migration's own session has seen, as of its latest probe. */
export interface ProbeState {
  /** Relation locks it holds. */
  locks: { oid: number; mode: string }[];
  /**
   * Every user relation, as of the last full probe and updated since from those locked (only a
   * lock holder rewrites or drops a relation) and those created (OIDs above any known).
   */
  relations: Map<number, RelationState>;
  /** Pending scan counters, as of the transaction's start and updated since from the relations locked. */
  scans: Map<number, ScanState>;
  /** The largest relation OID known: locked relations above it were created since. */
  newest: number;
  /**
   * The relations whose entries differ from those of the state this one was read after (`from`,
   * its relations), so comparing the two looks at those alone, not at every relation of a long history.
   */
  changes?: { from: Map<number, RelationState>; oids: number[] };
}

export interface LockFact {
  /** Qualified name: schema.relation. */
  relation: string;
  mode: LockMode;
  kind: 'table' | 'index' | 'sequence' | 'view' | 'materialized view' | 'other';
}

export interface ScanFact {
  relation: string;
  /** Sequential scans started by the statement. */
  seqScans: number;
  /** Rows those scans read. */
  rowsRead: number;
}

// FirstNormalObjectId: below it are the system catalogs, whose locks every query takes.
const USER_OID = 16384;
const USER_SCHEMA = "n.nspname NOT IN ('pg_toast', 'information_schema') AND n.nspname NOT LIKE 'pg\\_temp%'";
const NOT_USER_SCHEMA = /^(pg_toast|information_schema|pg_temp.*)$/;
const TABLE_KINDS = ['r', 'm', 'p'];
const KIND_OF_TYPE: Record<string, string> = { table: 'r', index: 'i', sequence: 'S', view: 'v', 'materialized view': 'm' };

/**
 * The backend's relation locks, a line each: OID, mode, relfilenode (- when it has none: dropped,
 * or without storage), pending scan counters, and for a relation newer than any known ($1),
 * pg_identify_object as JSON. Nothing here opens a catalog table: pg_locks and these functions
 * read shared memory and the syscache, which is what keeps a probe after each statement cheap.
 */
const LOCKED = `SELECT coalesce(string_agg(l.relation || ' ' || l.mode || ' ' || coalesce(pg_relation_filenode(l.relation)::text, '-') || ' ' || pg_stat_get_xact_numscans(l.relation) || ' ' || pg_stat_get_xact_tuples_returned(l.relation)
    || CASE WHEN l.relation > $1 THEN ' ' || to_json(pg_identify_object('pg_class'::regclass, l.relation, 0)) ELSE '' END, E'\\n'), '')
  FROM pg_locks l WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND l.relation >= ${USER_OID}`;
const RELATIONS = `SELECT coalesce(json_agg(json_build_object('oid', c.oid, 'name', n.nspname || '.' || c.relname, 'kind', c.relkind, 'file', c.relfilenode)), '[]')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid >= ${USER_OID} AND ${USER_SCHEMA}`;
/** Tables with scans in the backend's pending statistics, which hold counts across transactions until flushed. */
const SCANS = `SELECT coalesce(json_agg(json_build_object('oid', c.oid, 'seq', pg_stat_get_xact_numscans(c.oid), 'read', pg_stat_get_xact_tuples_returned(c.oid))), '[]')
  FROM pg_class c WHERE c.oid >= ${USER_OID} AND c.relkind IN (${TABLE_KINDS.map((k) => `'${k}'`).join(', ')}) AND pg_stat_get_xact_numscans(c.oid) > 0`;
/** The same for the relations in a parameter: the only ones that can have pending scans, since every relation the session scans is seen locked by a probe. */
const SCANS_OF = (
  param: string,
) => `SELECT coalesce(json_agg(json_build_object('oid', t.oid, 'seq', pg_stat_get_xact_numscans(t.oid), 'read', pg_stat_get_xact_tuples_returned(t.oid))), '[]')
  FROM unnest(${param}::oid[]) AS t(oid) WHERE pg_stat_get_xact_numscans(t.oid) > 0`;
// The server's clock in milliseconds, read as a probe starts and as it ends: a statement sent between probes ran between them.
const CLOCK = '(extract(epoch FROM clock_timestamp()) * 1000)::float8';

/**
 * What a probe reads on the migration's own session: after a statement, the locks it holds (a
 * statement only creates, rewrites or scans what it locks, and keeps those locks to the end of
 * its transaction); at a transaction's start, the scan counters (the baseline for its
 * statements), both after a file's own transaction control; in full, every user relation and
 * every pending scan count.
 */
export type ProbeKind = 'locks' | 'begin' | 'control' | 'full';
const PARTS: Record<ProbeKind, string[]> = {
  locks: [`(${LOCKED}) AS locked`],
  begin: [`(${SCANS_OF('$1')}) AS scans`],
  control: [`(${LOCKED}) AS locked`, `(${SCANS_OF('$2')}) AS scans`],
  full: [`(${LOCKED}) AS locked`, `(${SCANS}) AS scans`, `(${RELATIONS}) AS relations`],
};
// Their parameters: the newest relation known (oid), the relations to read scan counters of (oid[]).
const PARAMETERS: Record<ProbeKind, ('oid' | 'oid[]')[]> = { locks: ['oid'], begin: ['oid[]'], control: ['oid', 'oid[]'], full: ['oid'] };

// Renames that name relations anew: the probe after them reads every relation's name.
const RENAMES_RELATIONS = new Set([
  'OBJECT_TABLE',
  'OBJECT_INDEX',
  'OBJECT_SEQUENCE',
  'OBJECT_VIEW',
  'OBJECT_MATVIEW',
  'OBJECT_FOREIGN_TABLE',
  'OBJECT_SCHEMA',
]);

/**
 * What to probe after a statement: everything after one that ran outside our transaction or may
 * rename relations (a table, or a schema's); the scan baseline too after a transaction control
 * statement of the file's own; else what the session locks.
 */
export function probeAfter(stmt: Statement, refuses: boolean): ProbeKind {
  const renamed = stmt.kind === 'RenameStmt' && RENAMES_RELATIONS.has(String((stmt.ast as { RenameStmt?: { renameType?: string } }).RenameStmt?.renameType));
  if (refuses || renamed || stmt.kind === 'AlterObjectSchemaStmt') return 'full';
  return stmt.kind === 'TransactionStmt' ? 'control' : 'locks';
}

/** One probe's row: JSON numbers for OIDs come as strings (oid is not a numeric type). */
export interface ProbeRow {
  /** The server's clock (ms) when the probe started and ended. */
  at: number;
  done: number;
  /** Not read at a transaction's start, which holds no locks. */
  locked?: string;
  scans?: ScanState[];
  relations?: RelationState[];
}

const relation = (r: RelationState): RelationState => ({ oid: Number(r.oid), name: r.name, kind: r.kind, file: Number(r.file) });
const scan = (s: ScanState): ScanState => ({ oid: Number(s.oid), seq: Number(s.seq), read: Number(s.read) });
// pg_identify_object quotes names where SQL needs it.
const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name);

/** The largest OID among relations. */
function newestOf(relations: Map<number, RelationState>): number {
  let max = USER_OID - 1;
  for (const oid of relations.keys()) if (oid > max) max = oid;
  return max;
}

/** The parameters of a probe. */
function parameters(kind: ProbeKind, state: ProbeState): string[] {
  return PARAMETERS[kind].map((type) =>
    type === 'oid'
      ? String(state.newest)
      : `{${[...state.scans.values()]
          .filter((s) => s.seq > 0)
          .map((s) => s.oid)
          .join(',')}}`,
  );
}

/** A relation a lock line identifies, unless it is not a user relation. */
function identified(oid: number, identity: string, file: string): RelationState | null {
  const id = JSON.parse(identity) as { type: string | null; schema: string | null; name: string | null };
  if (!id.type || !id.schema || !id.name || NOT_USER_SCHEMA.test(id.schema)) return null;
  return { oid, name: `${id.schema}.${unquote(id.name)}`, kind: KIND_OF_TYPE[id.type] ?? 'other', file: file === '-' ? 0 : Number(file) };
}

/** The state after a probe, from the one before it and what the probe read. */
export function nextState(previous: ProbeState, row: ProbeRow): ProbeState {
  // Copied only when they change: most probes change nothing but the locks.
  let relations = row.relations ? new Map(row.relations.map((r) => [Number(r.oid), relation(r)])) : previous.relations;
  let scans = row.scans ? new Map(row.scans.map((s) => [Number(s.oid), scan(s)])) : previous.scans;
  let newest = row.relations ? newestOf(relations) : previous.newest;
  // Known only when this read changed some entries of the previous map: a full read replaces them all.
  const changed: number[] = [];
  const setRelation = (oid: number, r: RelationState | null) => {
    if (relations === previous.relations) relations = new Map(relations);
    changed.push(oid);
    if (r) relations.set(oid, r);
    else relations.delete(oid);
    if (oid > newest) newest = oid;
  };
  const state = (locks: ProbeState['locks']): ProbeState => ({
    locks,
    relations,
    scans,
    newest,
    ...(row.relations || !changed.length ? {} : { changes: { from: previous.relations, oids: changed } }),
  });
  if (row.locked === undefined) return state([]);
  const locks: ProbeState['locks'] = [];
  for (const line of row.locked ? row.locked.split('\n') : []) {
    const [oidText, mode, file, seqText, readText] = line.split(' ', 5) as [string, string, string, string, string];
    const oid = Number(oidText);
    locks.push({ oid, mode });
    const [seq, read] = [Number(seqText), Number(readText)];
    const counted = scans.get(oid);
    if (counted?.seq !== seq || counted.read !== read) {
      if (scans === previous.scans) scans = new Map(scans);
      scans.set(oid, { oid, seq, read });
    }
    const known = relations.get(oid);
    if (!known) {
      // The identity follows the five fields: JSON, which may hold spaces.
      const identity = line.split(' ').slice(5).join(' ');
      const created = identity ? identified(oid, identity, file) : null;
      if (created) setRelation(oid, created);
      // No relfilenode: dropped, unless it never had one.
    } else if (file === '-') {
      if (known.file !== 0) setRelation(oid, null);
    } else if (Number(file) !== known.file) setRelation(oid, { ...known, file: Number(file) });
  }
  return state(locks);
}

/** The probes, prepared on the migration's session: read one, or get its SQL to send with statements in one message. */
export class Probes {
  private constructor(private readonly id: string) {}

  static async prepare(client: pg.Client): Promise<Probes> {
    // Names of their own: the session may hold the statements of an earlier run.
    const probes = new Probes(randomBytes(6).toString('hex'));
    const kinds = Object.keys(PARTS) as ProbeKind[];
    await client.query(
      kinds
        .map((k) => `PREPARE dba_${k}_${probes.id}(${PARAMETERS[k].join(', ')}) AS SELECT ${[`${CLOCK} AS at`, ...PARTS[k], `${CLOCK} AS done`].join(', ')}`)
        .join(';\n'),
    );
    return probes;
  }

  sql(kind: ProbeKind, state: ProbeState): string {
    // OIDs and arrays of them: nothing to escape.
    return `EXECUTE dba_${kind}_${this.id}(${parameters(kind, state)
      .map((v) => `'${v}'`)
      .join(', ')})`;
  }

  async read(client: pg.Client, kind: ProbeKind, state: ProbeState): Promise<ProbeState> {
    const { rows } = await client.query<ProbeRow>(this.sql(kind, state));
    return nextState(state, rows[0] as ProbeRow);
  }
}

export const EMPTY_PROBE: ProbeState = { locks: [], relations: new Map(), scans: new Map(), newest: USER_OID - 1 };

export const RELATION_KINDS: Record<string, LockFact['kind']> = {
  r: 'table',
  p: 'table',
  i: 'index',
  I: 'index',
  S: 'sequence',
  v: 'view',
  m: 'materialized view',
};

// localeCompare's order, without building a collator for every comparison.
const collator = new Intl.Collator();

function nameOf(oid: number, ...states: ProbeState[]): RelationState | undefined {
  for (const s of states) {
    const r = s.relations.get(oid);
    if (r) return r;
  }
  return undefined;
}

export function lockFacts(locks: ProbeState['locks'], ...states: ProbeState[]): LockFact[] {
  const out: LockFact[] = [];
  for (const l of locks) {
    const rel = nameOf(l.oid, ...states);
    // Unknown to both probes: TOAST relations, which travel with their table.
    if (!rel || !isLockMode(l.mode)) continue;
    out.push({ relation: rel.name, mode: l.mode, kind: RELATION_KINDS[rel.kind] ?? 'other' });
  }
  return out.sort((a, b) => collator.compare(a.relation, b.relation) || collator.compare(a.mode, b.mode));
}

/** What a statement did, from the probes taken just before and just after it. */
export function compareProbes(before: ProbeState, after: ProbeState) {
  const held = new Set(before.locks.map((l) => `${l.oid}:${l.mode}`));
  const acquired = after.locks.filter((l) => !held.has(`${l.oid}:${l.mode}`));
  const rewrites: string[] = [];
  let afterByName: Map<string, RelationState> | undefined;
  // Read right after `before`: only the entries it changed; else every relation `before` knew.
  const oids = before.relations === after.relations ? [] : after.changes?.from === before.relations ? after.changes.oids : before.relations.keys();
  for (const oid of oids) {
    const rel = before.relations.get(oid);
    // Created by the statement: nothing was rewritten.
    if (!rel) continue;
    const now = after.relations.get(oid);
    // The same entry as before (the common case, skipped cheaply), or no storage of its own (partitioned parents, views).
    if (now === rel || rel.file === 0) continue;
    // A new relfilenode means the data was written anew (a rewrite). ALTER COLUMN TYPE recreates
    // the column's indexes under new OIDs, keeping their files when no rebuild was needed.
    afterByName ??= new Map([...after.relations.values()].map((r) => [r.name, r]));
    const current = now ?? afterByName.get(rel.name);
    if (current && current.kind === rel.kind && current.file !== rel.file) rewrites.push(rel.name);
  }
  const scans: ScanFact[] = [];
  for (const [oid, s] of before.scans === after.scans ? [] : after.scans) {
    const rel = nameOf(oid, after, before);
    // Index scans count here too: only a table's are sequential scans.
    if (!rel || !TABLE_KINDS.includes(rel.kind)) continue;
    const prev = before.scans.get(oid);
    const seqScans = s.seq - (prev?.seq ?? 0);
    if (seqScans > 0) scans.push({ relation: rel.name, seqScans, rowsRead: s.read - (prev?.read ?? 0) });
  }
  // Named as they were before the statement: a renamed table is reported under the name people know.
  return { locks: lockFacts(acquired, before, after), rewrites: rewrites.sort(), scans: scans.sort((a, b) => collator.compare(a.relation, b.relation)) };
}
