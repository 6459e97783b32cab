import { alterExisting, rule } from '../helpers.js';

export default rule(
  {
    id: 'drop-foreign-key',
    category: 'breaking',
    severity: 'info',
    summary: 'A foreign key constraint is dropped from an existing table.',
    rationale: "Without it, orphaned rows can appear silently: the integrity the schema guaranteed is now the application's job.",
    safeAlternative: 'If the relationship changes, add the new constraint (NOT VALID, then VALIDATE) before dropping the old one.',
    needs: 'review',
    lock: 'ShareRowExclusiveLock',
    example: {
      setup:
        'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint CONSTRAINT orders_account_fk REFERENCES accounts);',
      bad: 'ALTER TABLE orders DROP CONSTRAINT orders_account_fk;',
      good: 'ALTER TABLE orders ADD CONSTRAINT orders_account_fk_v2 FOREIGN KEY (account_id) REFERENCES accounts ON DELETE CASCADE NOT VALID;\nALTER TABLE orders DROP CONSTRAINT orders_account_fk;\n-- then, in a migration of its own: ALTER TABLE orders VALIDATE CONSTRAINT orders_account_fk_v2;',
    },
  },
  (ctx) =>
    alterExisting(ctx).flatMap(({ s, table, cmds }) =>
      cmds
        .filter((c) => {
          const dropped = ctx.catalog?.before.tables[table]?.constraints.find((k) => k.name === c.name && k.type === 'foreign key');
          // Dropped and re-added (to change ON DELETE, say): the relationship is still enforced.
          const readded = ctx.catalog?.after.tables[table]?.constraints.some(
            (k) => k.type === 'foreign key' && k.references?.table === dropped?.references?.table && k.columns.join() === dropped?.columns.join(),
          );
          return dropped !== undefined && !readded;
        })
        .map((c) => ({ at: s, object: `${table}.${c.name}`, message: `Drops foreign key ${c.name} from ${table}: nothing stops orphaned rows from now on.` })),
    ),
);
