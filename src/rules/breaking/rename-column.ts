import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'rename-column',
    category: 'breaking',
    severity: 'warning',
    summary: 'RENAME COLUMN on an existing table.',
    rationale:
      'The rename is instant, but the application version still running uses the old name: its queries fail from the moment the migration commits until the new code is everywhere.',
    safeAlternative:
      'Expand and contract: add the new column, write both, backfill, switch reads, then drop the old one; or add a view or generated column under the old name for the transition.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, mail text);',
      bad: 'ALTER TABLE accounts RENAME COLUMN mail TO email;',
      good: 'ALTER TABLE accounts ADD COLUMN email text;\n-- dual-write, backfill, switch reads; later drop mail',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'RenameStmt')
      .filter((s) => s.node.renameType === 'OBJECT_COLUMN' && ctx.existedBefore(ctx.qualify(s.node.relation)))
      .map((s) => ({
        at: s,
        object: `${ctx.qualify(s.node.relation)}.${s.node.subname}`,
        message: `Renames ${ctx.qualify(s.node.relation)}.${s.node.subname} to ${s.node.newname}: deployed code that uses the old name fails until every instance runs the new code.`,
      })),
);
