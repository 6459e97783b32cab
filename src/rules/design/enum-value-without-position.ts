import { nameOf } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'enum-value-without-position',
    category: 'design',
    severity: 'info',
    summary: 'ALTER TYPE ... ADD VALUE without BEFORE or AFTER.',
    rationale: "Enums sort by declaration order; a value appended at the end may sort wrongly in ORDER BY and range comparisons (status < 'shipped').",
    safeAlternative: "ADD VALUE 'x' BEFORE 'y' (or AFTER) to place it where it belongs in the order.",
    needs: 'sql',
    example: {
      setup: "CREATE TYPE size AS ENUM ('small', 'large');",
      bad: "ALTER TYPE size ADD VALUE 'medium';",
      good: "ALTER TYPE size ADD VALUE 'medium' AFTER 'small';",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'AlterEnumStmt')
      .filter((s) => s.node.newVal && !s.node.oldVal && !s.node.newValNeighbor)
      .map((s) => ({
        at: s,
        object: nameOf(s.node.typeName),
        message: `'${s.node.newVal}' is appended to ${nameOf(s.node.typeName)}: enums sort by position. Place it with BEFORE or AFTER if order matters.`,
      })),
);
