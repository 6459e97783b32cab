import type { Tree } from '../../parse/ast.js';
import { listItems, nameOf } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'enum-recreated',
    category: 'breaking',
    severity: 'warning',
    summary: 'An enum type in use is dropped (typically to recreate it without a value).',
    rationale:
      'PostgreSQL cannot remove or reorder enum values; the workaround (create a new type, ALTER every column to it, drop the old) rewrites every table that uses it and breaks code that still writes the removed value.',
    safeAlternative: 'Keep the value and stop using it (a CHECK can forbid it); or use a lookup table or text with a CHECK for sets that change.',
    needs: 'review',
    example: {
      setup: "CREATE TYPE mood AS ENUM ('sad', 'ok', 'meh');\nCREATE TABLE people (id bigint PRIMARY KEY, mood mood);",
      bad: "ALTER TYPE mood RENAME TO mood_old;\nCREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood;\nDROP TYPE mood_old;",
      good: "ALTER TABLE people ADD CONSTRAINT mood_not_meh CHECK (mood <> 'meh') NOT VALID;",
    },
  },
  (ctx) => {
    // The usual recreate renames the old type first: follow the rename back to the type production has.
    const renamedFrom = new Map(
      statementsOf(ctx, 'RenameStmt')
        .filter((s) => s.node.renameType === 'OBJECT_TYPE')
        .map((s) => [s.node.newname as string, nameOf(listItems(s.node.object))] as const),
    );
    return statementsOf(ctx, 'DropStmt')
      .filter((s) => s.node.removeType === 'OBJECT_TYPE')
      .flatMap((s) =>
        ((s.node.objects ?? []) as Tree[]).flatMap((o) => {
          const dropped = nameOf(o.TypeName?.names ?? o.List?.items);
          const name = renamedFrom.get(dropped) ?? dropped;
          const qualified = name.includes('.') ? name : `public.${name}`;
          const before = Object.entries(ctx.catalog?.before.objects.type ?? {}).find(([n]) => n === qualified);
          return before?.[1].properties.kind === 'enum'
            ? [
                {
                  at: s,
                  object: qualified,
                  message: `Drops enum ${qualified}: recreating an enum to remove a value rewrites every column that uses it, and deployed code writing the removed value fails.`,
                },
              ]
            : [];
        }),
      );
  },
);
