import type { Tree } from '../parse/ast.js';
import type { FileOutcome } from '../apply/types.js';
import type { CatalogChange, CatalogState } from '../catalog/types.js';
import type { Migration } from '../discover/types.js';
import type { ParsedFile } from '../parse/statements.js';
import type { Detection } from '../model/finding.js';
import type { MigrationContext, RuleContext, StatementContext } from './types.js';

export interface ContextInput {
  mode: RuleContext['mode'];
  serverMajor: number;
  migrations: { migration: Pick<Migration, 'key' | 'path' | 'framework' | 'transaction' | 'down'>; parsed: ParsedFile; outcome?: FileOutcome }[];
  catalog?: { before: CatalogState; after: CatalogState; changes: CatalogChange[] };
  rows?: Record<string, number>;
  detections?: Detection[];
  ruleIds: Set<string>;
}

// Layouts whose framework keeps down migrations beside the up ones.
const WITH_DOWNS = new Set(['golang-migrate', 'goose', 'dbmate', 'sqitch', 'node-pg-migrate', 'liquibase']);

/** What the rules see of a change: its statements in order, each with its migration and its trace. */
export function buildContext(input: ContextInput): RuleContext {
  const migrations: MigrationContext[] = [];
  const statements: StatementContext[] = [];
  for (const { migration, parsed, outcome } of input.migrations) {
    const m: MigrationContext = {
      key: migration.key,
      path: migration.path,
      framework: migration.framework,
      transaction: migration.transaction,
      hasDown: migration.down !== undefined && migration.down.sql.trim() !== '',
      supportsDown: WITH_DOWNS.has(migration.framework),
      // Fixes and suppressions read the file as written.
      text: parsed.source.original,
      source: parsed.source,
      statements: [],
      ...(outcome ? { outcome } : {}),
    };
    if (parsed.ok) {
      for (const stmt of parsed.statements) {
        const s: StatementContext = { stmt, node: ((stmt.ast as Record<string, unknown>)[stmt.kind] ?? {}) as Tree, migration: m };
        const measured = outcome?.statements[stmt.index];
        if (measured) s.outcome = measured;
        m.statements.push(s);
        statements.push(s);
      }
    }
    migrations.push(m);
  }

  const catalog = input.catalog;
  const known = (table: string) => catalog && (catalog.before.tables[table] || catalog.after.tables[table]);
  // Without a catalog (lint), a table is new when the linted files create it.
  const created = new Set(
    statements
      .filter((s) => s.stmt.kind === 'CreateStmt' || s.stmt.kind === 'CreateTableAsStmt')
      .map((s) => {
        const rel = s.node.relation ?? s.node.into?.rel;
        return `${rel?.schemaname ?? 'public'}.${rel?.relname}`;
      }),
  );
  const qualify: RuleContext['qualify'] = (range) => {
    if (!range?.relname) return '';
    if (range.schemaname) return `${range.schemaname}.${range.relname}`;
    if (catalog && !known(`public.${range.relname}`)) {
      const match = [...Object.values(catalog.before.tables), ...Object.values(catalog.after.tables)].find((t) => t.name === range.relname);
      if (match) return match.qualifiedName;
    }
    return `public.${range.relname}`;
  };
  return {
    mode: input.mode,
    serverMajor: input.serverMajor,
    migrations,
    statements,
    ...(catalog ? { catalog } : {}),
    rows: input.rows ?? {},
    detections: input.detections ?? [],
    qualify,
    existedBefore: (table) => (catalog ? catalog.before.tables[table] !== undefined : !created.has(table)),
    ruleIds: input.ruleIds,
  };
}
