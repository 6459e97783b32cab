import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'drop-database',
    category: 'breaking',
    severity: 'error',
    summary: 'DROP DATABASE in a migration.',
    rationale: 'A migration runs against one database; dropping a database from it destroys data wholesale and is never a schema change.',
    safeAlternative: 'Remove databases as an operational task, after backups, not in a migration.',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'DROP DATABASE analytics;',
      good: '-- an operator drops the analytics database after a backup; the migration removes only what this database kept for it\nDROP VIEW IF EXISTS analytics_export;',
    },
  },
  (ctx) => statementsOf(ctx, 'DropdbStmt').map((s) => ({ at: s, message: `DROP DATABASE ${s.node.dbname}: a migration must not drop databases.` })),
);
