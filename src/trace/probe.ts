import type pg from 'pg';
import { isLockMode, type LockMode } from './locks.js';

/** One relation as the catalog shows it at a point in time. */
interface RelationState {
  oid: number;
  name: string;
  kind: string;
  file: number;
}

interface ScanState {
  oid: number;
  seq: number;
  read: number;
}

/** What one probe of the migration's own session sees. */
export interface ProbeState {
  locks: { oid: number; mode: string }[];
  relations: Map<number, RelationState>;
  scans: Map<number, ScanState>;
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

/**
 * One round trip, run on the migration's own session inside its transaction: relation locks the
 * backend holds, every user relation with its file (relfilenode), and this transaction's scan counters.
 */
const PROBE = `
SELECT
  (SELECT coalesce(json_agg(json_build_object('oid', l.relation, 'mode', l.mode)), '[]')
     FROM pg_locks l WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND l.relation >= ${USER_OID}) AS locks,
  (SELECT coalesce(json_agg(json_build_object('oid', c.oid, 'name', n.nspname || '.' || c.relname, 'kind', c.relkind, 'file', c.relfilenode)), '[]')
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.oid >= ${USER_OID} AND n.nspname NOT IN ('pg_toast', 'information_schema') AND n.nspname NOT LIKE 'pg\\_temp%') AS relations,
  (SELECT coalesce(json_agg(json_build_object('oid', relid, 'seq', seq_scan, 'read', seq_tup_read)), '[]') FROM pg_stat_xact_user_tables) AS scans`;

export async function probe(client: pg.Client): Promise<ProbeState> {
  const { rows } = await client.query<{ locks: ProbeState['locks']; relations: RelationState[]; scans: ScanState[] }>(PROBE);
  const row = rows[0] as { locks: ProbeState['locks']; relations: RelationState[]; scans: ScanState[] };
  return {
    locks: row.locks,
    relations: new Map(row.relations.map((r) => [r.oid, r])),
    scans: new Map(row.scans.map((s) => [s.oid, s])),
  };
}

export const EMPTY_PROBE: ProbeState = { locks: [], relations: new Map(), scans: new Map() };

export const RELATION_KINDS: Record<string, LockFact['kind']> = { r: 'table', p: 'table', i: 'index', I: 'index', S: 'sequence', v: 'view', m: 'materialized view' };

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
  return out.sort((a, b) => a.relation.localeCompare(b.relation) || a.mode.localeCompare(b.mode));
}

/** What a statement did, from the probes taken just before and just after it. */
export function compareProbes(before: ProbeState, after: ProbeState) {
  const held = new Set(before.locks.map((l) => `${l.oid}:${l.mode}`));
  const acquired = after.locks.filter((l) => !held.has(`${l.oid}:${l.mode}`));
  const rewrites: string[] = [];
  const afterByName = new Map([...after.relations.values()].map((r) => [r.name, r]));
  for (const [oid, rel] of before.relations) {
    if (rel.file === 0) continue; // partitioned parents and views have no storage of their own
    // A new relfilenode means the data was written anew (a rewrite). ALTER COLUMN TYPE recreates
    // the column's indexes under new OIDs, keeping their files when no rebuild was needed.
    const now = after.relations.get(oid) ?? afterByName.get(rel.name);
    if (now && now.kind === rel.kind && now.file !== rel.file) rewrites.push(rel.name);
  }
  const scans: ScanFact[] = [];
  for (const [oid, s] of after.scans) {
    const prev = before.scans.get(oid);
    const seqScans = s.seq - (prev?.seq ?? 0);
    if (seqScans > 0) scans.push({ relation: nameOf(oid, after, before)?.name ?? `oid ${oid}`, seqScans, rowsRead: s.read - (prev?.read ?? 0) });
  }
  // Named as they were before the statement: a renamed table is reported under the name people know.
  return { locks: lockFacts(acquired, before, after), held: lockFacts(after.locks, before, after), rewrites: rewrites.sort(), scans: scans.sort((a, b) => a.relation.localeCompare(b.relation)) };
}
