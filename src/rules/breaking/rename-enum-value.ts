import { nameOf } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'rename-enum-value',
    category: 'breaking',
    severity: 'warning',
    summary: 'ALTER TYPE ... RENAME VALUE on an enum in use.',
    rationale: 'Deployed code that writes or compares the old label fails or silently stops matching.',
    safeAlternative: 'Add the new value, migrate rows to it, stop using the old value; keep it (enum values cannot be removed).',
    needs: 'sql',
    example: {
      setup: "CREATE TYPE status AS ENUM ('active', 'disabled');",
      bad: "ALTER TYPE status RENAME VALUE 'disabled' TO 'suspended';",
      good: "ALTER TYPE status ADD VALUE 'suspended';\n-- then migrate rows and code to 'suspended'",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'AlterEnumStmt')
      .filter((s) => s.node.oldVal)
      .map((s) => ({
        at: s,
        object: nameOf(s.node.typeName),
        message: `Renames enum value '${s.node.oldVal}' of ${nameOf(s.node.typeName)} to '${s.node.newVal}': deployed code using the old label breaks.`,
      })),
);
