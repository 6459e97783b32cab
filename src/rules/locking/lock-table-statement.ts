import type { Tree } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'lock-table-statement',
    category: 'locking',
    severity: 'warning',
    summary: 'An explicit LOCK TABLE in a migration.',
    rationale: 'LOCK TABLE (ACCESS EXCLUSIVE by default) blocks the table until the migration commits, for as long as the rest of the migration takes.',
    safeAlternative: 'Rely on the locks the statements take themselves, with lock_timeout; if a lock is really needed, take the weakest mode, last.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
      bad: 'LOCK TABLE accounts;',
      good: "SET lock_timeout = '5s';",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'LockStmt').map((s) => ({
      at: s,
      message: `LOCK TABLE ${((s.node.relations ?? []) as Tree[]).map((r) => ctx.qualify(r.RangeVar)).join(', ')} in ${String(s.node.mode ?? 8) === '8' ? 'ACCESS EXCLUSIVE' : 'an explicit'} mode holds it until the migration commits.`,
    })),
);
