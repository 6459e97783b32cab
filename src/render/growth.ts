// Questions or Flags: how a table will grow, in words (from review/growth.ts's figures).
import type { ChangeFacts } from '../review/facts.js';
import { monthsToPartitionSize, PARTITION_ROWS, type ChildGrowth } from '../review/growth.js';
import { code, plural, unqualified } from './text.js';

/** "`groups` (1,360,875 rows, +180,068 a month in production statistics from 2026-09-01 to 2026-11-01): at 5 rows each, about 500 a month". */
function parentGrowth(g: ChildGrowth): string {
  const p = g.parent;
  const size =
    p.source.kind === 'production'
      ? `${count(p.rows)} rows${p.perMonth !== null ? `, ${p.perMonth >= 0 ? '+' : ''}${count(p.perMonth)} a month` : ''} in production statistics ${p.perMonth !== null ? `from ${p.source.from.slice(0, 10)} to ${p.source.to.slice(0, 10)}` : `of ${p.source.to.slice(0, 10)}`}`
      : `${count(p.rows)} rows in the data settings; no production statistics give its rate`;
  const each =
    g.perParent !== null
      ? `: at ${g.perParent >= 10 ? count(Math.round(g.perParent)) : g.perParent.toFixed(1).replace(/\.0$/, '')} rows per ${code(unqualified(p.table))} row (data settings)${g.perMonth !== null ? `, about ${count(g.perMonth)} new rows a month` : `, about ${count(Math.round(p.rows * g.perParent))} rows`}`
      : '';
  return `${code(unqualified(p.table))} (${size})${each}`;
}

/** BRIN for a column rows arrive in the order of; partitioning when the table grows past PARTITION_ROWS within a year. */
export function timeLayoutLine(t: ChangeFacts['timeColumns'][number]): string {
  const table = code(unqualified(t.table));
  const months = monthsToPartitionSize(t.growth.rows, t.growth.perMonth);
  const partition =
    months !== null
      ? ` At ${[t.growth.rows ? `${count(t.growth.rows)} rows` : '', t.growth.perMonth ? `+${count(t.growth.perMonth)} rows a month` : ''].filter(Boolean).join(' and ')} it ${months === 0 ? 'is already past' : `passes ${count(PARTITION_ROWS)} rows in ${plural(months, 'month')}, past`} the size where range partitioning by ${code(t.column)} pays (old partitions dropped instead of deleted, smaller indexes): plan it now, as converting a big table later is a rewrite.`
      : '';
  if (!t.ordered)
    return `Will ${table} need time-based analytics by ${code(t.column)}? If so, plan a BRIN index or time partitioning before it grows.${partition}`;
  const why =
    t.ordered === 'default now()'
      ? `rows arrive in ${code(t.column)} order (its default is the insert time)`
      : `${code(t.column)} follows the rows' physical order (correlation ${t.ordered.correlation.toFixed(2)} in production)`;
  return `If ${table} is read by ${code(t.column)} ranges: ${why}, so a BRIN index serves them at a fraction of a B-tree's size: ${code(`CREATE INDEX ${unqualified(t.table).replace(/\W/g, '_')}_${t.column}_brin ON ${t.table} USING brin (${t.column});`)}${partition}`;
}

const count = (n: number) => n.toLocaleString('en-US');

/** One question per child table, naming each parent it grows with. */
export function growthQuestions(growth: ChildGrowth[]): string[] {
  const byChild = new Map<string, ChildGrowth[]>();
  for (const g of growth) byChild.set(g.child, [...(byChild.get(g.child) ?? []), g]);
  return [...byChild].map(
    ([child, parents]) => `What row growth is expected for ${code(unqualified(child))}? It grows with ${parents.map(parentGrowth).join('; ')}.`,
  );
}
