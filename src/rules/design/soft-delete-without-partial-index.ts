import { addedColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'soft-delete-without-partial-index',
    category: 'design',
    severity: 'info',
    summary: 'A soft-delete column (deleted_at, archived_at, is_deleted) with no partial index for live rows.',
    rationale:
      'Almost every query filters WHERE deleted_at IS NULL; as deleted rows accumulate, indexes that ignore that filter grow with dead weight and queries read it.',
    safeAlternative: 'Index live rows only: CREATE INDEX ... ON t (lookup columns) WHERE deleted_at IS NULL; make unique constraints partial the same way.',
    needs: 'review',
    example: {
      setup: '',
      bad: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text, deleted_at timestamptz);',
      good: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text, deleted_at timestamptz);\nCREATE UNIQUE INDEX accounts_live_email ON accounts (email) WHERE deleted_at IS NULL;',
    },
  },
  (ctx) =>
    addedColumns(ctx)
      .filter(({ column: c }) => /^(deleted_at|archived_at|is_deleted|deleted|discarded_at)$/.test(c.name))
      .filter(({ table: t, column: c }) => !t.indexes.some((i) => i.predicateColumns.includes(c.name)))
      .map(({ table: t, column: c, at }) => ({
        at,
        object: `${t.qualifiedName}.${c.name}`,
        message: `${t.qualifiedName}.${c.name} marks soft-deleted rows, but no index is partial on it: add indexes WHERE ${c.name} ${c.type === 'boolean' ? 'IS NOT TRUE' : 'IS NULL'} for the queries on live rows.`,
      })),
);
