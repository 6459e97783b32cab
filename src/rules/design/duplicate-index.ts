import { rule, statementFor, touchedTables } from '../helpers.js';

export default rule(
  {
    id: 'duplicate-index',
    category: 'design',
    severity: 'warning',
    summary: "An index that duplicates another, or whose columns are a leading prefix of another's.",
    rationale: 'Every index slows every write and takes space and cache; an index whose columns lead another index serves no query the longer one cannot.',
    safeAlternative: 'Drop the redundant index (keep a unique one if it enforces uniqueness).',
    needs: 'review',
    example: {
      setup:
        'CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, placed_at timestamptz);\nCREATE INDEX orders_account_placed_idx ON orders (account_id, placed_at);',
      bad: 'CREATE INDEX orders_account_idx ON orders (account_id);',
      good: '-- orders_account_placed_idx already serves lookups by account_id; lookups by placed_at alone need an index of their own\nCREATE INDEX CONCURRENTLY orders_placed_at_idx ON orders (placed_at);',
    },
  },
  (ctx) =>
    touchedTables(ctx).flatMap((t) => {
      const before = new Set(ctx.catalog?.before.tables[t.qualifiedName]?.indexes.map((i) => i.name) ?? []);
      return t.indexes
        .filter((i) => !before.has(i.name) && !i.unique && !i.predicate && i.columns.every((c) => c !== null))
        .flatMap((i) => {
          const wider = t.indexes.find(
            (o) => o !== i && o.method === i.method && !o.predicate && o.columns.length >= i.columns.length && i.columns.every((c, k) => o.columns[k] === c),
          );
          const at = statementFor(ctx, t.qualifiedName);
          return wider && at
            ? [
                {
                  at,
                  object: `${t.qualifiedName} index ${i.name}`,
                  message: `${i.name} (${i.columns.join(', ')}) is ${wider.columns.length === i.columns.length ? 'a duplicate of' : 'a prefix of'} ${wider.name} (${wider.columns.join(', ')}): it serves no query ${wider.name} cannot, and slows every write.`,
                },
              ]
            : [];
        });
    }),
);
