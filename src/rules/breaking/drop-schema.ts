import type { Tree } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';
import { str } from '../../parse/ast.js';

export default rule(
  {
    id: 'drop-schema',
    category: 'breaking',
    severity: 'error',
    summary: 'DROP SCHEMA.',
    rationale: 'Dropping a schema removes every object in it (with CASCADE) or fails (without): either way a migration should not do it casually.',
    safeAlternative: 'Drop the objects one by one in deliberate migrations, after backups; drop the empty schema last.',
    needs: 'sql',
    example: {
      setup: 'CREATE SCHEMA reporting;\nCREATE VIEW reporting.daily_totals AS SELECT 1 AS total;',
      bad: 'DROP SCHEMA reporting CASCADE;',
      good: '-- drop what reporting holds deliberately, object by object; the empty schema goes in a later migration\nDROP VIEW reporting.daily_totals;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'DropStmt')
      .filter((s) => s.node.removeType === 'OBJECT_SCHEMA')
      .map((s) => ({
        at: s,
        message: `Drops schema ${((s.node.objects ?? []) as Tree[]).map(str).join(', ')}${s.node.behavior === 'DROP_CASCADE' ? ' and everything in it' : ''}.`,
      })),
);
