import { alterExisting, measuredScan, rule, rowsIn, tookHere } from '../helpers.js';
import type { RuleContext } from '../types.js';

/** The table has (or the change gives it) a CHECK constraint, which may prove the partition bound and spare the scan. */
function hasCheck(ctx: RuleContext, table: string): boolean {
  if (ctx.catalog?.after.tables[table]?.constraints.some((c) => c.type === 'check')) return true;
  return alterExisting(ctx).some(
    (a) => a.table === table && a.cmds.some((c) => c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.contype === 'CONSTR_CHECK'),
  );
}

export default rule(
  {
    id: 'attach-partition-scan',
    category: 'locking',
    severity: 'warning',
    summary: 'ATTACH PARTITION of an existing table with no CHECK constraint that proves the partition bound.',
    rationale:
      'To attach a table, PostgreSQL scans all of it to check every row fits the bound, holding ACCESS EXCLUSIVE on the table (and on a DEFAULT partition, scanned likewise), while the parent is held in SHARE UPDATE EXCLUSIVE. A CHECK constraint that matches the bound lets it skip the scan (ALTER TABLE, ATTACH PARTITION).',
    safeAlternative:
      'Before attaching, ADD CONSTRAINT ... CHECK (the bound) NOT VALID and VALIDATE CONSTRAINT (a scan under SHARE UPDATE EXCLUSIVE, reads and writes go on); then ATTACH PARTITION skips the scan, and the CHECK can be dropped.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup:
        'CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);\nCREATE TABLE events_2024 (id bigint NOT NULL, at date NOT NULL);',
      bad: "ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
      good: "ALTER TABLE events_2024 ADD CONSTRAINT events_2024_at CHECK (at >= '2024-01-01' AND at < '2025-01-01') NOT VALID;\nALTER TABLE events_2024 VALIDATE CONSTRAINT events_2024_at;\nALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
    },
  },
  (ctx) =>
    alterExisting(ctx).flatMap(({ s, table: parent, cmds }) =>
      cmds
        .filter((c) => c.subtype === 'AT_AttachPartition')
        .map((c) => ctx.qualify(c.def?.PartitionCmd?.name))
        .filter((part) => ctx.existedBefore(part))
        // Measured: the scan happened or it did not; else judged by the CHECK constraints.
        .filter((part) => measuredScan(s, part) ?? !hasCheck(ctx, part))
        .map((part) => ({
          at: s,
          object: part,
          message: `Attaching ${part} to ${parent} scans all of ${part}${rowsIn(ctx, part)} under ACCESS EXCLUSIVE to check its rows fit the bound.${tookHere(s)} Add a CHECK constraint matching the bound (NOT VALID, then VALIDATE) first.`,
        })),
    ),
);
