import type { Finding, Severity } from '../review/types.js';
import type { ChangedFile } from '../source/types.js';
import { LAYOUTS } from './layouts/index.js';
import type { Discovery, FrameworkId, Migration } from './types.js';

export interface HistoryCheck {
  findings: Finding[];
  /** Head migrations production has not run: what the change applies, in the framework's order. */
  pending: Migration[];
}

/** What each framework does with a migration that sorts before ones already applied. */
const OUT_OF_ORDER: Partial<Record<FrameworkId, [Severity, string]>> = {
  flyway: ['error', 'Flyway refuses to migrate ("Detected resolved migration not applied to database") unless outOfOrder is enabled'],
  'golang-migrate': ['error', 'golang-migrate records only the latest version, so it never applies this one'],
  goose: ['error', 'goose refuses to migrate ("missing migrations") unless run with --allow-missing'],
};

const EDITED: Partial<Record<FrameworkId, string>> = {
  flyway: 'Flyway fails validation on the checksum mismatch and stops migrating',
  liquibase: 'Liquibase fails on the checksum mismatch and stops migrating',
  prisma: 'Prisma Migrate reports the modified migration and asks to reset the development database',
};

function at(m: Migration, ruleId: string, severity: Severity, message: string, detached = false): Finding {
  return { ruleId, severity, file: m.path, line: 1, column: 1, message, object: m.key, ...(detached ? { detached: true } : {}) };
}

/**
 * Compares the base branch's migrations with the head's: which head migrations are pending, and
 * what the change does to history production has already applied (edits, renames, deletions,
 * versions out of order, duplicate versions).
 */
export function checkHistory(base: Discovery, head: Discovery, changed: ChangedFile[]): HistoryCheck {
  const findings: Finding[] = [];
  const baseByKey = new Map(base.migrations.map((m) => [m.key, m]));
  const headByKey = new Map(head.migrations.map((m) => [m.key, m]));
  const renamedFrom = new Map(changed.filter((c) => c.previousPath).map((c) => [c.previousPath as string, c.path]));
  const renamedTo = new Set(renamedFrom.values());
  const pending: Migration[] = [];

  for (const m of head.migrations) {
    const old = baseByKey.get(m.key);
    if (!old) {
      if (renamedTo.has(m.path)) continue; // reported with its old path below
      pending.push(m);
    } else if (old.checksum !== m.checksum) {
      if (m.repeatable) pending.push(m); // Flyway re-runs a changed repeatable migration: expected
      else {
        const consequence = EDITED[m.framework] ?? 'the framework records it as applied and never runs the edit';
        findings.push(at(m, 'migration-edited', 'error', `This migration is already on the base branch, so production has applied it; editing it changes nothing there (${consequence}). Put the change in a new migration.`));
      }
    }
  }

  for (const m of base.migrations) {
    if (headByKey.has(m.key)) continue;
    const to = renamedFrom.get(m.path);
    const moved = to ? head.migrations.find((h) => h.path === to) : undefined;
    if (moved) {
      findings.push(at(moved, 'migration-renamed', 'error', `Renamed from ${m.path}, which production has already applied under its old name: the framework sees a new migration here and runs it again. Keep applied migrations where they are.`));
    } else {
      findings.push(at(m, 'migration-deleted', 'error', `Deletes ${m.path}, which production has already applied: new environments built from this history will lack it, and its schema is no longer described by any migration.`, true));
    }
  }

  // Order: a pending migration placed before the newest applied one of its history.
  const lastApplied = new Map<string, number>();
  head.migrations.forEach((m, i) => {
    if (baseByKey.has(m.key) && !m.repeatable) lastApplied.set(m.set, i);
  });
  head.migrations.forEach((m, i) => {
    const last = lastApplied.get(m.set);
    if (!pending.includes(m) || m.repeatable || last === undefined || i > last) return;
    const newest = head.migrations[last] as Migration;
    const [severity, consequence] = OUT_OF_ORDER[m.framework] ?? ['warning', 'it runs after newer migrations in production, but before them in fresh environments, so the two can end up different'];
    findings.push(at(m, 'migration-out-of-order', severity, `Version ${m.version} sorts before ${newest.version} (${newest.path}), which production has already applied: ${consequence}. Give it a version after ${newest.version}.`));
  });

  // Duplicate versions within one history.
  const seen = new Map<string, Migration>();
  for (const m of head.migrations) {
    // Plain files have no runner to confuse; Prisma folders, sqitch changes and Liquibase ids are unique by key.
    if (m.repeatable || !m.version || ['plain', 'prisma', 'sqitch', 'liquibase'].includes(m.framework)) continue;
    const id = `${m.set}\0${m.version}`;
    const first = seen.get(id);
    if (first && first.key !== m.key && (pending.includes(m) || pending.includes(first))) {
      const culprit = pending.includes(m) ? m : first;
      const other = culprit === m ? first : m;
      findings.push(at(culprit, 'duplicate-migration-version', 'error', `Version ${m.version} is also used by ${other.path}: ${LAYOUTS[m.framework].label} cannot tell the two apart (one fails or is skipped).`));
    } else if (!first) seen.set(id, m);
  }
  return { findings, pending };
}
