import type { Tree } from '../../parse/ast.js';
import { str } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'drop-table',
    category: 'breaking',
    severity: 'warning',
    summary: 'DROP TABLE of a table that existed before the change.',
    rationale: 'Dropping a table deletes its data irreversibly and breaks every query of the deployed application version that still uses it.',
    safeAlternative: 'Stop using the table in one release; rename it (or keep it) for a release; drop it later, after a backup.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE legacy_events (id bigint PRIMARY KEY);',
      bad: 'DROP TABLE legacy_events;',
      good: "-- release N: no code uses legacy_events and it is backed up; the drop waits for a later migration\nCOMMENT ON TABLE legacy_events IS 'unused since release N; dropped in release N+1';",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'DropStmt')
      .filter((s) => s.node.removeType === 'OBJECT_TABLE')
      .flatMap((s) =>
        ((s.node.objects ?? []) as Tree[])
          // Qualified by its parts, not by a dot: a table may be called "old_.*".
          .map((o) => ((o.List?.items ?? []) as unknown[]).map(str))
          .map((parts) => (parts.length > 1 ? parts.slice(-2).join('.') : ctx.qualify({ relname: parts[0] })))
          .filter((t) => ctx.existedBefore(t))
          .map((t) => ({ at: s, object: t, message: `Drops ${t} with its data: deployed code that uses it breaks, and only a backup brings it back.` })),
      ),
);
