import { addedColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'expiry-column-without-index',
    category: 'design',
    severity: 'info',
    summary: 'An expiry or retention column (expires_at, valid_until, ...) that no index leads with.',
    rationale: 'Something will look for expired rows (a cleanup job, a filter); without an index that is a sequential scan that grows with the table.',
    safeAlternative: "CREATE INDEX ... ON t (expires_at), possibly partial (WHERE status = 'pending').",
    needs: 'review',
    example: {
      setup: '',
      bad: 'CREATE TABLE invites (id bigint PRIMARY KEY, expires_at timestamptz NOT NULL);',
      good: 'CREATE TABLE invites (id bigint PRIMARY KEY, expires_at timestamptz NOT NULL);\nCREATE INDEX invites_expires_at_idx ON invites (expires_at);',
    },
  },
  (ctx) =>
    addedColumns(ctx)
      .filter(({ column: c }) => /^(expires?_at|expiry|expiration(_date)?|valid_until|purge_at|retain_until)$/.test(c.name))
      .filter(({ table: t, column: c }) => !t.indexes.some((i) => i.columns[0] === c.name))
      .map(({ table: t, column: c, at }) => ({
        at,
        object: `${t.qualifiedName}.${c.name}`,
        message: `${t.qualifiedName}.${c.name} will be searched for expired rows, but no index leads with it. What removes expired rows, and how often? Index it for that job.`,
      })),
);
