import picomatch from 'picomatch';
import type { ChangedFile, RepoSource, TreeFile } from '../source/types.js';

/** A migration file selected from a tree, in apply order. */
export interface MigrationFile {
  path: string;
  blobSha: string;
  sql: string;
}

// Numeric-aware so that 2_x.sql sorts before 10_x.sql.
const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

export function naturalCompare(a: string, b: string): number {
  return natural.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function migrationMatcher(globs: string[]): (path: string) => boolean {
  return picomatch(globs, { dot: true });
}

/** Migration files among a tree's files, ordered by path (natural sort). */
export function selectMigrations(files: TreeFile[], globs: string[]): TreeFile[] {
  const isMigration = migrationMatcher(globs);
  return files.filter((f) => isMigration(f.path)).sort((a, b) => naturalCompare(a.path, b.path));
}

/** The changed files that are migrations (any status, removals included). */
export function changedMigrations(changed: ChangedFile[], globs: string[]): ChangedFile[] {
  const isMigration = migrationMatcher(globs);
  return changed.filter((f) => isMigration(f.path) || (f.previousPath !== undefined && isMigration(f.previousPath)));
}

export async function loadMigrations(source: RepoSource, files: TreeFile[]): Promise<MigrationFile[]> {
  return Promise.all(
    files.map(async (f) => ({ path: f.path, blobSha: f.sha, sql: (await source.readBlob(f.sha)).toString('utf8') })),
  );
}
