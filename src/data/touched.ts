import type pg from 'pg';
import type { Statement } from '../parse/statements.js';

interface RangeVarShape {
  relname?: unknown;
  schemaname?: string;
  relpersistence?: string;
}

/**
 * Every table name statements mention: RangeVar nodes anywhere in their parse trees (wrapped as
 * {RangeVar: ...} where the field holds any node, bare where it is typed as a RangeVar).
 */
export function mentionedRelations(statements: Statement[]): string[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const range = ((node as { RangeVar?: RangeVarShape }).RangeVar ?? node) as RangeVarShape;
    if (typeof range.relname === 'string' && range.relpersistence !== undefined) {
      names.add(range.schemaname ? `"${range.schemaname}"."${range.relname}"` : `"${range.relname}"`);
    }
    for (const value of Object.values(node)) walk(value);
  };
  for (const s of statements) walk(s.ast);
  return [...names];
}

/** A relation name as written (maybe schema-qualified, maybe quoted) without schema or quotes. */
export function bareName(name: string): string {
  return name.replace(/"/g, '').split('.').pop() ?? name;
}

/** Resolves names as the session would (its search_path) to existing tables, qualified. */
export async function resolveTables(client: pg.Client, names: string[]): Promise<string[]> {
  if (!names.length) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT DISTINCT n.nspname || '.' || c.relname AS name
       FROM unnest($1::text[]) AS m(name)
       JOIN pg_class c ON c.oid = to_regclass(m.name) JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') ORDER BY 1`,
    [names],
  );
  return rows.map((r) => r.name);
}
