import { describe, expect, it } from '@jest/globals';
import { STATS_FORMAT, type ColumnStats, type ProductionStats, type TableStats } from '../src/model/productionStats.js';
import { childGrowth, monthsToPartitionSize, tableGrowth, timeCorrelation } from '../src/review/growth.js';

const DATA = { rows: 10_000, tables: { group_invites: 500 } };

function table(name: string, reltuples: number, extra: Partial<TableStats> = {}): TableStats {
  return {
    schema: 'public',
    name,
    kind: 'table',
    reltuples,
    relpages: 0,
    relallvisible: 0,
    bytes: 0,
    totalBytes: 0,
    deadTuples: 0,
    lastVacuum: null,
    lastAutovacuum: null,
    lastAnalyze: null,
    lastAutoanalyze: null,
    parent: null,
    indexes: [],
    columns: [],
    ...extra,
  };
}

const column = (name: string, correlation: number | null): ColumnStats => ({
  name,
  inherited: false,
  nullFrac: 0,
  avgWidth: 8,
  nDistinct: -1,
  mostCommonVals: null,
  mostCommonFreqs: null,
  histogramBounds: null,
  correlation,
  masked: false,
});

const exported = (exportedAt: string, tables: TableStats[]): ProductionStats => ({
  format: STATS_FORMAT,
  exportedAt,
  server: { version: '16.4', major: 16 },
  database: 'app',
  masked: false,
  tables,
});

describe('table growth', () => {
  it('takes rows a month from two exports, in whichever order they come', () => {
    const stats = [exported('2026-11-01T00:00:00Z', [table('groups', 1_360_875)]), exported('2026-09-01T00:00:00Z', [table('groups', 1_000_000)])];
    // 61 days between the exports: 360,875 rows in 2.004 months.
    expect(tableGrowth('groups', DATA, stats)).toEqual({
      table: 'public.groups',
      rows: 1_360_875,
      perMonth: 180_068,
      source: { kind: 'production', from: '2026-09-01T00:00:00Z', to: '2026-11-01T00:00:00Z' },
    });
  });

  it('gives a size without a rate from one export, and falls back to the data settings without any', () => {
    expect(tableGrowth('public.groups', DATA, [exported('2026-11-01T00:00:00Z', [table('groups', 42)])])).toMatchObject({ rows: 42, perMonth: null });
    expect(tableGrowth('groups', DATA)).toEqual({ table: 'public.groups', rows: 10_000, perMonth: null, source: { kind: 'settings' } });
    expect(tableGrowth('group_invites', DATA).rows).toBe(500);
    // Never analyzed (-1) is unknown, not empty: the settings speak instead.
    expect(tableGrowth('groups', DATA, [exported('2026-11-01T00:00:00Z', [table('groups', -1)])]).source).toEqual({ kind: 'settings' });
  });

  it("counts a partitioned table's rows in its partitions", () => {
    const parts = (n: number) => [
      table('events', 0, { kind: 'partitioned' }),
      table('events_2026_10', n, { parent: 'public.events' }),
      table('events_2026_11', n, { parent: 'public.events' }),
    ];
    // 2 x 30,437 more rows in 61 days (2.004 months).
    const stats = [exported('2026-10-01T00:00:00Z', parts(1_000)), exported('2026-12-01T00:00:00Z', parts(31_437))];
    expect(tableGrowth('events', DATA, stats)).toMatchObject({ rows: 62_874, perMonth: 30_375 });
  });
});

describe('child growth', () => {
  it("applies the data settings' child rows per parent row (6,000 to 10,000) to production's rate of the parent", () => {
    const stats = [exported('2026-09-01T00:00:00Z', [table('groups', 1_000)]), exported('2026-11-01T00:00:00Z', [table('groups', 1_200)])];
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
      exported('2026-09-01T00:00:00Z', [table('events', 10, { columns: [column('created_at', 0.5)] })]),
      exported('2026-11-01T00:00:00Z', [table('events', 10, { columns: [column('created_at', 0.998)] })]),
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
