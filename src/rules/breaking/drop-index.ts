import type { Tree } from '../../parse/ast.js';
import { nameOf } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'drop-index',
    category: 'breaking',
    severity: 'info',
    summary: 'An index of an existing table is dropped.',
    rationale: 'Queries that used the index fall back to other plans, possibly sequential scans, the moment it is gone.',
    safeAlternative:
      'Confirm the index is unused (pg_stat_user_indexes.idx_scan over a representative period) before dropping it; keep its definition to recreate it quickly.',
    needs: 'review',
    example: {
      setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamptz);\nCREATE INDEX orders_placed_at_idx ON orders (placed_at);',
      bad: 'DROP INDEX CONCURRENTLY orders_placed_at_idx;',
      good: "-- on production, before any drop: an index that is still scanned stays\nSELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'orders_placed_at_idx';",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'DropStmt')
      .filter((s) => s.node.removeType === 'OBJECT_INDEX')
      .flatMap((s) =>
        ((s.node.objects ?? []) as Tree[]).flatMap((o) => {
          const name = nameOf(o.List?.items).split('.').pop();
          const table = Object.values(ctx.catalog?.before.tables ?? {}).find((t) => t.indexes.some((i) => i.name === name));
          return table
            ? [
                {
                  at: s,
                  object: name,
                  message: `Drops ${name} on ${table.qualifiedName}: queries that used it change plans. Check pg_stat_user_indexes first.`,
                },
              ]
            : [];
        }),
      ),
);
