import { alterCommands } from '../../parse/ast.js';
import { rule, statementsOf, targetTable } from '../helpers.js';

export default rule(
  {
    id: 'detach-partition-non-concurrently',
    category: 'locking',
    severity: 'warning',
    summary: 'ALTER TABLE ... DETACH PARTITION without CONCURRENTLY.',
    rationale: 'A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the partitioned parent: every query on any partition waits.',
    safeAlternative: 'DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+), outside a transaction.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup:
        "CREATE TABLE events (at date NOT NULL) PARTITION BY RANGE (at);\nCREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
      bad: 'ALTER TABLE events DETACH PARTITION events_2024;',
      good: 'ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'AlterTableStmt')
      .filter((s) => alterCommands(s.node).some((c) => c.subtype === 'AT_DetachPartition' && !c.def?.PartitionCmd?.concurrent))
      .map((s) => ({
        at: s,
        object: targetTable(ctx, s),
        message: `DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on ${targetTable(ctx, s)}: all queries on the partitioned table wait. Use DETACH PARTITION ... CONCURRENTLY.`,
      })),
);
