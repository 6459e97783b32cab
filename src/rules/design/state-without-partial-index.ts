import { STATUS_NAME } from '../../catalog/facts.js';
import { addedColumns, columnStates, rule } from '../helpers.js';

/** Columns a worker or cleanup job orders or filters the waiting rows by, most telling first. */
const TIME_COLUMNS = ['run_at', 'scheduled_at', 'next_attempt_at', 'available_at', 'due_at', 'expires_at', 'created_at'];

export default rule(
  {
    id: 'state-without-partial-index',
    category: 'design',
    severity: 'info',
    summary: 'A new status column with a fixed set of states, and no index for the rows in one state (a queue, a cleanup job).',
    rationale:
      "A status column with states usually means something looks for the rows in one of them (workers polling 'pending', a job purging 'expired'). Without an index that is a scan of the whole table, and an index on the status column alone is mostly dead weight: the waiting rows are a small, changing part of it.",
    safeAlternative:
      "A partial index on the rows in the state that is searched for, keyed by what they are ordered by: CREATE INDEX ... ON invites (created_at) WHERE status = 'pending'.",
    needs: 'review',
    example: {
      setup: '',
      bad: "CREATE TABLE invites (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'expired')), created_at timestamptz NOT NULL DEFAULT now());",
      good: "CREATE TABLE invites (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'expired')), created_at timestamptz NOT NULL DEFAULT now());\nCREATE INDEX invites_pending_idx ON invites (created_at) WHERE status = 'pending';",
    },
  },
  (ctx) =>
    addedColumns(ctx)
      .filter(({ column: c }) => STATUS_NAME.test(c.name))
      .filter(({ table: t, column: c }) => !t.indexes.some((i) => i.predicateColumns.includes(c.name) || i.columns[0] === c.name))
      .flatMap(({ table: t, column: c, at }) => {
        const [first] = columnStates(ctx, t, c);
        if (first === undefined) return [];
        const names = new Set(t.columns.map((col) => col.name));
        const key = TIME_COLUMNS.find((n) => names.has(n)) ?? t.columns.find((col) => col.name !== c.name && /\b(timestamp|date)\b/.test(col.type))?.name;
        const state = `'${first.replace(/'/g, "''")}'`;
        const index = `${t.name}_${first.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_idx`.slice(0, 63);
        return [
          {
            at,
            object: `${t.qualifiedName}.${c.name}`,
            message:
              `Which state of ${t.qualifiedName}.${c.name} does a worker or cleanup job look for? For ${state}, a partial index serves it and stays small: ` +
              `CREATE INDEX ${index} ON ${t.qualifiedName} (${key ?? 'id'}) WHERE ${c.name} = ${state};`,
          },
        ];
      }),
);
