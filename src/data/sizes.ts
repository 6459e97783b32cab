import pg from 'pg';
import type { TableSize } from '../model/estimate.js';

/** The filled tables' sizes: the rows the fill counted, and their bytes (pg_table_size: heap and TOAST) as they are now. */
export async function tableSizes(client: pg.Client, rows: Record<string, number>): Promise<Record<string, TableSize>> {
  const names = Object.keys(rows);
  const quoted = names.map((n) => {
    const dot = n.indexOf('.');
    return `${pg.escapeIdentifier(n.slice(0, dot))}.${pg.escapeIdentifier(n.slice(dot + 1))}`;
  });
  const { rows: found } = await client.query<{ i: number; bytes: string | null }>(
    'SELECT i, pg_table_size(to_regclass(name)) AS bytes FROM unnest($1::text[]) WITH ORDINALITY AS t(name, i)',
    [quoted],
  );
  const sizes: Record<string, TableSize> = {};
  for (const { i, bytes } of found) {
    const name = names[i - 1] as string;
    if (bytes !== null) sizes[name] = { rows: rows[name] ?? 0, bytes: Number(bytes) };
  }
  return sizes;
}
