import { STATUS_NAME } from '../../catalog/facts.js';
import { addedColumns, columnStates, rule } from '../helpers.js';

export default rule(
  {
    id: 'status-column-nullable',
    category: 'design',
    severity: 'warning',
    summary: 'A status-like column whose values are constrained (CHECK or enum) but which accepts NULL.',
    rationale:
      "A CHECK passes NULL, and an enum column holds NULL unless told otherwise: a row with no state matches neither WHERE status = 'pending' nor any other state, so queues, partial indexes and reports silently skip it.",
    safeAlternative: "Declare the starting state: status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', ...)).",
    needs: 'review',
    example: {
      setup: '',
      bad: "CREATE TABLE invites (id bigint PRIMARY KEY, status text CHECK (status IN ('pending', 'accepted', 'expired')));",
      good: "CREATE TABLE invites (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'expired')));",
    },
  },
  (ctx) =>
    addedColumns(ctx)
      .filter(({ column: c }) => STATUS_NAME.test(c.name) && !c.notNull)
      .flatMap(({ table: t, column: c, at }) => {
        const states = columnStates(ctx, t, c);
        if (!states.length) return [];
        const start = c.default ? `NOT NULL (its default ${c.default} stays)` : `NOT NULL DEFAULT '${(states[0] as string).replace(/'/g, "''")}'`;
        return [
          {
            at,
            object: `${t.qualifiedName}.${c.name}`,
            message: `${t.qualifiedName}.${c.name} may only be ${states.map((s) => `'${s}'`).join(', ')}, but NULL passes too: a row without a state matches none of them. Make it ${start}.`,
          },
        ];
      }),
);
