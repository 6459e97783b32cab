import picomatch from 'picomatch';
import type pg from 'pg';
import type { FileOutcome } from '../apply/types.js';
import type { KeyQuerySpec } from '../config/schema.js';
import { parseMigration, type Statement } from '../parse/statements.js';
import type { RepoSource, TreeListing } from '../source/types.js';
import { conflicts, type LockMode } from '../trace/locks.js';
import type { IndexTrial } from './advice.js';
import type { PlanChange } from './compare.js';
import type { PlanResult } from './plan.js';
import { checkQuery, explainQuery, type CheckedQuery } from './run.js';

/** A query the project cares about, from `queries:` in .github/dba.yml. */
export interface KeyQuery {
  name: string;
  sql: string;
  /** Where it is defined: .github/dba.yml or the file it came from. */
  origin: string;
  query: CheckedQuery;
  /** The query as a parsed statement, for the tables it names. */
  statements: Statement[];
}

/** A migration statement whose lock would make a key query wait while it runs. */
export interface LockWait {
  file: string;
  line: number;
  relation: string;
  mode: LockMode;
  /** How long the lock was held in the sandbox, to the end of its transaction. */
  heldMs: number;
}

/** One key query planned before and after the change. */
export interface PlanComparison {
  name: string;
  sql: string;
  origin: string;
  before: PlanResult;
  after: PlanResult | null;
  changes: PlanChange[];
  blockedBy: LockWait[];
  /** Indexes tried for its sequential scans on large tables after the change. */
  trials: IndexTrial[];
}

/**
 * The configured key queries at a commit: inline ones, and every statement of the `.sql` files
 * the globs match. A query that cannot be explained is a note, not a failure of the review.
 */
export async function loadKeyQueries(source: RepoSource, tree: TreeListing, specs: KeyQuerySpec[]): Promise<{ queries: KeyQuery[]; notes: string[] }> {
  const queries: KeyQuery[] = [];
  const notes: string[] = [];
  const add = async (name: string, sql: string, origin: string) => {
    const checked = await checkQuery(sql);
    if (!checked.ok) {
      notes.push(`Key query "${name}" (${origin}) is not planned: ${checked.error}`);
      return;
    }
    const parsed = await parseMigration(name, checked.query.sql);
    queries.push({ name, sql: checked.query.sql, origin, query: checked.query, statements: parsed.ok ? parsed.statements : [] });
  };
  for (const spec of specs) {
    if ('sql' in spec) {
      await add(spec.name, spec.sql, '.github/dba.yml');
      continue;
    }
    const match = picomatch(spec.files, { dot: true });
    const files = tree.files.filter((f) => match(f.path));
    if (!files.length) notes.push(`queries: no file matches ${spec.files}.`);
    for (const file of files) {
      const parsed = await parseMigration(file.path, (await source.readBlob(file.sha)).toString('utf8'));
      if (!parsed.ok) {
        notes.push(`Key queries in ${file.path} are not planned: ${parsed.error.message} at line ${parsed.error.position.line}.`);
        continue;
      }
      for (const stmt of parsed.statements) {
        await add(parsed.statements.length > 1 ? `${file.path}:${stmt.start.line}` : file.path, stmt.sql, `${file.path}:${stmt.start.line}`);
      }
    }
  }
  return { queries, notes };
}

/** Plans every key query on the session's schema. */
export async function planAll(client: pg.Client, queries: KeyQuery[], major: number): Promise<Map<string, PlanResult>> {
  const plans = new Map<string, PlanResult>();
  for (const q of queries) plans.set(q.name, await explainQuery(client, q.query, { analyze: false, major }));
  return plans;
}

const ACCESS_LOCK: Record<CheckedQuery['access'], LockMode> = { read: 'AccessShareLock', lock: 'RowShareLock', write: 'RowExclusiveLock' };

/** The tables a query's plans read, by qualified name. */
export function planRelations(...plans: (PlanResult | null)[]): Set<string> {
  return new Set(plans.flatMap((p) => (p?.ok ? p.summary.scans.map((s) => s.relation) : [])));
}

/**
 * The measured locks of the change that conflict with the lock a key query takes on the tables
 * it reads: while those statements run (to their commit), the query waits.
 */
export function lockWaits(query: CheckedQuery, relations: Set<string>, files: FileOutcome[]): LockWait[] {
  const needs = ACCESS_LOCK[query.access];
  return files.flatMap((f) =>
    f.heldAtCommit
      .filter((h) => h.kind === 'table' && relations.has(h.relation) && conflicts(h.mode, needs))
      .map((h) => ({ file: f.path, line: f.statements[h.since]?.start.line ?? 1, relation: h.relation, mode: h.mode, heldMs: h.heldMs })),
  );
}
