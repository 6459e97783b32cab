import type { FileOutcome } from '../apply/types.js';
import type { ReviewBase } from '../base/base.js';
import type { CatalogChange, CatalogState } from '../catalog/types.js';
import type { DbaConfig } from '../config/schema.js';
import type { ReviewPlans } from '../explain/reviewPlans.js';
import type { Finding } from '../model/finding.js';
import type { ProductionStats } from '../model/productionStats.js';
import type { FileStatus } from '../source/types.js';

/** What is being reviewed: a pull request, or two refs of a local checkout. */
export interface ReviewSubject {
  title: string;
  body?: string;
  number?: number;
  /** owner/name */
  repository?: string;
  /** The origin the repository is served from: a GitHub Enterprise Server's (https://ghe.example.com), or by default https://github.com. */
  serverUrl?: string;
  baseSha: string;
  headSha: string;
}

export interface MigrationChange {
  path: string;
  status: FileStatus;
  previousPath?: string;
}

export type ReviewOutcome = 'no-migrations' | 'reviewed' | 'migration-failed' | 'could-not-run';

/** Everything the pipeline learned; every renderer works from this one model. */
export interface Review {
  subject: ReviewSubject;
  outcome: ReviewOutcome;
  /** Main table of the change, or the subject's title. */
  heading: string;
  config: DbaConfig | null;
  postgres: { version: string; major: number; provider: string } | null;
  /** Why the review could not run, in words a user can act on. */
  problems: string[];
  /** Observations about the input that did not stop the review (e.g. a truncated tree). */
  notes: string[];
  /** The migration histories the change touches, e.g. "Prisma Migrate in prisma/migrations". */
  histories: string[];
  changedMigrations: MigrationChange[];
  /** Changed files that would be migrations but match `migrations.exclude`: left out of the review. */
  excluded: string[];
  /** The base history as replayed or restored (paths), or the database it was copied from instead (SANDBOX_TEMPLATE). */
  base: ReviewBase | null;
  files: FileOutcome[];
  catalog: { before: CatalogState; after: CatalogState; changes: CatalogChange[] } | null;
  findings: Finding[];
  /** Findings a `-- dba-ignore:` comment set aside, with its reason. */
  suppressed: { finding: Finding; reason: string }[];
  /** Findings a `/dba ack` on the pull request accepted, with its reason and login: not counted (set by the app). */
  acknowledged?: { finding: Finding; reason: string; by: string }[];
  /** What the review of an earlier push of the same pull request reported (set by the app). */
  previous?: { head: string; errors: number; warnings: number };
  /** Rows each existing table held when the change ran (after filling), by qualified name. */
  rows: Record<string, number>;
  /**
   * Production statistics exports (`pg-dba-review stats export`), in any order, when the project
   * has them: the growth and layout questions read sizes and rates from them instead of `data:`.
   * Set by whoever loads them; absent, the data settings speak.
   */
  productionStats?: ProductionStats[];
  /** Key queries planned before and after, and suggested indexes tried in the sandbox (null: nothing ran). */
  plans: ReviewPlans | null;
  /** The restore drill (pg_dump of the database after the change, pg_restore into an empty one); absent when nothing was applied. */
  restore?: RestoreCheck;
  durationMs: number;
}

/** What the restore drill found, for Backup & HA Notes; its errors and differences are `restore-fails` findings. */
export interface RestoreCheck {
  /** restored: no error and the same catalog; failed: see the findings; skipped: `reason` says why it did not run. */
  status: 'restored' | 'failed' | 'skipped';
  /** For skipped: why, with what to do about it. For failed: what failed that no statement of the change made. */
  reason?: string;
  /** pg_dump's version, when one of the server's major was found. */
  pgDump?: string;
  durationMs: number;
}
