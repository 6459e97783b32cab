import { rule } from '../helpers.js';

export default rule(
  {
    id: 'statements-after-access-exclusive',
    category: 'locking',
    severity: 'warning',
    summary: 'More statements run in a transaction that already holds ACCESS EXCLUSIVE on an existing table.',
    rationale: 'Locks are held until commit: every statement after the one that took ACCESS EXCLUSIVE keeps the table unreadable for its whole duration.',
    safeAlternative: 'Put the ACCESS EXCLUSIVE statement last, or in a migration of its own, so the lock is held for milliseconds.',
    needs: 'review',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);',
      bad: 'ALTER TABLE accounts ADD COLUMN nickname text;\nCREATE INDEX orders_id_idx ON orders (id);',
      good: 'ALTER TABLE accounts ADD COLUMN nickname text;\n-- and the index in a migration of its own:\n-- CREATE INDEX CONCURRENTLY orders_id_idx ON orders (id);',
    },
  },
  (ctx) =>
    ctx.migrations.flatMap((m) =>
      (m.outcome?.heldAtCommit ?? [])
        .filter((h) => h.mode === 'AccessExclusiveLock' && h.kind === 'table' && ctx.existedBefore(h.relation))
        .flatMap((h) => {
          const after = m.statements.filter((s) => s.stmt.index > h.since && s.stmt.kind !== 'TransactionStmt');
          const first = m.statements[h.since];
          if (!after.length || !first) return [];
          const extra = h.heldMs - (first.outcome?.durationMs ?? 0);
          return [
            {
              at: first,
              object: h.relation,
              message: `ACCESS EXCLUSIVE on ${h.relation} is held while ${after.length} more statement${after.length === 1 ? ' runs' : 's run'}: ${Math.round(h.heldMs)} ms in all here, ${Math.round(extra)} ms of it after this statement. Move it last or into its own migration.`,
            },
          ];
        }),
    ),
);
