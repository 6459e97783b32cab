import { STATUS_NAME } from '../../catalog/facts.js';
import { addedColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'status-column-without-check',
    category: 'design',
    severity: 'warning',
    summary: 'A status-like text column without a CHECK constraint or enum type.',
    rationale: "Without a constraint any string is accepted: typos ('canceled' vs 'cancelled') become silent new states that queries and partial indexes miss.",
    safeAlternative: "CHECK (status IN ('pending', 'accepted', 'expired')), or an enum type, or a foreign key to a lookup table.",
    needs: 'review',
    example: {
      setup: '',
      bad: 'CREATE TABLE invites (id bigint PRIMARY KEY, status text NOT NULL);',
      good: "CREATE TABLE invites (id bigint PRIMARY KEY, status text NOT NULL CHECK (status IN ('pending', 'accepted', 'expired')));",
    },
  },
  (ctx) =>
    addedColumns(ctx)
      .filter(({ column: c }) => STATUS_NAME.test(c.name) && /^(text|character varying)/.test(c.type))
      .filter(({ table: t, column: c }) => !t.constraints.some((k) => (k.type === 'check' || k.type === 'foreign key') && k.columns.includes(c.name)))
      .map(({ table: t, column: c, at }) => ({
        at,
        object: `${t.qualifiedName}.${c.name}`,
        message: `${t.qualifiedName}.${c.name} accepts any string: add CHECK (${c.name} IN (...)) or use an enum, so a typo cannot become a new state.`,
      })),
);
