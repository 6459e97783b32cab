import type { Tree } from '../parse/ast.js';
import type { FileOutcome, StatementOutcome } from '../apply/types.js';
import type { CatalogChange, CatalogState } from '../catalog/types.js';
import type { FrameworkId, TransactionMode } from '../discover/types.js';
import type { Statement } from '../parse/statements.js';
import type { SourceText } from '../parse/sourceText.js';
import type { Detection, Fix, Impact, Severity } from '../model/finding.js';
import type { LockMode } from '../trace/locks.js';

export type Category = 'locking' | 'breaking' | 'design' | 'security' | 'hygiene' | 'history' | 'plans';

export const CATEGORIES: Category[] = ['locking', 'breaking', 'design', 'security', 'hygiene', 'history', 'plans'];

export interface RuleMeta<Id extends string = string> {
  /** kebab-case, stable: used in config, suppressions and docs/rules/<id>.md. */
  id: Id;
  category: Category;
  severity: Severity;
  /** One line: what the rule finds. */
  summary: string;
  /** Why it hurts in production. */
  rationale: string;
  /** What to write instead. */
  safeAlternative: string;
  /**
   * sql: decided from the parsed SQL alone (also runs in `pg-dba-review lint`);
   * review: needs what only a review has (measured locks, rewrites and scans, the catalog before
   * and after, the base branch's history).
   */
  needs: 'sql' | 'review';
  /** Opt-in: off unless `rules:` in .github/dba.yml turns it on. */
  defaultOff?: boolean;
  /** The lock the bad statement takes, for the docs. */
  lock?: LockMode;
  /** For the docs page: an existing schema, a statement that triggers the rule, and its safe rewrite. */
  example: { setup?: string; bad: string; good: string };
}

export interface MigrationContext {
  key: string;
  path: string;
  framework: FrameworkId;
  transaction: TransactionMode;
  hasDown: boolean;
  /** The framework supports down migrations in this layout. */
  supportsDown: boolean;
  text: string;
  /** The file as parsed: places the byte locations of parse-tree nodes in the file. */
  source: SourceText;
  statements: StatementContext[];
  outcome?: FileOutcome;
}

export interface StatementContext {
  stmt: Statement;
  /** The node under the statement's kind, e.g. the AlterTableStmt body. */
  node: Tree;
  migration: MigrationContext;
  /** Measured in the sandbox (review mode only). */
  outcome?: StatementOutcome;
}

export interface RuleContext {
  mode: 'review' | 'lint';
  serverMajor: number;
  migrations: MigrationContext[];
  statements: StatementContext[];
  catalog?: { before: CatalogState; after: CatalogState; changes: CatalogChange[] };
  /** Rows each existing table held when the change ran. */
  rows: Record<string, number>;
  /** Findings the pipeline made itself (failures, history, reversibility), subject to config and suppressions. */
  detections: Detection[];
  /** Qualified name of a table a RangeVar names: as the catalog has it, else public. */
  qualify(range: { relname?: string; schemaname?: string } | undefined): string;
  /** The table existed before this change (so holds production data). */
  existedBefore(table: string): boolean;
  /** Every rule id, for rules about suppression comments. */
  ruleIds: Set<string>;
}

export interface RuleHit {
  at: StatementContext | { file: string; line: number; column: number; endLine?: number; detached?: boolean };
  message: string;
  object?: string;
  /** A mechanical rewrite that resolves it. */
  fix?: Fix;
  /** What the framework makes of it, where that varies (pipeline rules): sets the severity unless configured. */
  impact?: Impact;
}

/** A rule; its id's literal type is kept, so the registry's ids form a union (RuleId in index.ts). */
export interface Rule<Id extends string = string> {
  meta: RuleMeta<Id>;
  check(ctx: RuleContext): RuleHit[];
  /** Its findings are a pipeline stage's detections (pipelineRule). */
  detected?: true;
}
