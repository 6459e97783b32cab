import { calledFunctions, columnDefs } from '../../parse/ast.js';
import { alterExisting, measuredRewrite, ms, rowsIn, rule } from '../helpers.js';

// Defaults PostgreSQL 11+ evaluates once and stores in the catalog: no rewrite.
const STABLE = new Set(['now', 'current_timestamp', 'current_date', 'current_time', 'localtimestamp', 'localtime', 'transaction_timestamp', 'statement_timestamp', 'current_user', 'session_user', 'current_schema']);

export default rule(
  {
    id: 'add-column-volatile-default',
    category: 'locking',
    severity: 'error',
    summary: 'ADD COLUMN whose default makes PostgreSQL rewrite the table (a volatile default).',
    rationale: 'Since PostgreSQL 11 a constant or stable default is stored once; a volatile one (random(), gen_random_uuid(), clock_timestamp(), nextval()) must be computed for every existing row, so the whole table is rewritten under ACCESS EXCLUSIVE: no reads or writes until it is done.',
    safeAlternative: 'Add the column without a default (or with a constant one), set the default for new rows with ALTER COLUMN ... SET DEFAULT, and backfill existing rows in batches.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
      bad: 'ALTER TABLE accounts ADD COLUMN public_id uuid DEFAULT gen_random_uuid();',
      good: 'ALTER TABLE accounts ADD COLUMN public_id uuid;\nALTER TABLE accounts ALTER COLUMN public_id SET DEFAULT gen_random_uuid();\n-- then backfill existing rows in batches',
    },
  },
  (ctx) =>
    alterExisting(ctx).flatMap(({ s, table, cmds }) => {
      const added = columnDefs(cmds.filter((c) => c.subtype === 'AT_AddColumn').map((c) => c.def));
      const volatile = added.filter((col) => {
        const def = col.constraints.find((c) => c.contype === 'CONSTR_DEFAULT');
        return def && calledFunctions(def.raw_expr).some((f) => !STABLE.has(f.replace(/^pg_catalog\./, '')));
      });
      if (!volatile.length) return [];
      // The sandbox measured it: trust the rewrite, not the guess.
      if (measuredRewrite(s, table) === false) return [];
      return [{ at: s, object: table, message: `Adding ${volatile.map((c) => c.name).join(', ')} with a volatile default ${measuredRewrite(s, table) ? 'rewrote' : 'rewrites'} ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE: no reads or writes until it is done.${ms(s)} Add the column without it, SET DEFAULT, then backfill in batches.` }];
    }),
);
