import type { DbaConfig } from '../config/schema.js';

/**
 * How many rows a table should hold: its entry in `data.tables` (qualified, or bare for public),
 * else the default (`--rows` when given, else `data.rows`).
 */
export function rowsFor(data: DbaConfig['data'], defaultRows: number = data.rows): (qualifiedName: string) => number {
  return (name) => {
    const bare = name.startsWith('public.') ? name.slice('public.'.length) : undefined;
    return data.tables[name] ?? (bare !== undefined ? data.tables[bare] : undefined) ?? defaultRows;
  };
}

/** Names in `data.tables` that match no table, so a typo does not pass silently. */
export function unknownTables(data: DbaConfig['data'], tables: string[]): string[] {
  const known = new Set(tables.flatMap((t) => (t.startsWith('public.') ? [t, t.slice('public.'.length)] : [t])));
  return Object.keys(data.tables).filter((n) => !known.has(n));
}
