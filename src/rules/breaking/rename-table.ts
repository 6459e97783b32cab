import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'rename-table',
    category: 'breaking',
    severity: 'warning',
    summary: 'RENAME of an existing table.',
    rationale: 'Deployed code still queries the old name and fails the moment the rename commits.',
    safeAlternative: 'Rename, then create a view with the old name (simple views are updatable) for the transition; drop the view once no code uses it.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE customer (id bigint PRIMARY KEY);',
      bad: 'ALTER TABLE customer RENAME TO customers;',
      good: 'ALTER TABLE customer RENAME TO customers;\nCREATE VIEW customer AS SELECT * FROM customers;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'RenameStmt')
      .filter((s) => s.node.renameType === 'OBJECT_TABLE' && ctx.existedBefore(ctx.qualify(s.node.relation)))
      .filter((s) => !ctx.statements.some((v) => v.stmt.kind === 'ViewStmt' && v.node.view?.relname === s.node.relation?.relname))
      .map((s) => ({
        at: s,
        object: ctx.qualify(s.node.relation),
        message: `Renames ${ctx.qualify(s.node.relation)} to ${s.node.newname}: deployed code that queries the old name fails. Leave a view under the old name for the transition.`,
      })),
);
