import { indexLeadsWith } from '../../catalog/facts.js';
import { insertAfter } from '../fixes.js';
import { rule, statementFor, touchedTables } from '../helpers.js';

export default rule(
  {
    id: 'foreign-key-without-index',
    category: 'design',
    severity: 'warning',
    summary: 'A foreign key whose columns no index leads with.',
    rationale:
      'Every DELETE or key UPDATE on the parent must find the child rows: without an index on the referencing columns that is a sequential scan of the child table per parent row, under locks, and joins from parent to child scan too.',
    safeAlternative: 'CREATE INDEX (CONCURRENTLY on an existing table) on the referencing columns.',
    needs: 'review',
    example: {
      setup: 'CREATE TABLE groups (id uuid PRIMARY KEY);',
      bad: 'CREATE TABLE group_invites (id uuid PRIMARY KEY, group_id uuid REFERENCES groups (id));',
      good: 'CREATE TABLE group_invites (id uuid PRIMARY KEY, group_id uuid REFERENCES groups (id));\nCREATE INDEX group_invites_group_id_idx ON group_invites (group_id);',
    },
  },
  (ctx) =>
    touchedTables(ctx).flatMap((t) => {
      const before = ctx.catalog?.before.tables[t.qualifiedName];
      // A foreign key that was already there without its index is production's state, not this change's doing.
      const unindexedBefore = (c: (typeof t.constraints)[number]) =>
        before?.constraints.some((b) => b.type === 'foreign key' && b.references?.table === c.references?.table && b.columns.join() === c.columns.join()) &&
        !before.indexes.some((i) => indexLeadsWith(i, c.columns));
      return t.constraints
        .filter((c) => c.type === 'foreign key' && !t.indexes.some((i) => indexLeadsWith(i, c.columns)) && !unindexedBefore(c))
        .flatMap((c) => {
          const at = statementFor(ctx, t.qualifiedName);
          const cols = c.columns.join(', ');
          const existing = ctx.existedBefore(t.qualifiedName);
          const index = `${t.name}_${c.columns.join('_')}_idx`.slice(0, 63);
          // On a table the change creates, the index goes right after it, no CONCURRENTLY needed.
          const fix = !existing && at?.stmt.kind === 'CreateStmt' ? insertAfter(at, `CREATE INDEX ${index} ON ${t.qualifiedName} (${cols});`) : undefined;
          return at
            ? [
                {
                  at,
                  object: `${t.qualifiedName}.${cols}`,
                  ...(fix ? { fix } : {}),
                  message: `Foreign key ${t.qualifiedName}(${cols}) -> ${c.references?.table} has no index leading with ${cols}: deletes and key updates on ${c.references?.table} scan ${t.qualifiedName}. Add CREATE INDEX ${existing ? 'CONCURRENTLY ' : ''}${`${t.name}_${c.columns.join('_')}_idx`.slice(0, 63)} ON ${t.qualifiedName} (${cols});`,
                },
              ]
            : [];
        });
    }),
);
