import { loadModule } from 'libpg-query';
import { codeTokens } from '../parse/ast.js';
import type { Detection, Impact } from '../model/finding.js';
import type { ChangedFile } from '../source/types.js';
import { LAYOUTS } from './layouts/index.js';
import { compareVersions } from './text.js';
import type { Discovery, FrameworkId, Identity, Migration } from './types.js';

export interface HistoryCheck {
  findings: Detection[];
  /** Head migrations production has not run: what the change applies, in the framework's order. */
  pending: Migration[];
}

/** What each framework does with a migration that sorts before ones already applied. */
const OUT_OF_ORDER: Partial<Record<FrameworkId, [Impact, string]>> = {
  flyway: ['breaks', 'Flyway refuses to migrate ("Detected resolved migration not applied to database") unless outOfOrder is enabled'],
  'golang-migrate': ['breaks', 'golang-migrate records only the latest version, so it never applies this one'],
  goose: ['breaks', 'goose refuses to migrate ("missing migrations") unless run with --allow-missing'],
};

/** Frameworks that check each applied migration's checksum, and what an edit then does: any edit, comments included. */
const CHECKSUMMED: Partial<Record<FrameworkId, string>> = {
  flyway: 'Flyway fails validation on the checksum mismatch and stops migrating',
  liquibase: 'Liquibase fails on the checksum mismatch and stops migrating',
  prisma: 'Prisma Migrate reports the modified migration and asks to reset the development database',
  sqlx: 'sqlx refuses to migrate ("migration … was previously applied but has been modified"), so every deployment that runs migrations at start-up stops there',
  'graphile-migrate': 'graphile-migrate refuses a committed migration whose body no longer matches its hash',
};

/** What runs of a migration: its tokens without comments or spacing (null when the scanner refuses it). */
function code(sql: string): string | null {
  try {
    return codeTokens(sql)
      .map((t) => t.text)
      .join(' ');
  } catch {
    return null;
  }
}

/** An applied migration whose text changed from `old`: what the framework does, and whether it matters. */
function edited(m: Migration, old: Migration): Detection | null {
  const checksum = CHECKSUMMED[m.framework];
  if (checksum)
    return at(
      m,
      'migration-edited',
      `This migration is already on the base branch, so production has applied it: the edit does not reach production's schema, and ${checksum}. Put the change in a new migration.`,
    );
  const same = code(m.up);
  // Comments or spacing only, where the framework keys migrations by version: nothing changes anywhere.
  if (same !== null && same === code(old.up)) return null;
  const runner = m.framework === 'plain' ? 'a runner that records applied migrations' : LAYOUTS[m.framework].label;
  return at(
    m,
    'migration-edited',
    `This migration is already on the base branch, so production has applied it; editing it changes nothing there (${runner} records it as applied and never runs the edit), while new environments get the edited version. Put the change in a new migration.`,
  );
}

function at(m: Migration, ruleId: string, message: string, options: { detached?: boolean; impact?: Impact } = {}): Detection {
  return {
    ruleId,
    file: m.path,
    line: 1,
    column: 1,
    message,
    object: m.key,
    ...(options.detached ? { detached: true } : {}),
    ...(options.impact ? { impact: options.impact } : {}),
  };
}

/** One history: a framework's migrations under one root. Renames and edits are judged within it. */
const historyOf = (m: Migration) => `${m.framework}\0${m.set}`;

function sameVersion(a: string, b: string): boolean {
  try {
    return compareVersions(a, b) === 0;
  } catch {
    return a === b; // not numeric: compared as written
  }
}

/** A Flyway repeatable migration is known by its description, not a version. */
const REPEATABLE: Identity = {
  by: 'name',
  records: 'Flyway records a repeatable migration by its description',
  renamed: 'it runs under its new description again, and fails validation on the old one missing ("Detected applied migration not resolved locally")',
};

/** What the framework does with an applied migration renamed from `from` to `to`. */
function renamed(from: Migration, to: Migration): Detection {
  const identity = to.repeatable ? REPEATABLE : LAYOUTS[to.framework].identity;
  if (identity.by === 'version' && identity.keptVersion && sameVersion(from.version, to.version)) {
    const { impact, consequence } = identity.keptVersion;
    return at(to, 'migration-renamed', `Renamed from ${from.path}, keeping version ${to.version}: ${identity.records}, so ${consequence}.`, { impact });
  }
  const impact: Impact = identity.by === 'unknown' ? 'uncertain' : 'breaks';
  const change = identity.by === 'version' ? ` (version ${from.version} to ${to.version})` : '';
  return at(
    to,
    'migration-renamed',
    `Renamed from ${from.path}${change}, which production has already applied: ${identity.records}, so ${identity.renamed.replaceAll('{to}', to.version)}. Keep applied migrations as they are.`,
    { impact },
  );
}

/**
 * The head migration an applied one that left its place became, within its history: the file git
 * saw it renamed to, else (for frameworks keyed by version) the new file of its version, else a
 * new file with the same content.
 */
function counterpart(gone: Migration, added: Migration[], renamedFrom: Map<string, string>): Migration | undefined {
  const byGit = renamedFrom.get(gone.path);
  const identity = LAYOUTS[gone.framework].identity;
  return (
    added.find((m) => m.path === byGit) ??
    (identity.by === 'version' && !gone.repeatable ? added.find((m) => !m.repeatable && sameVersion(m.version, gone.version)) : undefined) ??
    added.find((m) => m.checksum === gone.checksum)
  );
}

/**
 * Compares the base branch's migrations with the head's: which head migrations are pending, and
 * what the change does to history production has already applied (edits, renames, deletions,
 * versions out of order, duplicate versions). Each history is judged on its own: a file of one
 * folder is never paired with another folder's.
 */
export async function checkHistory(base: Discovery, head: Discovery, changed: ChangedFile[]): Promise<HistoryCheck> {
  // The scanner that tells a comment-only edit apart.
  await loadModule();
  const findings: Detection[] = [];
  const baseByKey = new Map(base.migrations.map((m) => [m.key, m]));
  const headByKey = new Map(head.migrations.map((m) => [m.key, m]));
  const renamedFrom = new Map(changed.filter((c) => c.previousPath).map((c) => [c.previousPath as string, c.path]));
  const applied = (m: Migration) => {
    const old = baseByKey.get(m.key);
    return old && historyOf(old) === historyOf(m) ? old : undefined;
  };
  // Head migrations new to their history, and applied ones that left it, paired per history.
  const added = head.migrations.filter((m) => !applied(m));
  const moved = new Map<Migration, Migration>();
  for (const gone of base.migrations) {
    const now = headByKey.get(gone.key);
    if (now && historyOf(now) === historyOf(gone)) continue;
    const to = counterpart(
      gone,
      added.filter((m) => historyOf(m) === historyOf(gone) && !moved.has(m)),
      renamedFrom,
    );
    if (to) {
      moved.set(to, gone);
      const keptVersion = LAYOUTS[to.framework].identity.by === 'version' && !to.repeatable && sameVersion(to.version, gone.version);
      const finding = keptVersion && to.checksum !== gone.checksum ? edited(to, gone) : renamed(gone, to);
      if (finding) findings.push(finding);
    } else {
      findings.push(
        at(
          gone,
          'migration-deleted',
          `Deletes ${gone.path}, which production has already applied: new environments built from this history will lack it, and its schema is no longer described by any migration.`,
          { detached: true },
        ),
      );
    }
  }

  const pending: Migration[] = [];
  for (const m of head.migrations) {
    const old = applied(m);
    if (!old) {
      if (!moved.has(m)) pending.push(m);
    } else if (old.checksum !== m.checksum) {
      if (m.repeatable)
        pending.push(m); // Flyway re-runs a changed repeatable migration: expected
      else {
        const finding = edited(m, old);
        if (finding) findings.push(finding);
      }
    }
  }

  // Order: a pending migration placed before the newest applied one of its history.
  const lastApplied = new Map<string, number>();
  head.migrations.forEach((m, i) => {
    if (applied(m) && !m.repeatable) lastApplied.set(historyOf(m), i);
  });
  head.migrations.forEach((m, i) => {
    const last = lastApplied.get(historyOf(m));
    if (!pending.includes(m) || m.repeatable || last === undefined || i > last) return;
    const newest = head.migrations[last] as Migration;
    const [impact, consequence] = OUT_OF_ORDER[m.framework] ?? [
      'uncertain',
      'it runs after newer migrations in production, but before them in fresh environments, so the two can end up different',
    ];
    findings.push(
      at(
        m,
        'migration-out-of-order',
        `Version ${m.version} sorts before ${newest.version} (${newest.path}), which production has already applied: ${consequence}. Give it a version after ${newest.version}.`,
        { impact },
      ),
    );
  });

  // Duplicate versions within one history.
  const seen = new Map<string, Migration>();
  for (const m of head.migrations) {
    // Plain files have no runner to confuse; Prisma folders, sqitch changes and Liquibase ids are unique by key.
    if (m.repeatable || !m.version || ['plain', 'prisma', 'sqitch', 'liquibase'].includes(m.framework)) continue;
    const id = `${historyOf(m)}\0${m.version}`;
    const first = seen.get(id);
    if (first && first.key !== m.key && (pending.includes(m) || pending.includes(first))) {
      const culprit = pending.includes(m) ? m : first;
      const other = culprit === m ? first : m;
      findings.push(
        at(
          culprit,
          'duplicate-migration-version',
          `Version ${m.version} is also used by ${other.path}: ${LAYOUTS[m.framework].label} cannot tell the two apart (one fails or is skipped).`,
        ),
      );
    } else if (!first) seen.set(id, m);
  }
  return { findings, pending };
}
