import { calledFunctions, columnDefs } from '../../parse/ast.js';
import { NON_VOLATILE_BUILTINS } from '../builtinVolatility.js';
import { alterExisting, measuredRewrite, tookHere, rowsIn, rule } from '../helpers.js';

// Stable or immutable functions of the common extensions (uuid-ossp's name-based UUIDs, pgcrypto's digests).
const NON_VOLATILE_EXTENSION = new Set([
  'uuid_generate_v3',
  'uuid_generate_v5',
  'uuid_nil',
  'uuid_ns_dns',
  'uuid_ns_url',
  'uuid_ns_oid',
  'uuid_ns_x500',
  'digest',
  'hmac',
]);

/**
 * Whether a function a default calls is evaluated once (stable or immutable: PostgreSQL 11+ stores
 * the value in the catalog, no rewrite). Built-ins are known from pg_catalog; any other function
 * is volatile unless it says otherwise, as CREATE FUNCTION's default is.
 */
const evaluatedOnce = (name: string) => {
  const bare = name.replace(/^pg_catalog\./, '');
  return NON_VOLATILE_BUILTINS.has(bare) || NON_VOLATILE_EXTENSION.has(bare);
};

export default rule(
  {
    id: 'add-column-volatile-default',
    category: 'locking',
    severity: 'error',
    summary: 'ADD COLUMN whose default makes PostgreSQL rewrite the table (a volatile default).',
    rationale:
      'Since PostgreSQL 11 a constant or stable default is stored once; a volatile one (random(), gen_random_uuid(), clock_timestamp(), nextval()) must be computed for every existing row, so the whole table is rewritten under ACCESS EXCLUSIVE: no reads or writes until it is done.',
    safeAlternative:
      'Add the column without a default (or with a constant one), set the default for new rows with ALTER COLUMN ... SET DEFAULT, and backfill existing rows in batches.',
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
        return def && calledFunctions(def.raw_expr).some((f) => !evaluatedOnce(f));
      });
      if (!volatile.length) return [];
      // The sandbox measured it: trust the rewrite, not the guess.
      if (measuredRewrite(s, table) === false) return [];
      return [
        {
          at: s,
          object: table,
          message: `Adding ${volatile.map((c) => c.name).join(', ')} with a volatile default ${measuredRewrite(s, table) ? 'rewrote' : 'rewrites'} ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE: no reads or writes until it is done.${tookHere(s)} Add the column without it, SET DEFAULT, then backfill in batches.`,
        },
      ];
    }),
);
