import { PERSONAL_NAME } from '../../catalog/facts.js';
import { listItems, str } from '../../parse/ast.js';
import { newColumns, rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'personal-data-column',
    category: 'security',
    severity: 'info',
    summary: 'A new column that looks like personal data (email, phone, address, birth date, national id, ...).',
    rationale:
      'Personal data brings obligations (access control, masking outside production, retention, erasure requests); a DBA wants it named and decided when the column is created, not found later.',
    safeAlternative:
      'Decide who may read it (column privileges or RLS), document it (COMMENT ON COLUMN), mask it in non-production copies, and plan its retention.',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE invites (id bigint PRIMARY KEY, user_email text NOT NULL);',
      good: "CREATE TABLE invites (id bigint PRIMARY KEY, user_email text NOT NULL);\nCOMMENT ON COLUMN invites.user_email IS 'personal data: masked outside production, deleted 90 days after expiry';",
    },
  },
  (ctx) => {
    // Columns the change documents, qualified as their tables are: a comment on orders.email says nothing of accounts.email.
    const commented = new Set(
      statementsOf(ctx, 'CommentStmt')
        .filter((s) => s.node.objtype === 'OBJECT_COLUMN')
        .map((s) => listItems(s.node.object).map(str))
        .map((parts) => `${ctx.qualify({ relname: parts.at(-2), ...(parts.length > 2 ? { schemaname: parts.at(-3) } : {}) })}.${parts.at(-1)}`),
    );
    return newColumns(ctx)
      .filter(({ col }) => PERSONAL_NAME.test(col.name))
      .filter(({ table, col }) => !commented.has(`${table}.${col.name}`))
      .map(({ s, table, col }) => ({
        at: s,
        object: `${table}.${col.name}`,
        message: `${table}.${col.name} looks like personal data: who may read it, is it masked outside production, and how long is it kept? Record the answer with COMMENT ON COLUMN.`,
      }));
  },
);
