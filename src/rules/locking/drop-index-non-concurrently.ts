import type { Tree } from '../../parse/ast.js';
import { nameOf } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';
import type { RuleContext } from '../types.js';

/**
 * The existing table an index belongs to: from the catalog before the change, or (lint, no
 * catalog) "a table" unless the linted files create the index themselves.
 */
export function indexTable(ctx: RuleContext, index: string): string | undefined {
  const [schema, name] = index.includes('.') ? index.split('.') : [undefined, index];
  if (!ctx.catalog) return statementsOf(ctx, 'IndexStmt').some((s) => s.node.idxname === name) ? undefined : 'its table';
  const table = Object.values(ctx.catalog.before.tables).find((t) => (!schema || t.schema === schema) && t.indexes.some((i) => i.name === name));
  return table?.qualifiedName;
}

export default rule(
  {
    id: 'drop-index-non-concurrently',
    category: 'locking',
    severity: 'warning',
    summary: 'DROP INDEX without CONCURRENTLY on an existing table.',
    rationale:
      'DROP INDEX takes an ACCESS EXCLUSIVE lock on the table: it waits behind every running query on the table and blocks all reads and writes queued after it.',
    safeAlternative: 'DROP INDEX CONCURRENTLY, outside a transaction.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);',
      bad: 'DROP INDEX orders_customer_id_idx;',
      good: 'DROP INDEX CONCURRENTLY orders_customer_id_idx;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'DropStmt')
      .filter((s) => s.node.removeType === 'OBJECT_INDEX' && !s.node.concurrent)
      .flatMap((s) =>
        ((s.node.objects ?? []) as Tree[]).flatMap((o) => {
          const index = nameOf(o.List?.items);
          const table = indexTable(ctx, index);
          return table
            ? [
                {
                  at: s,
                  object: index,
                  message: `DROP INDEX ${index} without CONCURRENTLY takes ACCESS EXCLUSIVE on ${table}: all reads and writes on it wait. Use DROP INDEX CONCURRENTLY.`,
                },
              ]
            : [];
        }),
      ),
);
