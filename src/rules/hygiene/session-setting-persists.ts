import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'session-setting-persists',
    category: 'hygiene',
    severity: 'info',
    summary: 'SET (not SET LOCAL) inside a migration that runs in a transaction.',
    rationale:
      'A plain SET outlives the migration: it stays on the connection for every later migration the runner applies on it (a lock_timeout meant for one statement applies to all).',
    safeAlternative: 'SET LOCAL, which ends with the transaction.',
    needs: 'sql',
    example: {
      setup: '',
      bad: "-- migrate:up\nSET lock_timeout = '5s';\nCREATE TABLE notes (id bigint PRIMARY KEY);",
      good: "-- migrate:up\nSET LOCAL lock_timeout = '5s';\nCREATE TABLE notes (id bigint PRIMARY KEY);",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'VariableSetStmt')
      .filter(
        (s) =>
          s.node.kind === 'VAR_SET_VALUE' && !s.node.is_local && ['wrapped', 'implicit', 'auto'].includes(s.migration.transaction) && s.migration.path !== '',
      )
      .map((s) => ({
        at: s,
        object: s.node.name,
        message: `SET ${s.node.name} stays on the connection after this migration: later migrations run with it too. Use SET LOCAL.`,
      })),
);
