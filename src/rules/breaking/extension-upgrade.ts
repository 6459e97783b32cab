import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'extension-upgrade',
    category: 'breaking',
    severity: 'info',
    summary: 'ALTER EXTENSION ... UPDATE.',
    rationale:
      "An extension upgrade can change function signatures, operator behaviour and on-disk formats; it is not covered by the application's tests of the schema.",
    safeAlternative: "Read the extension's release notes, test the upgrade on a copy of production, and upgrade in its own change.",
    needs: 'sql',
    example: {
      setup: 'CREATE EXTENSION IF NOT EXISTS pg_trgm;',
      bad: 'ALTER EXTENSION pg_trgm UPDATE;',
      good: "-- keep the installed version here: compare it with production's, and upgrade in a change of its own after testing on a production copy\nSELECT extversion FROM pg_extension WHERE extname = 'pg_trgm';",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'AlterExtensionStmt').map((s) => ({
      at: s,
      message: `Upgrades extension ${s.node.extname}: behaviour the application relies on can change. Test it on a production copy.`,
    })),
);
