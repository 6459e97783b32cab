import { nameOf } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'enum-type-created',
    category: 'design',
    severity: 'info',
    summary: 'A new enum type.',
    rationale:
      'Enum values can be added but never removed or reordered without recreating the type and rewriting every column that uses it; sets that change are better as a lookup table or text with a CHECK.',
    safeAlternative:
      'text with CHECK (col IN (...)) (changeable with NOT VALID), or a lookup table with a foreign key; keep enums for sets that truly never shrink.',
    needs: 'sql',
    example: {
      setup: '',
      bad: "CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');",
      good: "CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL CHECK (status IN ('new', 'paid', 'shipped')));",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'CreateEnumStmt').map((s) => ({
      at: s,
      object: nameOf(s.node.typeName),
      message: `Enum ${nameOf(s.node.typeName)}: its values can never be removed or reordered without a rewrite. Will this set only ever grow?`,
    })),
);
