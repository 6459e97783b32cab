import type { TreeFile } from '../source/types.js';

export const FRAMEWORKS = [
  'prisma',
  'flyway',
  'golang-migrate',
  'goose',
  'dbmate',
  'sqitch',
  'supabase',
  'drizzle',
  'node-pg-migrate',
  'liquibase',
  'diesel',
  'sqlx',
  'hasura',
  'graphile-migrate',
  'atlas',
  'pop',
  'plain',
] as const;

export type FrameworkId = (typeof FRAMEWORKS)[number];

/**
 * How the framework runs one migration:
 * - wrapped: inside BEGIN ... COMMIT it issues itself;
 * - implicit: the whole file as one multi-statement query (atomic; a statement that refuses a
 *   transaction block works only alone in its file);
 * - auto: without a transaction when it holds statements that refuse one, else in one (Flyway),
 *   refusing a migration that mixes both;
 * - none: statement by statement, the file managing transactions itself (sqitch, opt-outs);
 * - unknown: the runner is not known (plain SQL files).
 */
export type TransactionMode = 'wrapped' | 'implicit' | 'auto' | 'none' | 'unknown';

export interface Migration {
  framework: FrameworkId;
  /** Root folder of the history the migration belongs to; separate roots are separate databases. */
  set: string;
  /** Unique within the tree: the path, or path#author:id for a Liquibase changeset. */
  key: string;
  path: string;
  blobSha: string;
  /** The framework's version (ordering key), as written. */
  version: string;
  name: string;
  /** The up SQL at its place in the file: other parts of the file are blanked so lines and columns stay true. */
  up: string;
  down?: { path: string; sql: string };
  transaction: TransactionMode;
  /** The framework's opt-out from its transaction, when the migration uses it. */
  directive?: string;
  /** Flyway repeatable migrations run again whenever they change. */
  repeatable?: boolean;
  /** Hash of the up SQL, to tell an edited migration from an unchanged one. */
  checksum: string;
}

/** A file that is a migration in a host language (Rails, Django, Knex...): found, not replayable. */
export interface HostLanguageMigration {
  path: string;
  framework: string;
}

/** A file in a migration history that is not PostgreSQL's (or not what PostgreSQL runs): listed, never replayed or checked. */
export interface LeftOut {
  path: string;
  /** Why, e.g. "MySQL (pop dialect suffix)". */
  reason: string;
}

/** A history nothing names the engine of: reviewed as PostgreSQL, and the review says so. */
export interface UnknownEngine {
  set: string;
  framework: FrameworkId;
}

export interface Discovery {
  migrations: Migration[];
  hostLanguage: HostLanguageMigration[];
  leftOut: LeftOut[];
  unknownEngine: UnknownEngine[];
  /** Input problems that did not stop discovery: empty files, non-UTF-8 files, ambiguous layouts. */
  notes: string[];
}

export interface BuildContext {
  /** The file's text, or undefined (with a note) when it is not UTF-8 or too large. */
  text(file: TreeFile): Promise<string | undefined>;
  tree: TreeFile[];
  note(message: string): void;
  /** A file of the history that PostgreSQL does not run (another dialect's variant). */
  leaveOut(path: string, reason: string): void;
}

/**
 * How a framework recognises a migration it has applied, which decides what a rename does:
 * by the version in its name (a rename keeping it is the same migration), by its file or folder
 * name (a rename is a new migration), or unknown (no known runner).
 */
export interface Identity {
  by: 'version' | 'name' | 'unknown';
  /** What the framework records, e.g. "golang-migrate records only the latest version it reached". */
  records: string;
  /** What a rename does: for `version`, a rename to another version (`{to}` is the new version). */
  renamed: string;
  /** For `version`: what a rename keeping the version does, and how much it matters. */
  keptVersion?: { impact: 'breaks' | 'harmless'; consequence: string };
}

export interface Layout {
  id: FrameworkId;
  label: string;
  /** How to run this migration outside the framework's transaction, for findings. */
  optOut: string | null;
  identity: Identity;
  /**
   * The framework's record of applied migrations, as it creates it before the first one: some
   * histories refer to it (a trigger that guards it, a cleanup of its rows).
   */
  bookkeeping?: string;
  /** The engine every history of this framework is, when the framework supports only one. */
  engine?: 'PostgreSQL';
  /** Files this layout owns by their paths alone, grouped by the root folder of their history. */
  claim?(files: TreeFile[], tree: TreeFile[]): Map<string, TreeFile[]>;
  /** Text that marks a file as this layout's, for layouts known by content. */
  marker?: RegExp;
  /** The set's migrations in the order the framework applies them. */
  build(root: string, files: TreeFile[], ctx: BuildContext): Promise<Migration[]>;
}
