import type { Tree } from '../../parse/ast.js';
import { tookHere, rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'truncate-table',
    category: 'breaking',
    severity: 'warning',
    summary: 'TRUNCATE of an existing table.',
    rationale:
      'TRUNCATE deletes every row (irreversibly once committed) under ACCESS EXCLUSIVE; in a migration it usually means data loss in production that was meant for development.',
    safeAlternative: 'Delete what must go with a WHERE clause in batches, or keep the data; back up first.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE sessions (id bigint PRIMARY KEY);',
      bad: 'TRUNCATE sessions;',
      good: "DELETE FROM sessions WHERE created_at < now() - interval '30 days';",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'TruncateStmt').flatMap((s) =>
      ((s.node.relations ?? []) as Tree[])
        .map((r) => ctx.qualify(r.RangeVar))
        .filter((t) => ctx.existedBefore(t))
        .map((t) => ({ at: s, object: t, message: `TRUNCATE ${t} deletes every row in production.${tookHere(s)}` })),
    ),
);
