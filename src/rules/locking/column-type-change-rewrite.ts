import { alterExisting, measuredRewrite, tookHere, rowsIn, rule } from '../helpers.js';

export default rule(
  {
    id: 'column-type-change-rewrite',
    category: 'locking',
    severity: 'error',
    summary: 'ALTER COLUMN ... TYPE that rewrites the table (as measured in the sandbox).',
    rationale:
      'A type change that is not binary-compatible rewrites the table and rebuilds its indexes under ACCESS EXCLUSIVE: no reads or writes until it is done. Changes PostgreSQL does in place (varchar(50) -> varchar(80), varchar -> text) are not flagged: the sandbox measures which is which.',
    safeAlternative:
      'Add a new column of the new type, write both from the application (or a trigger), backfill in batches, switch reads, then drop the old column.',
    needs: 'review',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, balance integer);',
      bad: 'ALTER TABLE accounts ALTER COLUMN balance TYPE bigint;',
      good: 'ALTER TABLE accounts ADD COLUMN balance_v2 bigint;\n-- dual-write, backfill in batches, switch reads, then drop balance',
    },
  },
  (ctx) =>
    alterExisting(ctx)
      .filter(({ cmds }) => cmds.some((c) => c.subtype === 'AT_AlterColumnType'))
      .filter(({ s, table }) => measuredRewrite(s, table) === true)
      .map(({ s, table, cmds }) => {
        const cols = cmds.filter((c) => c.subtype === 'AT_AlterColumnType').map((c) => c.name as string);
        const indexes = (s.outcome?.rewrites ?? []).filter((r) => r !== table).length;
        return {
          at: s,
          object: table,
          message: `Changing the type of ${cols.join(', ')} rewrote ${table}${rowsIn(ctx, table)}${indexes ? ` and ${indexes} index${indexes === 1 ? '' : 'es'}` : ''} under ACCESS EXCLUSIVE: no reads or writes meanwhile.${tookHere(s)} Use a new column, dual writes and a batched backfill.`,
        };
      }),
);
