import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'alter-system',
    category: 'security',
    severity: 'error',
    summary: 'ALTER SYSTEM in a migration.',
    rationale:
      "ALTER SYSTEM writes postgresql.auto.conf: it changes the whole server (every database on it, and replicas built from it), outlives the migration and any rollback of it, cannot run inside a transaction block, and needs superuser or a grant of ALTER SYSTEM that an application's migration role should not have.",
    safeAlternative:
      'Change server settings through the configuration management of the server (or the provider console); a setting the application needs goes per database or role: ALTER DATABASE ... SET, ALTER ROLE ... SET.',
    needs: 'sql',
    example: {
      bad: "ALTER SYSTEM SET work_mem = '64MB';",
      good: "ALTER ROLE CURRENT_USER SET work_mem = '64MB';",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'AlterSystemStmt').map((s) => {
      const name = String(s.node.setstmt?.name ?? 'all settings');
      return {
        at: s,
        object: name,
        message: `ALTER SYSTEM changes ${name} for the whole server, beyond this database and beyond any rollback of the migration.`,
      };
    }),
);
