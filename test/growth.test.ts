import { describe, expect, it } from '@jest/globals';
import { columnStatsOf, exportOf, tableStatsOf } from './support/productionStats.js';
import { childGrowth, monthsToPartitionSize, tableGrowth, timeCorrelation } from '../src/review/growth.js';

const DATA = { rows: 10_000, tables: { group_invites: 500 } };

describe('table growth', () => {
  it('takes rows a month from two exports, in whichever order they come', () => {
    const stats = [
      exportOf('2026-11-01T00:00:00Z', [tableStatsOf('groups', 1_360_875)]),
      exportOf('2026-09-01T00:00:00Z', [tableStatsOf('groups', 1_000_000)]),
    ];
    // 61 days between the exports: 360,875 rows in 2.004 months.
    expect(tableGrowth('groups', DATA, stats)).toEqual({
      table: 'public.groups',
      rows: 1_360_875,
      perMonth: 180_068,
      source: { kind: 'production', from: '2026-09-01T00:00:00Z', to: '2026-11-01T00:00:00Z' },
    });
  });

  it('gives a size without a rate from one export, and falls back to the data settings without any', () => {
    expect(tableGrowth('public.groups', DATA, [exportOf('2026-11-01T00:00:00Z', [tableStatsOf('groups', 42)])])).toMatchObject({ rows: 42, perMonth: null });
    expect(tableGrowth('groups', DATA)).toEqual({ table: 'public.groups', rows: 10_000, perMonth: null, source: { kind: 'settings' } });
    expect(tableGrowth('group_invites', DATA).rows).toBe(500);
    // Never analyzed (-1) is unknown, not empty: the settings speak instead.
    expect(tableGrowth('groups', DATA, [exportOf('2026-11-01T00:00:00Z', [tableStatsOf('groups', -1)])]).source).toEqual({ kind: 'settings' });
  });

  it('finds a table whose own name holds a dot', () => {
    const stats = [exportOf('2026-11-01T00:00:00Z', [tableStatsOf('v1.events', 5_000)])];
    expect(tableGrowth('public.v1.events', DATA, stats)).toMatchObject({ rows: 5_000 });
  });

  it("counts a partitioned table's rows in its partitions", () => {
    const parts = (n: number) => [
      tableStatsOf('events', 0, { kind: 'partitioned' }),
      tableStatsOf('events_2026_10', n, { parent: 'public.events' }),
      tableStatsOf('events_2026_11', n, { parent: 'public.events' }),
    ];
    // 2 x 30,437 more rows in 61 days (2.004 months).
    const stats = [exportOf('2026-10-01T00:00:00Z', parts(1_000)), exportOf('2026-12-01T00:00:00Z', parts(31_437))];
    expect(tableGrowth('events', DATA, stats)).toMatchObject({ rows: 62_874, perMonth: 30_375 });
  });
});

describe('child growth', () => {
  it("applies the data settings' child rows per parent row (6,000 to 10,000) to production's rate of the parent", () => {
    const stats = [exportOf('2026-09-01T00:00:00Z', [tableStatsOf('groups', 1_000)]), exportOf('2026-11-01T00:00:00Z', [tableStatsOf('groups', 1_200)])];
    const [g] = childGrowth('group_invites', ['public.groups'], { rows: 10_000, tables: { 'public.group_invites': 6_000 } }, stats);
    expect(g).toMatchObject({ child: 'public.group_invites', perParent: 0.6, perMonth: 60 });
    expect(g?.parent.perMonth).toBe(100);
  });

  it('leaves rows per parent unknown when the settings do not size the child', () => {
    expect(childGrowth('comments', ['posts'], DATA)).toEqual([
      {
        child: 'public.comments',
        parent: { table: 'public.posts', rows: 10_000, perMonth: null, source: { kind: 'settings' } },
        perParent: null,
        perMonth: null,
      },
    ]);
  });
});

describe('layout advice inputs', () => {
  it("reads a time column's correlation from the newest export that has it", () => {
    const stats = [
      exportOf('2026-09-01T00:00:00Z', [tableStatsOf('events', 10, { columns: [columnStatsOf('created_at', 0.5)] })]),
      exportOf('2026-11-01T00:00:00Z', [tableStatsOf('events', 10, { columns: [columnStatsOf('created_at', 0.998)] })]),
    ];
    expect(timeCorrelation('events', 'created_at', stats)).toBe(0.998);
    expect(timeCorrelation('events', 'updated_at', stats)).toBeNull();
  });

  it('says when a table passes the partitioning size within a year', () => {
    expect(monthsToPartitionSize(40_000_000, 10_000_000)).toBe(6);
    expect(monthsToPartitionSize(1_000_000, 10_000)).toBeNull();
    expect(monthsToPartitionSize(150_000_000, null)).toBe(0);
  });
});
