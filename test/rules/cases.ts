import { computeSum, renderSum } from '../../src/discover/atlasSum.js';
import type { RuleId } from '../../src/rules/index.js';
import type { RuleCase } from './harness.js';

/**
 * Per rule, beyond its docs example (the example's bad SQL must trigger it and its safe rewrite
 * must not): more SQL that must and must not trigger it, including the new-table vs
 * existing-table distinction where the rule makes it.
 */
export interface RuleCases {
  triggers: Trigger[];
  passes: RuleCase[];
  /** The docs example is illustrative (history rules), not SQL to run. */
  exampleIsIllustrative?: boolean;
}

/** A finding a case must make: where (file:line:column), the object it names, and its message or a stable part of it. */
export interface Expected {
  at: string;
  object?: string;
  message: string;
}

/** A case that must trigger the rule; with `finds`, exactly these findings (else the snapshot of its findings). */
export interface Trigger extends RuleCase {
  finds?: Expected[];
}

const ACC = 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text, balance int, created_at timestamptz, note text);';
const ORD = `${ACC}\nCREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, total numeric);`;
const EVENTS = 'CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);';
const NOTES_RLS =
  'CREATE TABLE notes (id bigint PRIMARY KEY, owner text NOT NULL);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own_notes ON notes USING (owner = current_user);';
const VACUUM_LOG = 'CREATE TABLE vacuum_log (id int PRIMARY KEY, note text);';
const XY = 'CREATE TABLE x (id int PRIMARY KEY);\nCREATE TABLE y (id int PRIMARY KEY);';
const goose = (sql: string, options = '') => `${options}-- +goose Up\n${sql}\n`;
const M = 'db/migrations';
// Roles are the cluster's, and the tests share one server: made by a base migration (the review
// role, which then administers them) rather than the superuser's setup, other reviews' catalogs leave them out.
const ROLES = (...names: string[]) => ({ [`${M}/001_roles.sql`]: names.map((n) => `CREATE ROLE ${n};`).join('\n') });
const LIMITS = 'CREATE TABLE limits (n int);\nINSERT INTO limits VALUES (100);';
const UNDER_LIMIT = (limits: string) => `CREATE FUNCTION under_limit(v int) RETURNS boolean LANGUAGE sql AS 'SELECT v < (SELECT max(n) FROM ${limits})'`;
// An Atlas directory (default format) and the atlas.sum `atlas migrate hash` writes for its files.
const ATLAS = 'migrations';
const atlasDir = (files: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(files).map(([n, sql]) => [`${ATLAS}/${n}`, sql])),
  [`${ATLAS}/atlas.sum`]: renderSum(
    computeSum(
      Object.entries(files)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, sql]) => ({ name, bytes: Buffer.from(sql) })),
    ),
  ),
});
const ATLAS_BASE = { '20240101000000_accounts.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY);\n' };
const byEmail = { queries: [{ name: 'account by email', sql: 'SELECT id FROM accounts WHERE email = $1' }] };

export const CASES: Partial<Record<RuleId, RuleCases>> = {
  // Locking
  'create-index-non-concurrently': {
    triggers: [
      { setup: ORD, sql: 'CREATE UNIQUE INDEX orders_total ON orders (total);' },
      // The advice follows the runner: Hasura has no way out of its transaction, goose has one.
      {
        base: {
          'hasura/config.yaml': 'version: 3\n',
          'hasura/metadata/version.yaml': 'version: 3\n',
          'hasura/migrations/default/1700000000000_accounts/up.sql': ACC,
        },
        head: { 'hasura/migrations/default/1700000000001_email_idx/up.sql': 'CREATE INDEX accounts_email_idx ON accounts (email);' },
        finds: [
          {
            at: 'hasura/migrations/default/1700000000001_email_idx/up.sql:1:1',
            object: 'public.accounts',
            message:
              'Hasura runs every migration in a transaction, where CONCURRENTLY is refused: build the index with CREATE INDEX CONCURRENTLY outside the migrations before this one runs, and make this statement CREATE INDEX IF NOT EXISTS so it finds the index built.',
          },
        ],
      },
      {
        base: { [`${M}/00001_accounts.sql`]: goose(ACC) },
        head: { [`${M}/00002_email_idx.sql`]: goose('CREATE INDEX accounts_email_idx ON accounts (email);') },
        finds: [
          {
            at: `${M}/00002_email_idx.sql:2:1`,
            object: 'public.accounts',
            message:
              'Use CREATE INDEX CONCURRENTLY in a migration of its own, opted out of the transaction with `-- +goose NO TRANSACTION` at the top of the file.',
          },
        ],
      },
    ],
    passes: [{ setup: ACC, sql: 'CREATE TABLE notes (id bigint PRIMARY KEY, account_id bigint);\nCREATE INDEX notes_account_idx ON notes (account_id);' }],
  },
  'drop-index-non-concurrently': {
    triggers: [{ setup: `${ACC}\nCREATE INDEX accounts_email_idx ON accounts (email);`, sql: 'DROP INDEX IF EXISTS accounts_email_idx;' }],
    passes: [{ setup: ACC, sql: 'CREATE TABLE t (id int PRIMARY KEY, n int);\nCREATE INDEX t_n ON t (n);\nDROP INDEX t_n;' }],
  },
  'reindex-non-concurrently': {
    triggers: [{ setup: ACC, sql: 'REINDEX INDEX accounts_pkey;' }],
    passes: [{ setup: ACC, sql: 'REINDEX INDEX CONCURRENTLY accounts_pkey;' }],
  },
  'detach-partition-non-concurrently': {
    triggers: [
      {
        setup:
          "CREATE TABLE ev (at date NOT NULL) PARTITION BY RANGE (at);\nCREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');",
        sql: 'ALTER TABLE ev DETACH PARTITION ev_1;',
      },
    ],
    passes: [
      {
        setup:
          "CREATE TABLE ev (at date NOT NULL) PARTITION BY RANGE (at);\nCREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');",
        sql: 'ALTER TABLE ev DETACH PARTITION ev_1 CONCURRENTLY;',
      },
    ],
  },
  'vacuum-full-or-cluster': {
    triggers: [{ setup: ACC, sql: 'CLUSTER accounts USING accounts_pkey;' }],
    passes: [{ setup: ACC, sql: 'VACUUM ANALYZE accounts;' }],
  },
  'refresh-matview-non-concurrently': {
    triggers: [{ setup: `${ACC}\nCREATE MATERIALIZED VIEW mv AS SELECT count(*) AS n FROM accounts;`, sql: 'REFRESH MATERIALIZED VIEW mv;' }],
    passes: [{ setup: `${ACC}\nCREATE MATERIALIZED VIEW mv AS SELECT count(*) AS n FROM accounts;`, sql: 'REFRESH MATERIALIZED VIEW mv WITH NO DATA;' }],
  },
  'add-column-volatile-default': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp();' }],
    passes: [
      { setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN seen_at timestamptz DEFAULT now();' },
      { setup: ACC, sql: 'CREATE TABLE fresh (id int);\nALTER TABLE fresh ADD COLUMN ref uuid DEFAULT gen_random_uuid();' },
    ],
  },
  'add-column-auto-increment': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;' }],
    passes: [{ setup: ACC, sql: 'CREATE TABLE fresh (note text);\nALTER TABLE fresh ADD COLUMN id bigserial;' }],
  },
  'add-column-generated-stored': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN double_balance int GENERATED ALWAYS AS (balance * 2) STORED;' }],
    passes: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN double_balance int;' }],
  },
  'column-type-change-rewrite': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ALTER COLUMN created_at TYPE date;' }],
    passes: [
      { setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, code varchar(10));', sql: 'ALTER TABLE accounts ALTER COLUMN code TYPE varchar(20);' },
      { setup: ACC, sql: 'CREATE TABLE fresh (n int);\nALTER TABLE fresh ALTER COLUMN n TYPE bigint;' },
    ],
  },
  'set-not-null-scan': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ALTER COLUMN email SET NOT NULL, ALTER COLUMN balance SET DEFAULT 0;' }],
    passes: [{ setup: ACC, sql: 'CREATE TABLE fresh (n int);\nALTER TABLE fresh ALTER COLUMN n SET NOT NULL;' }],
  },
  'check-constraint-validated': {
    triggers: [{ setup: ACC, sql: "ALTER TABLE accounts ADD CONSTRAINT email_at CHECK (email LIKE '%@%');" }],
    passes: [{ setup: ACC, sql: 'CREATE TABLE fresh (n int);\nALTER TABLE fresh ADD CONSTRAINT n_pos CHECK (n > 0);' }],
  },
  'foreign-key-validated': {
    triggers: [{ setup: ORD, sql: 'ALTER TABLE orders ADD FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE;' }],
    passes: [
      {
        setup: ACC,
        sql: 'CREATE TABLE notes (id bigint PRIMARY KEY, account_id bigint);\nALTER TABLE notes ADD FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE;',
      },
    ],
  },
  'validate-in-same-transaction': {
    triggers: [
      {
        setup: ORD,
        sql: 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT fk;',
      },
    ],
    passes: [
      {
        setup: ORD,
        sql: goose(
          'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT fk;',
          '-- +goose NO TRANSACTION\n',
        ),
        path: `${M}/00002_fk.sql`,
      },
    ],
  },
  'unique-constraint-inline': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD UNIQUE (email, id);' }],
    passes: [{ setup: ACC, sql: 'CREATE TABLE fresh (code text);\nALTER TABLE fresh ADD UNIQUE (code);' }],
  },
  'primary-key-inline': {
    triggers: [{ setup: 'CREATE TABLE events (id bigint NOT NULL);', sql: 'ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY (id);' }],
    passes: [{ setup: ACC, sql: 'CREATE TABLE fresh (id bigint NOT NULL);\nALTER TABLE fresh ADD PRIMARY KEY (id);' }],
  },
  'primary-key-using-index-nullable': {
    triggers: [{ setup: 'CREATE TABLE ev (a int, b int);\nCREATE UNIQUE INDEX ev_ab ON ev (a, b);', sql: 'ALTER TABLE ev ADD PRIMARY KEY USING INDEX ev_ab;' }],
    passes: [{ setup: 'CREATE TABLE ev (a int NOT NULL);\nCREATE UNIQUE INDEX ev_a ON ev (a);', sql: 'ALTER TABLE ev ADD PRIMARY KEY USING INDEX ev_a;' }],
  },
  'exclusion-constraint-existing-table': {
    triggers: [{ setup: 'CREATE TABLE slots (during tsrange);', sql: 'ALTER TABLE slots ADD EXCLUDE USING gist (during WITH &&);' }],
    passes: [{ setup: ACC, sql: 'CREATE TABLE slots (during tsrange);\nALTER TABLE slots ADD EXCLUDE USING gist (during WITH &&);' }],
  },
  'domain-check-constraint': {
    triggers: [{ sql: 'CREATE DOMAIN positive AS int CHECK (VALUE > 0);' }],
    passes: [{ sql: 'CREATE DOMAIN label AS text NOT NULL;' }],
  },
  'missing-lock-timeout': {
    triggers: [
      { setup: ACC, sql: 'ALTER TABLE accounts RENAME COLUMN note TO remark;' },
      // The strongest subcommand decides: fillfactor alone would take SHARE UPDATE EXCLUSIVE.
      {
        setup: ACC,
        sql: 'ALTER TABLE accounts SET (fillfactor = 70), ADD COLUMN plan text;',
        finds: [{ at: `${M}/002_change.sql:1:1`, object: 'public.accounts', message: 'Takes ACCESS EXCLUSIVE on public.accounts with no lock_timeout' }],
      },
    ],
    passes: [
      { setup: ACC, sql: "SET LOCAL lock_timeout = '2s';\nALTER TABLE accounts DROP COLUMN note;" },
      { setup: ACC, sql: 'CREATE TABLE fresh (n int);\nALTER TABLE fresh ADD COLUMN m int;' },
      // Weaker locks, unmeasured in lint: a foreign key (SHARE ROW EXCLUSIVE), VALIDATE, storage parameters, statistics, triggers.
      {
        setup: ORD,
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_account_fkey FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_account_fkey;',
      },
      {
        setup: ACC,
        sql: 'ALTER TABLE accounts SET (autovacuum_vacuum_scale_factor = 0.01, toast.autovacuum_enabled = true);\nALTER TABLE accounts ALTER COLUMN balance SET STATISTICS 500;\nALTER TABLE accounts DISABLE TRIGGER USER;',
      },
    ],
  },
  'missing-statement-timeout': {
    triggers: [{ setup: ACC, sql: "SET lock_timeout = '2s';\nALTER TABLE accounts ALTER COLUMN balance TYPE bigint;" }],
    passes: [{ setup: ACC, sql: "SET lock_timeout = '2s';\nALTER TABLE accounts DROP COLUMN note;" }],
  },
  'statements-after-access-exclusive': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN plan text;\nSELECT pg_sleep(0.01);' }],
    passes: [{ setup: ACC, sql: 'SELECT 1;\nALTER TABLE accounts ADD COLUMN plan text;' }],
  },
  'table-rewrite': {
    triggers: [
      { setup: ACC, sql: 'ALTER TABLE accounts SET UNLOGGED;' },
      // A name that spells what other rules explain is still just a name.
      { setup: 'CREATE TABLE refresh_tokens (id bigint PRIMARY KEY, token text);', sql: '-- VACUUM later\nALTER TABLE refresh_tokens SET UNLOGGED;' },
      {
        setup: VACUUM_LOG,
        sql: 'ALTER TABLE vacuum_log SET UNLOGGED;',
        finds: [{ at: `${M}/002_change.sql:1:1`, object: 'public.vacuum_log', message: 'This statement rewrote public.vacuum_log' }],
      },
      // An ADD COLUMN beside SET UNLOGGED does not explain the rewrite.
      {
        setup: VACUUM_LOG,
        sql: 'ALTER TABLE vacuum_log ADD COLUMN seen boolean, SET UNLOGGED;',
        finds: [{ at: `${M}/002_change.sql:1:1`, object: 'public.vacuum_log', message: 'This statement rewrote public.vacuum_log' }],
      },
    ],
    passes: [
      { setup: ACC, sql: 'ALTER TABLE accounts SET (fillfactor = 80);' },
      // column-type-change-rewrite names this rewrite.
      { setup: VACUUM_LOG, sql: 'ALTER TABLE vacuum_log ALTER COLUMN id TYPE bigint;' },
    ],
  },
  'multiple-alter-table': {
    triggers: [
      { setup: ACC, sql: 'ALTER TABLE accounts DROP COLUMN note;\nALTER TABLE accounts ADD COLUMN plan text;\nALTER TABLE accounts ADD COLUMN seats int;' },
    ],
    passes: [{ setup: ORD, sql: 'ALTER TABLE accounts ADD COLUMN plan text;\nALTER TABLE orders ADD COLUMN note text;' }],
  },
  'type-change-resets-statistics': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ALTER COLUMN balance TYPE bigint;' }],
    passes: [{ setup: ACC, sql: 'CREATE TABLE fresh (n int);\nALTER TABLE fresh ALTER COLUMN n TYPE bigint;' }],
  },
  'unbatched-backfill': {
    triggers: [{ setup: ACC, sql: 'DELETE FROM accounts;' }],
    passes: [{ setup: ACC, sql: 'UPDATE accounts SET balance = 0 WHERE id < 100;' }],
  },
  'lock-table-statement': {
    triggers: [{ setup: ACC, sql: 'LOCK TABLE accounts IN SHARE MODE;' }],
    passes: [{ setup: ACC, sql: 'SELECT count(*) FROM accounts;' }],
  },
  'attach-partition-scan': {
    triggers: [
      {
        setup: `${EVENTS}\nCREATE TABLE events_2024 (id bigint NOT NULL, at date NOT NULL);`,
        sql: "SET lock_timeout = '5s';\nALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
        finds: [
          {
            at: `${M}/002_change.sql:2:1`,
            object: 'public.events_2024',
            message: 'Attaching public.events_2024 to public.events scans all of public.events_2024',
          },
        ],
      },
      // A CHECK on another column proves nothing about the bound.
      {
        setup: `${EVENTS}\nCREATE TABLE events_2024 (id bigint NOT NULL CHECK (id > 0), at date NOT NULL);`,
        sql: "ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
      },
    ],
    passes: [
      // A new table holds no rows to check.
      {
        setup: EVENTS,
        sql: "CREATE TABLE events_2025 (id bigint NOT NULL, at date NOT NULL);\nALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
      },
      {
        // Measured: PostgreSQL proved the bound from the CHECK and scanned nothing.
        setup: `${EVENTS}\nCREATE TABLE events_2024 (id bigint NOT NULL, at date NOT NULL CHECK (at >= '2024-01-01' AND at < '2025-01-01'));`,
        sql: "ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
        review: true,
      },
    ],
  },
  // Breaking
  'drop-column': {
    triggers: [
      { setup: ACC, sql: 'ALTER TABLE accounts DROP COLUMN IF EXISTS note;' },
      // PostgreSQL drops the column's indexes and constraints with it, CASCADE or not.
      {
        setup: `${ACC}\nALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);\nCREATE INDEX accounts_email_created ON accounts (email, created_at);`,
        sql: 'ALTER TABLE accounts DROP COLUMN email;',
        review: true,
        finds: [
          {
            at: `${M}/002_change.sql:1:1`,
            object: 'public.accounts.email',
            message:
              'Drops public.accounts.email: code still deployed that reads or writes it fails, and its data is gone. The statement also dropped: index accounts_email_created, constraint accounts.accounts_email_key. Stop using it in a release first, then drop it.',
          },
        ],
      },
    ],
    passes: [{ setup: ACC, sql: 'CREATE TABLE fresh (a int, b int);\nALTER TABLE fresh DROP COLUMN b;' }],
  },
  'drop-table': {
    triggers: [{ setup: ORD, sql: 'DROP TABLE IF EXISTS orders;' }],
    passes: [{ setup: ACC, sql: 'CREATE TABLE tmp (a int);\nDROP TABLE tmp;' }],
  },
  'drop-schema': {
    triggers: [{ setup: 'CREATE SCHEMA old;', sql: 'DROP SCHEMA old;' }],
    passes: [{ sql: 'CREATE SCHEMA reporting;' }],
  },
  'drop-database': {
    triggers: [{ sql: 'DROP DATABASE IF EXISTS not_here;' }],
    passes: [{ sql: 'CREATE SCHEMA app;' }],
  },
  'drop-sequence': {
    triggers: [{ setup: 'CREATE SEQUENCE invoice_no;', sql: 'DROP SEQUENCE IF EXISTS invoice_no;' }],
    passes: [{ sql: 'CREATE SEQUENCE s;\nDROP SEQUENCE s;' }],
  },
  'truncate-table': {
    triggers: [{ setup: ORD, sql: 'TRUNCATE TABLE orders, accounts;' }],
    passes: [{ sql: 'CREATE TABLE scratch (a int);\nTRUNCATE scratch;' }],
  },
  'truncate-cascade': {
    triggers: [{ sql: 'CREATE TABLE scratch (a int);\nTRUNCATE scratch CASCADE;' }],
    passes: [{ setup: ORD, sql: 'TRUNCATE orders;' }],
  },
  'drop-cascade': {
    triggers: [
      { setup: ACC, sql: 'DROP TABLE accounts CASCADE;' },
      // What CASCADE took is named from the catalog diff.
      {
        setup: `${ORD}\nALTER TABLE orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts;\nCREATE VIEW active_accounts AS SELECT id FROM accounts WHERE balance > 0;`,
        sql: 'DROP TABLE accounts CASCADE;',
        review: true,
        finds: [
          {
            at: `${M}/002_change.sql:1:1`,
            message:
              'DROP TABLE accounts CASCADE also dropped: FK orders.orders_account_id_fkey, view active_accounts. Drop dependents explicitly instead, so the migration says what it removes.',
          },
        ],
      },
      {
        setup:
          "CREATE TYPE mood AS ENUM ('calm');\nCREATE TABLE people (id bigint PRIMARY KEY, mood mood);\nCREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;\nCREATE TRIGGER people_touch BEFORE UPDATE ON people FOR EACH ROW EXECUTE FUNCTION touch();",
        sql: 'DROP TYPE mood CASCADE;\nDROP FUNCTION touch() CASCADE;',
        review: true,
        finds: [
          {
            at: `${M}/002_change.sql:1:1`,
            message: 'DROP TYPE mood CASCADE also dropped: column people.mood. Drop dependents explicitly instead, so the migration says what it removes.',
          },
          {
            at: `${M}/002_change.sql:2:1`,
            message:
              'DROP FUNCTION touch() CASCADE also dropped: trigger people_touch on people. Drop dependents explicitly instead, so the migration says what it removes.',
          },
        ],
      },
    ],
    passes: [{ setup: ACC, sql: 'DROP TABLE accounts;' }],
  },
  'rename-column': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts RENAME note TO remark;' }],
    passes: [{ sql: 'CREATE TABLE fresh (a int);\nALTER TABLE fresh RENAME COLUMN a TO b;' }],
  },
  'rename-table': {
    triggers: [{ setup: ORD, sql: 'ALTER TABLE orders RENAME TO purchases;' }],
    passes: [{ sql: 'CREATE TABLE draft (a int);\nALTER TABLE draft RENAME TO final;' }],
  },
  'rename-schema': {
    triggers: [{ setup: 'CREATE SCHEMA a;', sql: 'ALTER SCHEMA a RENAME TO b;' }],
    passes: [{ setup: 'CREATE SCHEMA a;', sql: 'CREATE TABLE a.t (id int PRIMARY KEY);' }],
  },
  'rename-enum-value': {
    triggers: [{ setup: "CREATE TYPE color AS ENUM ('red');", sql: "ALTER TYPE color RENAME VALUE 'red' TO 'crimson';" }],
    passes: [{ setup: "CREATE TYPE color AS ENUM ('red');", sql: "ALTER TYPE color ADD VALUE 'blue' AFTER 'red';" }],
  },
  'add-required-column': {
    triggers: [{ setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);', sql: 'ALTER TABLE accounts ADD COLUMN tier int NOT NULL;' }],
    passes: [
      { setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN tier int NOT NULL DEFAULT 1;' },
      { sql: 'CREATE TABLE fresh (id int);\nALTER TABLE fresh ADD COLUMN tier int NOT NULL;' },
    ],
  },
  'drop-not-null': {
    triggers: [{ setup: 'CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL);', sql: 'ALTER TABLE t ALTER a DROP NOT NULL;' }],
    passes: [{ sql: 'CREATE TABLE fresh (a int NOT NULL);\nALTER TABLE fresh ALTER a DROP NOT NULL;' }],
  },
  'drop-foreign-key': {
    // (the docs example and case 1 trigger; re-adding the same key with another ON DELETE does not)
    triggers: [
      {
        setup: `${ACC}\nCREATE TABLE notes (id int PRIMARY KEY, account_id bigint CONSTRAINT notes_fk REFERENCES accounts ON DELETE CASCADE);`,
        sql: 'ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_fk;',
      },
    ],
    passes: [
      { setup: `${ACC}\nCREATE TABLE notes (id int PRIMARY KEY, n int CONSTRAINT n_pos CHECK (n > 0));`, sql: 'ALTER TABLE notes DROP CONSTRAINT n_pos;' },
      {
        setup: `${ACC}\nCREATE TABLE notes (id int PRIMARY KEY, account_id bigint CONSTRAINT notes_fk REFERENCES accounts);`,
        sql: 'ALTER TABLE notes DROP CONSTRAINT notes_fk, ADD CONSTRAINT notes_fk FOREIGN KEY (account_id) REFERENCES accounts ON DELETE CASCADE NOT VALID;',
      },
    ],
  },
  'unique-on-existing-data': {
    triggers: [{ setup: ACC, sql: 'CREATE UNIQUE INDEX accounts_email_key ON accounts (email);' }],
    passes: [
      { sql: 'CREATE TABLE fresh (code text);\nCREATE UNIQUE INDEX fresh_code ON fresh (code);' },
      // measure.sh: the duplicates are deleted just before, in the same change.
      {
        setup: ACC,
        sql: 'DELETE FROM accounts a USING accounts b WHERE a.email = b.email AND a.id > b.id;\nCREATE UNIQUE INDEX accounts_email_key ON accounts (email);',
      },
    ],
  },
  'replica-identity-change': {
    triggers: [{ setup: `${ACC}\nCREATE UNIQUE INDEX accounts_email_key ON accounts (email) ;`, sql: 'ALTER TABLE accounts REPLICA IDENTITY NOTHING;' }],
    passes: [{ sql: 'CREATE TABLE fresh (id int PRIMARY KEY);\nALTER TABLE fresh REPLICA IDENTITY FULL;' }],
  },
  'extension-upgrade': {
    triggers: [{ setup: 'CREATE EXTENSION IF NOT EXISTS pg_trgm;', sql: "ALTER EXTENSION pg_trgm UPDATE TO '1.6';" }],
    passes: [{ sql: 'CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;' }],
  },
  'drop-index': {
    triggers: [{ setup: `${ACC}\nCREATE INDEX accounts_email_idx ON accounts (email);`, sql: 'DROP INDEX accounts_email_idx;' }],
    passes: [{ sql: 'CREATE TABLE fresh (a int);\nCREATE INDEX fresh_a ON fresh (a);\nDROP INDEX fresh_a;' }],
  },
  'enum-recreated': {
    triggers: [{ setup: "CREATE TYPE color AS ENUM ('red', 'blue');", sql: 'DROP TYPE color;' }],
    passes: [{ sql: "CREATE TYPE temp_color AS ENUM ('red');\nDROP TYPE temp_color;" }, { setup: 'CREATE DOMAIN code AS text;', sql: 'DROP DOMAIN code;' }],
  },
  // Design
  'prefer-bigint-over-int': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN parent_id integer;' }],
    passes: [{ sql: 'CREATE TABLE counters (id bigint PRIMARY KEY, hits integer);' }],
  },
  'prefer-bigint-over-smallint': {
    triggers: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, region_id smallint);' }],
    passes: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, rating smallint);' }],
  },
  'prefer-identity': {
    triggers: [{ sql: 'CREATE TABLE t (id serial PRIMARY KEY);' }],
    passes: [{ sql: 'CREATE TABLE t (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);' }],
  },
  'prefer-text-over-varchar': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN city varchar(40);' }],
    passes: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, city text);' }],
  },
  'prefer-timestamptz': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN seen_at timestamp without time zone;' }],
    passes: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, at timestamp with time zone, day date);' }],
  },
  'ban-char-type': {
    triggers: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, flag character(1));' }],
    passes: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, flag "char");' }],
  },
  'prefer-jsonb': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN settings json;' }],
    passes: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, settings jsonb);' }],
  },
  'ban-money-type': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN credit money;' }],
    passes: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, credit numeric(12,2));' }],
  },
  'reg-type-column': {
    triggers: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, fn regproc);' }],
    passes: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, fn text);' }],
  },
  'foreign-key-without-index': {
    triggers: [{ setup: ORD, sql: 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE NOT VALID;' }],
    passes: [
      {
        setup: ACC,
        sql: 'CREATE TABLE notes (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts ON DELETE CASCADE);\nCREATE INDEX notes_account_created ON notes (account_id, id);',
      },
      { setup: ACC, sql: 'CREATE TABLE notes (account_id bigint REFERENCES accounts ON DELETE CASCADE, n int, PRIMARY KEY (account_id, n));' },
      // The unindexed key was there before: the change only adds a column to its table.
      {
        setup: `${ORD}\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id);`,
        sql: 'ALTER TABLE orders ADD COLUMN note text;',
      },
    ],
  },
  'table-without-primary-key': {
    triggers: [{ sql: 'CREATE TABLE logs (at timestamptz, line text);\nCREATE INDEX logs_at ON logs (at);' }],
    passes: [{ sql: 'CREATE TABLE logs (at timestamptz, line text);\nALTER TABLE logs ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;' }],
  },
  'duplicate-index': {
    triggers: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, a int, b int);\nCREATE INDEX t_ab ON t (a, b);\nCREATE INDEX t_ab2 ON t (a, b);' }],
    passes: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, a int, b int);\nCREATE INDEX t_ab ON t (a, b);\nCREATE INDEX t_b ON t (b);' }],
  },
  'uuid-primary-key-without-default': {
    triggers: [{ sql: 'CREATE TABLE t (id uuid, name text, PRIMARY KEY (id));' }],
    passes: [
      { sql: 'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ref uuid);' },
      // A 1:1 extension of another table takes that row's id (measure.sh's data_exports.team_id).
      {
        sql: 'CREATE TABLE teams (id uuid PRIMARY KEY DEFAULT gen_random_uuid());\nCREATE TABLE team_settings (team_id uuid PRIMARY KEY REFERENCES teams (id), theme text);',
      },
    ],
  },
  'status-column-without-check': {
    triggers: [
      { setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN billing_state varchar(20);' },
      // A CHECK that only quotes the name does not constrain the column; a name full of regex syntax is a name.
      { sql: "CREATE TABLE t (id bigint PRIMARY KEY, status text, note text CHECK (note <> 'status'));" },
      { sql: `CREATE TABLE t (id bigint PRIMARY KEY, "(a|a)+_status" text, note text CHECK (note <> '${'a'.repeat(40)}!'));` },
    ],
    passes: [
      { sql: "CREATE TYPE st AS ENUM ('a', 'b');\nCREATE TABLE t (id bigint PRIMARY KEY, status st);" },
      { sql: `CREATE TABLE t (id bigint PRIMARY KEY, "(_status" text CHECK ("(_status" IN ('a', 'b')));` },
    ],
  },
  'soft-delete-without-partial-index': {
    triggers: [
      { setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN is_deleted boolean NOT NULL DEFAULT false;' },
      // The predicate reads another column; the name only appears in a string.
      { sql: "CREATE TABLE t (id bigint PRIMARY KEY, email text, deleted_at timestamptz);\nCREATE INDEX t_named ON t (email) WHERE email <> 'deleted_at';" },
    ],
    passes: [
      { sql: 'CREATE TABLE t (id bigint PRIMARY KEY, email text, deleted_at timestamptz);\nCREATE INDEX t_live ON t (email) WHERE deleted_at IS NULL;' },
      {
        sql: 'CREATE TABLE t (id bigint PRIMARY KEY, email text, is_deleted boolean);\nCREATE UNIQUE INDEX t_live ON t (lower(email)) WHERE email IS NOT NULL AND NOT is_deleted;',
      },
    ],
  },
  'expiry-column-without-index': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN valid_until date;' }],
    passes: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, expires_at timestamptz);\nCREATE INDEX t_expires ON t (expires_at);' }],
  },
  'foreign-key-without-on-delete': {
    triggers: [
      { setup: ORD, sql: 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;' },
      // ON DELETE in a comment or a name is not a policy.
      { setup: ACC, sql: 'CREATE TABLE "on delete" (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id) /* ON DELETE later */);' },
      // One key's ON DELETE says nothing of the next: each is reported where it is written.
      {
        setup: XY,
        sql: 'CREATE TABLE t (a int REFERENCES x ON DELETE CASCADE, b int REFERENCES y);',
        finds: [{ at: `${M}/002_change.sql:1:55`, object: 'public.t.b', message: 'Foreign key b -> public.y without ON DELETE' }],
      },
      {
        setup: XY,
        sql: 'CREATE TABLE t (\n  a int,\n  b int,\n  FOREIGN KEY (a) REFERENCES x ON DELETE NO ACTION,\n  FOREIGN KEY (b) REFERENCES y\n);',
        finds: [{ at: `${M}/002_change.sql:5:3`, object: 'public.t.b', message: 'Foreign key b -> public.y without ON DELETE' }],
      },
      {
        setup: `${XY}\nCREATE TABLE t (a int, b int);`,
        sql: 'ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES x ON DELETE RESTRICT, ADD CONSTRAINT t_b_fk FOREIGN KEY (b) REFERENCES y NOT VALID;',
        finds: [{ at: `${M}/002_change.sql:1:72`, object: 'public.t.b', message: 'Foreign key b -> public.y without ON DELETE' }],
      },
    ],
    passes: [
      { setup: ACC, sql: 'CREATE TABLE t (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts ON DELETE SET NULL);' },
      // NO ACTION written out is a decision too.
      { setup: XY, sql: 'CREATE TABLE t (a int REFERENCES x ON DELETE NO ACTION, b int REFERENCES y ON DELETE CASCADE);' },
    ],
  },
  'wide-index': {
    triggers: [{ sql: 'CREATE TABLE t (a int, b int, c int, d int, e int);\nCREATE INDEX t_all ON t (a, b, c, d, e);' }],
    passes: [{ sql: 'CREATE TABLE t (a int, b int, c int, d int);\nCREATE UNIQUE INDEX t_all ON t (a, b, c, d);' }],
  },
  'enum-type-created': {
    triggers: [{ sql: "CREATE TYPE mood AS ENUM ('sad', 'ok');" }],
    passes: [{ sql: 'CREATE TYPE pair AS (a int, b int);' }],
  },
  'enum-value-without-position': {
    triggers: [{ setup: "CREATE TYPE color AS ENUM ('red');", sql: "ALTER TYPE color ADD VALUE IF NOT EXISTS 'blue';" }],
    passes: [{ setup: "CREATE TYPE color AS ENUM ('red');", sql: "ALTER TYPE color ADD VALUE 'blue' BEFORE 'red';" }],
  },
  'column-alignment-padding': {
    triggers: [{ sql: 'CREATE TABLE t (a boolean, b bigint, c boolean, d bigint, e smallint, f timestamptz);' }],
    passes: [{ sql: 'CREATE TABLE t (b bigint, d bigint, f timestamptz, e smallint, a boolean, c boolean);' }],
  },
  'identifier-too-long': {
    triggers: [
      { sql: `CREATE TABLE t (id bigint PRIMARY KEY, ${'c'.repeat(64)} int);` },
      // Quoted, with a quote inside, after a string that holds a double quote.
      { sql: `CREATE TABLE t (id bigint PRIMARY KEY, note text DEFAULT '"', "it's ${'c'.repeat(64)}" int);` },
    ],
    passes: [{ sql: `CREATE TABLE t (id bigint PRIMARY KEY, ${'c'.repeat(63)} int);` }],
  },
  'reserved-word-identifier': {
    triggers: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, "user" text);' }],
    passes: [{ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, username text, "position" int);' }],
  },
  'inconsistent-table-naming': {
    triggers: [
      {
        setup: 'CREATE TABLE users (id int PRIMARY KEY);\nCREATE TABLE posts (id int PRIMARY KEY);\nCREATE TABLE comments (id int PRIMARY KEY);',
        sql: 'CREATE TABLE tag (id int PRIMARY KEY);',
      },
    ],
    passes: [
      {
        setup: 'CREATE TABLE users (id int PRIMARY KEY);\nCREATE TABLE posts (id int PRIMARY KEY);\nCREATE TABLE comments (id int PRIMARY KEY);',
        sql: 'CREATE TABLE tags (id int PRIMARY KEY);',
      },
      { setup: 'CREATE TABLE users (id int PRIMARY KEY);\nCREATE TABLE post (id int PRIMARY KEY);', sql: 'CREATE TABLE tag (id int PRIMARY KEY);' },
      // measure.sh: a table the change drops again.
      {
        setup: 'CREATE TABLE users (id int PRIMARY KEY);\nCREATE TABLE posts (id int PRIMARY KEY);\nCREATE TABLE comments (id int PRIMARY KEY);',
        sql: 'CREATE TABLE user_attribution (id int PRIMARY KEY);\nDROP TABLE user_attribution;',
      },
    ],
  },
  'multiple-permissive-policies': {
    triggers: [
      {
        setup:
          'CREATE TABLE docs (id int PRIMARY KEY, owner text, public boolean);\nALTER TABLE docs ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own ON docs FOR SELECT USING (owner = current_user);',
        sql: 'CREATE POLICY shared ON docs FOR SELECT USING (public);',
      },
    ],
    passes: [
      {
        setup:
          'CREATE TABLE docs (id int PRIMARY KEY, owner text, public boolean);\nALTER TABLE docs ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own ON docs FOR SELECT USING (owner = current_user);',
        sql: 'CREATE POLICY edit ON docs FOR UPDATE USING (owner = current_user);',
      },
    ],
  },
  'rls-policy-per-row-function': {
    triggers: [
      {
        setup: 'CREATE TABLE docs (id int PRIMARY KEY, owner text);',
        sql: "CREATE POLICY own ON docs FOR UPDATE USING (true) WITH CHECK (owner = current_setting('app.user'));",
      },
    ],
    passes: [{ setup: 'CREATE TABLE docs (id int PRIMARY KEY, owner text);', sql: 'CREATE POLICY own ON docs USING (owner = current_user);' }],
  },
  'status-column-nullable': {
    triggers: [
      {
        sql: "CREATE TABLE jobs (id bigint PRIMARY KEY, state text CHECK (state IN ('queued', 'running', 'done')));",
        finds: [
          {
            at: `${M}/002_change.sql:1:1`,
            object: 'public.jobs.state',
            message:
              "public.jobs.state may only be 'queued', 'running', 'done', but NULL passes too: a row without a state matches none of them. Make it NOT NULL DEFAULT 'queued'.",
          },
        ],
      },
      {
        setup: ACC,
        sql: "CREATE TYPE billing_status AS ENUM ('trial', 'active', 'lapsed');\nALTER TABLE accounts ADD COLUMN billing_status billing_status DEFAULT 'trial';",
        finds: [
          {
            at: `${M}/002_change.sql:2:1`,
            object: 'public.accounts.billing_status',
            message:
              "may only be 'trial', 'active', 'lapsed', but NULL passes too: a row without a state matches none of them. Make it NOT NULL (its default 'trial'::billing_status stays).",
          },
        ],
      },
    ],
    passes: [
      { sql: "CREATE TABLE jobs (id bigint PRIMARY KEY, state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done')));" },
      // Unconstrained: status-column-without-check speaks of it.
      { sql: 'CREATE TABLE jobs (id bigint PRIMARY KEY, status text);' },
      // NULL is a state by design (openmeter's initial_payment_settlement_status).
      {
        sql: "CREATE TABLE payments (id bigint PRIMARY KEY, settlement_status text CHECK (settlement_status IS NULL OR settlement_status IN ('created', 'settled')));",
      },
    ],
  },
  'state-without-partial-index': {
    triggers: [
      {
        sql: "CREATE TABLE jobs (id bigint PRIMARY KEY, state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done')), run_at timestamptz NOT NULL, created_at timestamptz NOT NULL);",
        finds: [
          {
            at: `${M}/002_change.sql:1:1`,
            object: 'public.jobs.state',
            message:
              "Which state of public.jobs.state does a worker or cleanup job look for? For 'queued', a partial index serves it and stays small: CREATE INDEX jobs_queued_idx ON public.jobs (run_at) WHERE state = 'queued';",
          },
        ],
      },
      {
        sql: "CREATE TYPE payment_status AS ENUM ('awaiting payment', 'paid');\nCREATE TABLE payments (id bigint PRIMARY KEY, status payment_status NOT NULL, paid_on date);",
        finds: [
          {
            at: `${M}/002_change.sql:2:1`,
            object: 'public.payments.status',
            message: "CREATE INDEX payments_awaiting_payment_idx ON public.payments (paid_on) WHERE status = 'awaiting payment';",
          },
        ],
      },
    ],
    passes: [
      {
        sql: "CREATE TABLE jobs (id bigint PRIMARY KEY, state text NOT NULL CHECK (state IN ('queued', 'done')), run_at timestamptz);\nCREATE INDEX jobs_queued_idx ON jobs (run_at) WHERE state = 'queued';",
      },
      { sql: 'CREATE TABLE jobs (id bigint PRIMARY KEY, state text NOT NULL, run_at timestamptz);' },
    ],
  },
  // Security
  'table-without-rls': {
    triggers: [{ setup: 'CREATE TABLE a (id int PRIMARY KEY);\nALTER TABLE a ENABLE ROW LEVEL SECURITY;', sql: 'CREATE TABLE public.b (id int PRIMARY KEY);' }],
    passes: [
      { setup: 'CREATE TABLE a (id int PRIMARY KEY);', sql: 'CREATE TABLE b (id int PRIMARY KEY);' },
      {
        setup: 'CREATE TABLE a (id int PRIMARY KEY);\nALTER TABLE a ENABLE ROW LEVEL SECURITY;\nCREATE SCHEMA internal;',
        sql: 'CREATE TABLE internal.b (id int PRIMARY KEY);',
      },
    ],
  },
  'rls-enabled-without-policy': {
    triggers: [{ sql: 'CREATE TABLE b (id int PRIMARY KEY);\nALTER TABLE b ENABLE ROW LEVEL SECURITY;' }],
    passes: [{ sql: 'CREATE TABLE b (id int PRIMARY KEY);\nALTER TABLE b ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON b USING (id > 0);' }],
  },
  'policy-without-rls': {
    triggers: [{ sql: 'CREATE TABLE b (id int PRIMARY KEY);\nCREATE POLICY p ON b USING (id > 0);' }],
    passes: [{ setup: 'CREATE TABLE b (id int PRIMARY KEY);\nALTER TABLE b ENABLE ROW LEVEL SECURITY;', sql: 'CREATE POLICY p ON b USING (id > 0);' }],
  },
  'policy-always-true': {
    triggers: [
      { setup: 'CREATE TABLE b (id int PRIMARY KEY);\nALTER TABLE b ENABLE ROW LEVEL SECURITY;', sql: 'CREATE POLICY p ON b FOR INSERT WITH CHECK (true);' },
    ],
    passes: [{ setup: 'CREATE TABLE b (id int PRIMARY KEY);\nALTER TABLE b ENABLE ROW LEVEL SECURITY;', sql: 'CREATE POLICY p ON b FOR SELECT USING (true);' }],
  },
  'grant-to-public': {
    triggers: [{ setup: 'CREATE TABLE b (id int PRIMARY KEY);', sql: 'GRANT ALL ON b TO public;' }],
    passes: [{ setup: 'CREATE TABLE b (id int PRIMARY KEY);', sql: 'REVOKE ALL ON b FROM PUBLIC;' }],
  },
  'security-definer-without-search-path': {
    triggers: [{ sql: 'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN RETURN 1; END $$;' }],
    passes: [
      {
        sql: 'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN RETURN 1; END $$;\nALTER FUNCTION f() SET search_path = pg_catalog;',
      },
    ],
  },
  'function-search-path-mutable': {
    triggers: [{ sql: 'CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;' }],
    passes: [{ sql: 'CREATE SCHEMA util;\nCREATE FUNCTION util.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;' }],
  },
  'security-definer-view': {
    triggers: [
      {
        setup: 'CREATE TABLE notes (id int PRIMARY KEY, owner text);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;',
        sql: 'CREATE VIEW public.all_notes AS SELECT id FROM notes;',
      },
      // The table it reads is private.notes, not the public.notes of the same name.
      {
        setup:
          'CREATE TABLE notes (id int PRIMARY KEY);\nCREATE SCHEMA private;\nCREATE TABLE private.notes (id int PRIMARY KEY, owner text);\nALTER TABLE private.notes ENABLE ROW LEVEL SECURITY;',
        sql: 'CREATE VIEW my_notes AS SELECT id FROM private.notes;',
        finds: [{ at: `${M}/002_change.sql:1:1`, object: 'my_notes', message: 'View my_notes reads tables protected by row level security' }],
      },
    ],
    passes: [{ setup: 'CREATE TABLE notes (id int PRIMARY KEY, owner text);', sql: 'CREATE VIEW all_notes AS SELECT id FROM notes;' }],
  },
  'personal-data-column': {
    triggers: [
      { setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN phone_number text;' },
      // A comment on orders.phone documents that column, not accounts.phone.
      {
        setup: ORD,
        sql: "ALTER TABLE accounts ADD COLUMN phone text;\nALTER TABLE orders ADD COLUMN phone text;\nCOMMENT ON COLUMN orders.phone IS 'personal data, masked outside production';",
        finds: [{ at: `${M}/002_change.sql:1:1`, object: 'public.accounts.phone', message: 'public.accounts.phone looks like personal data' }],
      },
    ],
    passes: [
      { setup: ACC, sql: "ALTER TABLE accounts ADD COLUMN phone text;\nCOMMENT ON COLUMN accounts.phone IS 'personal data, masked outside production';" },
    ],
  },
  'plaintext-secret-column': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN api_key varchar(64);' }],
    passes: [
      { setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN api_key_hash bytea;' },
      // zero2prod: the column is renamed once it stores a hash.
      { sql: 'CREATE TABLE users (id uuid PRIMARY KEY, password text NOT NULL);\nALTER TABLE users RENAME COLUMN password TO password_hash;' },
    ],
  },
  'untrusted-extension': {
    triggers: [{ sql: 'CREATE EXTENSION IF NOT EXISTS postgres_fdw;' }],
    passes: [{ sql: 'CREATE EXTENSION IF NOT EXISTS pgcrypto;' }],
  },
  'extension-in-public': {
    triggers: [{ sql: 'CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;' }],
    passes: [{ sql: 'CREATE SCHEMA ext;\nCREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext;' }],
  },
  'role-or-ownership-change': {
    triggers: [{ setup: ACC, sql: 'ALTER TABLE accounts OWNER TO CURRENT_USER;' }, { sql: 'CREATE ROLE superuser_fan NOSUPERUSER CREATEDB;' }],
    passes: [{ setup: ACC, sql: 'GRANT SELECT ON accounts TO CURRENT_USER;' }],
  },
  'security-definer-function-executable': {
    triggers: [
      {
        sql: "CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ SELECT 1 $$;\nGRANT EXECUTE ON FUNCTION f() TO PUBLIC;",
      },
    ],
    passes: [{ sql: "CREATE FUNCTION f() RETURNS int LANGUAGE sql SET search_path = '' AS $$ SELECT 1 $$;" }],
  },
  'alter-system': {
    triggers: [
      {
        sql: "ALTER SYSTEM SET work_mem = '64MB';",
        finds: [{ at: `${M}/002_change.sql:1:1`, object: 'work_mem', message: 'ALTER SYSTEM changes work_mem for the whole server' }],
      },
      { sql: 'ALTER SYSTEM RESET ALL;', finds: [{ at: `${M}/002_change.sql:1:1`, object: 'all settings', message: 'ALTER SYSTEM changes all settings' }] },
    ],
    passes: [{ sql: "ALTER ROLE CURRENT_USER SET work_mem = '64MB';\nSET statement_timeout = '5s';" }],
  },
  'server-file-access': {
    triggers: [
      {
        setup: 'CREATE TABLE countries (code text PRIMARY KEY, name text);',
        sql: "COPY countries TO PROGRAM 'gzip > /tmp/countries.gz';",
        finds: [
          {
            at: `${M}/002_change.sql:1:1`,
            message: "COPY writes to the program `gzip > /tmp/countries.gz` on the server: it runs as the database server's OS user",
          },
        ],
      },
      {
        sql: "CREATE TABLE hosts (body text);\nINSERT INTO hosts SELECT pg_read_file('/etc/hosts');",
        finds: [{ at: `${M}/002_change.sql:2:1`, message: "pg_read_file reaches the database server's own files" }],
      },
      { sql: "SELECT lo_import('/etc/hosts');" },
    ],
    passes: [
      {
        setup: 'CREATE TABLE countries (code text PRIMARY KEY, name text);',
        sql: "INSERT INTO countries VALUES ('NL', 'Netherlands');\nSELECT pg_size_pretty(pg_relation_size('countries'));",
      },
    ],
  },
  'rls-disabled': {
    triggers: [
      {
        setup: `${NOTES_RLS}\nALTER TABLE notes FORCE ROW LEVEL SECURITY;`,
        sql: 'ALTER TABLE notes NO FORCE ROW LEVEL SECURITY;',
        review: true,
        finds: [
          {
            at: `${M}/002_change.sql:1:1`,
            object: 'public.notes',
            message:
              'NO FORCE ROW LEVEL SECURITY on public.notes: its owner bypasses its 1 policy again, so an application that connects as the owner sees every row.',
          },
        ],
      },
      {
        setup: NOTES_RLS,
        sql: 'ALTER TABLE public.notes DISABLE ROW LEVEL SECURITY;',
        review: true,
        finds: [
          {
            at: `${M}/002_change.sql:1:1`,
            object: 'public.notes',
            message:
              'Turns row level security off on public.notes: its 1 policy stops applying, and every role with privileges on it reads and writes every row. Change the policies instead.',
          },
        ],
      },
    ],
    passes: [
      { setup: NOTES_RLS, sql: 'ALTER TABLE notes FORCE ROW LEVEL SECURITY;' },
      { sql: 'CREATE TABLE drafts (id bigint PRIMARY KEY);\nALTER TABLE drafts ENABLE ROW LEVEL SECURITY;\nALTER TABLE drafts DISABLE ROW LEVEL SECURITY;' },
    ],
  },
  'grant-too-broad': {
    triggers: [
      {
        setup: 'CREATE TABLE notes (id bigint PRIMARY KEY);',
        base: ROLES('notes_app'),
        sql: 'GRANT ALL PRIVILEGES ON notes TO notes_app;',
        finds: [
          {
            at: `${M}/002_change.sql:1:1`,
            message:
              'Grants more than a role needs: ALL PRIVILEGES means TRUNCATE (which ignores row level security and DELETE triggers), REFERENCES and TRIGGER as well as reads and writes. Name the privileges notes_app needs.',
          },
        ],
      },
      {
        sql: 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC;',
        finds: [
          {
            at: `${M}/002_change.sql:1:1`,
            message: 'Grants more than a role needs: every object created later is granted to every role (PUBLIC). Name the privileges PUBLIC need.',
          },
        ],
      },
      { base: ROLES('schema_owner'), sql: 'GRANT ALL ON SCHEMA public TO schema_owner;' },
      { setup: 'CREATE SEQUENCE ticket_no;', base: ROLES('tickets'), sql: 'GRANT USAGE ON SEQUENCE ticket_no TO tickets WITH GRANT OPTION;' },
    ],
    passes: [
      { setup: 'CREATE TABLE notes (id bigint PRIMARY KEY);', base: ROLES('notes_app'), sql: 'GRANT SELECT, INSERT, UPDATE ON notes TO notes_app;' },
      { setup: 'CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$SELECT 1$$;', base: ROLES('callers'), sql: 'GRANT ALL ON FUNCTION one() TO callers;' },
      { base: ROLES('readers'), sql: 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO readers;' },
    ],
  },
  // Hygiene
  'nested-transaction': {
    triggers: [
      { sql: 'BEGIN;\nCREATE TABLE t (id int PRIMARY KEY);\nCOMMIT;\nCOMMIT;' },
      // ROLLBACK TO a savepoint leaves the transaction open.
      {
        sql: 'BEGIN;\nSAVEPOINT s;\nROLLBACK TO SAVEPOINT s;\nBEGIN;\nCOMMIT;',
        finds: [{ at: `${M}/002_change.sql:4:1`, message: 'BEGIN inside a transaction that is already open' }],
      },
    ],
    passes: [
      { sql: 'BEGIN;\nCREATE TABLE t (id int PRIMARY KEY);\nSAVEPOINT s;\nRELEASE SAVEPOINT s;\nCOMMIT;' },
      { sql: 'BEGIN;\nSAVEPOINT s;\nCREATE TABLE t (id int PRIMARY KEY);\nROLLBACK TO SAVEPOINT s;\nCOMMIT;' },
    ],
  },
  'uncommitted-transaction': {
    triggers: [
      { sql: 'START TRANSACTION;\nCREATE TABLE t (id int PRIMARY KEY);' },
      {
        sql: 'BEGIN;\nSAVEPOINT s;\nCREATE TABLE t (id int PRIMARY KEY);\nROLLBACK TO SAVEPOINT s;',
        finds: [{ at: `${M}/002_change.sql:1:1`, message: 'This BEGIN is never committed in the file.' }],
      },
      // AND CHAIN opens the next transaction at once.
      {
        sql: 'BEGIN;\nCREATE TABLE t (id int PRIMARY KEY);\nCOMMIT AND CHAIN;',
        finds: [{ at: `${M}/002_change.sql:1:1`, message: 'This BEGIN is never committed in the file.' }],
      },
    ],
    passes: [{ sql: 'BEGIN;\nCREATE TABLE t (id int PRIMARY KEY);\nROLLBACK;' }],
  },
  'explicit-transaction-in-wrapped-migration': {
    triggers: [{ sql: '-- migrate:up\nBEGIN;\nCREATE TABLE t (id int PRIMARY KEY);\nCOMMIT;\n', path: `${M}/20240101_t.sql` }],
    passes: [{ sql: '-- migrate:up transaction:false\nBEGIN;\nCREATE TABLE t (id int PRIMARY KEY);\nCOMMIT;\n', path: `${M}/20240101_t.sql` }],
  },
  'non-idempotent-statement': {
    triggers: [{ sql: '-- migrate:up transaction:false\nCREATE TABLE t (id int PRIMARY KEY);\n', path: `${M}/20240101_t.sql` }],
    passes: [{ sql: '-- migrate:up\nCREATE TABLE t (id int PRIMARY KEY);\n', path: `${M}/20240101_t.sql` }],
  },
  'duplicate-column-assignment': {
    triggers: [{ setup: ACC, sql: "INSERT INTO accounts (id, email, email) VALUES (1, 'a', 'b');" }],
    passes: [{ setup: ACC, sql: "INSERT INTO accounts (id, email) VALUES (1, 'a');" }],
  },
  'missing-down-migration': {
    triggers: [{ sql: '-- migrate:up\nCREATE TABLE t (id int PRIMARY KEY);\n', path: `${M}/20240101_t.sql` }],
    passes: [{ sql: 'CREATE TABLE t (id int PRIMARY KEY);' }],
  },
  'mixed-data-and-schema': {
    triggers: [{ setup: ACC, sql: "ALTER TABLE accounts ADD COLUMN plan text;\nINSERT INTO accounts (id, plan) VALUES (1000000, 'x');" }],
    passes: [{ sql: "CREATE TABLE plans (id int PRIMARY KEY, name text);\nINSERT INTO plans VALUES (1, 'free');" }],
  },
  'session-setting-persists': {
    triggers: [{ sql: '-- migrate:up\nSET search_path = public;\nCREATE TABLE t (id int PRIMARY KEY);\n', path: `${M}/20240101_t.sql` }],
    // A plain file's runner is unknown: it may well run each file on a connection of its own.
    passes: [{ sql: "SET statement_timeout = '1min';\nCREATE TABLE t (id int PRIMARY KEY);", path: `${M}/002_t.sql` }],
  },
  'do-block-uninspected': {
    triggers: [{ sql: 'DO $$ BEGIN PERFORM 1; END $$;' }],
    passes: [{ sql: 'SELECT 1;' }],
  },
  'suppression-without-reason': {
    triggers: [
      { setup: ACC, sql: '-- dba-ignore: drop-column\nALTER TABLE accounts DROP COLUMN note;' },
      // The file-wide form, anywhere in the file, is held to the same rule.
      {
        setup: ACC,
        sql: 'ALTER TABLE accounts DROP COLUMN note;\n-- dba-ignore-file: drop-column\nALTER TABLE accounts DROP COLUMN balance;',
        finds: [
          {
            at: 'db/migrations/002_change.sql:2:1',
            message: 'dba-ignore-file for drop-column gives no reason, so it is not applied: say why the finding does not apply here, after the rule ids.',
          },
        ],
      },
    ],
    passes: [
      { setup: ACC, sql: '-- dba-ignore: drop-column nothing reads note since release 41\nALTER TABLE accounts DROP COLUMN note;' },
      { setup: ACC, sql: '-- dba-ignore-file: drop-column nothing reads them since release 41\nALTER TABLE accounts DROP COLUMN note;' },
    ],
  },
  'unknown-rule-in-suppression': {
    triggers: [
      { setup: ACC, sql: '-- dba-ignore: drop-collumn nothing reads it\nALTER TABLE accounts DROP COLUMN note;' },
      {
        setup: ACC,
        sql: '-- dba-ignore-file: drop-column, drop-collumn nothing reads them\nALTER TABLE accounts DROP COLUMN note;',
        finds: [
          {
            at: 'db/migrations/002_change.sql:1:1',
            message: '"drop-collumn" is not a pg-dba-review rule: this dba-ignore-file comment suppresses nothing. See docs/rules/README.md for the rule ids.',
          },
        ],
      },
    ],
    passes: [
      { setup: ACC, sql: '-- dba-ignore: drop-column, missing-lock-timeout nothing reads it\nALTER TABLE accounts DROP COLUMN note;' },
      { setup: ACC, sql: '-- dba-ignore-file: drop-column, missing-lock-timeout nothing reads it\nALTER TABLE accounts DROP COLUMN note;' },
    ],
  },
  'unqualified-object': {
    triggers: [{ sql: 'CREATE TABLE t (id int PRIMARY KEY);', config: { rules: { 'unqualified-object': 'warning' } } }],
    passes: [
      { sql: 'CREATE TABLE t (id int PRIMARY KEY);' },
      { sql: 'CREATE TABLE public.t (id int PRIMARY KEY);', config: { rules: { 'unqualified-object': 'warning' } } },
    ],
  },
  'transaction-incompatible': {
    triggers: [{ setup: ACC, sql: '-- migrate:up\nCREATE INDEX CONCURRENTLY a_email ON accounts (email);\n', path: `${M}/20240101_i.sql` }],
    passes: [{ setup: ACC, sql: 'CREATE INDEX CONCURRENTLY a_email ON accounts (email);', path: 'prisma/migrations/20240101_i/migration.sql' }],
  },
  'sleep-in-migration': {
    triggers: [
      {
        setup: ACC,
        sql: 'ALTER TABLE accounts ADD COLUMN plan text;\nSELECT pg_sleep(0.01);',
        finds: [{ at: `${M}/002_change.sql:2:1`, message: 'pg_sleep waits inside the migration, holding the locks it has taken so far.' }],
      },
      { sql: "SELECT pg_catalog.pg_sleep_for('10 milliseconds');" },
    ],
    passes: [{ setup: ACC, sql: 'SELECT now();\nUPDATE accounts SET note = NULL WHERE id = 1;' }],
  },
  'restore-fails': {
    // The drill needs pg_dump of the server's major: Debian's PostgreSQL 15 has it, the test server's does not.
    exampleIsIllustrative: true,
    triggers: [
      {
        major: 15,
        setup: LIMITS,
        sql: `${UNDER_LIMIT('limits')};\nCREATE TABLE items (id int PRIMARY KEY, v int CHECK (under_limit(v)));\nINSERT INTO items VALUES (1, 5);`,
        finds: [
          {
            at: 'db/migrations/002_change.sql:2:1',
            message:
              'A pg_dump of the database after this change does not restore as it was: pg_restore failed: TABLE DATA items: COPY failed for table "items": relation "limits" does not exist (SQL function "under_limit" during inlining).',
          },
        ],
      },
      {
        major: 15,
        setup:
          "CREATE TABLE tags (name text);\nINSERT INTO tags VALUES ('a');\nCREATE FUNCTION squash(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(t)';",
        sql: "CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT squash(t)';\nCREATE INDEX tags_norm ON tags (norm(name));",
        finds: [
          {
            at: 'db/migrations/002_change.sql:2:1',
            message:
              'A pg_dump of the database after this change does not restore as it was: pg_restore failed: INDEX tags_norm: function squash(text) does not exist (SQL function "norm" during inlining). The restored catalog differs: index public.tags index tags_norm is missing after the restore.',
          },
        ],
      },
    ],
    passes: [
      {
        major: 15,
        setup: LIMITS,
        sql: `${UNDER_LIMIT('public.limits')};\nCREATE TABLE items (id int PRIMARY KEY, v int CHECK (under_limit(v)));\nINSERT INTO items VALUES (1, 5);`,
      },
      {
        major: 15,
        setup: LIMITS,
        sql: `${UNDER_LIMIT('limits')} SET search_path = public;\nCREATE TABLE items (id int PRIMARY KEY, v int CHECK (under_limit(v)));\nINSERT INTO items VALUES (1, 5);`,
      },
    ],
  },
  // History
  'migration-failed': {
    triggers: [{ sql: 'CREATE TABLE t (id int PRIMARY KEY);\nINSERT INTO t VALUES (1), (1);' }],
    passes: [{ sql: 'CREATE TABLE t (id int PRIMARY KEY);\nINSERT INTO t VALUES (1), (2);' }],
  },
  'syntax-error': {
    triggers: [{ sql: 'CREATE TABLE t (id int PRIMARY KEY,);' }],
    passes: [{ sql: 'CREATE TABLE t (id int PRIMARY KEY);' }],
  },
  'migration-edited': {
    exampleIsIllustrative: true,
    triggers: [
      { base: { [`${M}/001_a.sql`]: 'CREATE TABLE a (id int PRIMARY KEY);' }, head: { [`${M}/001_a.sql`]: 'CREATE TABLE a (id bigint PRIMARY KEY);' } },
      {
        base: { [`${M}/V1__a.sql`]: 'CREATE TABLE a (id int PRIMARY KEY);' },
        head: { [`${M}/V1__a.sql`]: 'CREATE TABLE a (id int PRIMARY KEY, b int);', [`${M}/V2__b.sql`]: 'SELECT 1;' },
      },
    ],
    passes: [
      {
        base: { [`${M}/001_a.sql`]: 'CREATE TABLE a (id int PRIMARY KEY);' },
        head: { [`${M}/001_a.sql`]: 'CREATE TABLE a (id int PRIMARY KEY);', [`${M}/002_b.sql`]: 'SELECT 1;' },
      },
      { base: { [`${M}/R__v.sql`]: 'SELECT 1;' }, head: { [`${M}/R__v.sql`]: 'SELECT 2;' } },
    ],
  },
  'migration-renamed': {
    exampleIsIllustrative: true,
    triggers: [
      {
        base: { [`${M}/1_a.sql`]: 'CREATE TABLE a (id int PRIMARY KEY);' },
        head: { [`${M}/1_a.sql`]: null, [`${M}/001_a.sql`]: 'CREATE TABLE a (id int PRIMARY KEY);' },
        changed: [{ path: `${M}/001_a.sql`, status: 'renamed', previousPath: `${M}/1_a.sql` }],
      },
      // Prisma keys applied migrations by folder name: the renamed folder is applied again.
      {
        base: { 'prisma/migrations/20240101000000_a/migration.sql': 'CREATE TABLE a (id int PRIMARY KEY);' },
        head: {
          'prisma/migrations/20240101000000_a/migration.sql': null,
          'prisma/migrations/20240102000000_a/migration.sql': 'CREATE TABLE a (id int PRIMARY KEY);',
        },
        changed: [
          { path: 'prisma/migrations/20240102000000_a/migration.sql', status: 'renamed', previousPath: 'prisma/migrations/20240101000000_a/migration.sql' },
        ],
      },
    ],
    passes: [
      {
        base: { [`${M}/1_a.sql`]: 'CREATE TABLE a (id int PRIMARY KEY);' },
        head: { [`${M}/1_a.sql`]: 'CREATE TABLE a (id int PRIMARY KEY);', [`${M}/2_b.sql`]: 'SELECT 1;' },
      },
      {
        base: { 'docs/1_a.sql': 'SELECT 1;' },
        head: { 'docs/1_a.sql': null, 'docs/01_a.sql': 'SELECT 1;', [`${M}/2_b.sql`]: 'SELECT 1;' },
        changed: [
          { path: 'docs/01_a.sql', status: 'renamed', previousPath: 'docs/1_a.sql' },
          { path: `${M}/2_b.sql`, status: 'added' },
        ],
      },
    ],
  },
  'migration-deleted': {
    exampleIsIllustrative: true,
    triggers: [
      {
        base: { [`${M}/1_a.sql`]: 'CREATE TABLE a (id int PRIMARY KEY);', [`${M}/2_b.sql`]: 'SELECT 1;' },
        head: { [`${M}/2_b.sql`]: null },
        changed: [{ path: `${M}/2_b.sql`, status: 'removed' }],
      },
      {
        base: { [`${M}/V1__a.sql`]: 'SELECT 1;' },
        head: { [`${M}/V1__a.sql`]: null, [`${M}/V2__b.sql`]: 'SELECT 2;' },
        changed: [
          { path: `${M}/V1__a.sql`, status: 'removed' },
          { path: `${M}/V2__b.sql`, status: 'added' },
        ],
      },
    ],
    passes: [
      { base: { [`${M}/1_a.sql`]: 'SELECT 1;' }, head: { [`${M}/1_a.sql`]: 'SELECT 1;', [`${M}/2_b.sql`]: 'SELECT 2;' } },
      {
        base: { [`${M}/1_a.sql`]: 'SELECT 1;', 'docs/x.sql': 'SELECT 1;' },
        head: { 'docs/x.sql': null, [`${M}/2_b.sql`]: 'SELECT 2;' },
        changed: [
          { path: 'docs/x.sql', status: 'removed' },
          { path: `${M}/2_b.sql`, status: 'added' },
        ],
      },
    ],
  },
  'migration-out-of-order': {
    exampleIsIllustrative: true,
    triggers: [
      { base: { [`${M}/V1__a.sql`]: 'SELECT 1;', [`${M}/V3__c.sql`]: 'SELECT 3;' }, head: { [`${M}/V2__b.sql`]: 'SELECT 2;' } },
      {
        base: { 'prisma/migrations/1_a/migration.sql': 'SELECT 1;', 'prisma/migrations/3_c/migration.sql': 'SELECT 3;' },
        head: { 'prisma/migrations/2_b/migration.sql': 'SELECT 2;' },
      },
    ],
    passes: [
      { base: { [`${M}/V1__a.sql`]: 'SELECT 1;' }, head: { [`${M}/V2__b.sql`]: 'SELECT 2;' } },
      { base: { [`${M}/V1__a.sql`]: 'SELECT 1;' }, head: { [`${M}/R__b.sql`]: 'SELECT 2;' } },
    ],
  },
  'duplicate-migration-version': {
    exampleIsIllustrative: true,
    triggers: [
      { base: { [`${M}/V1__a.sql`]: 'SELECT 1;' }, head: { [`${M}/V1__b.sql`]: 'SELECT 2;' } },
      { base: { 'm/1_a.up.sql': 'SELECT 1;' }, head: { 'm/1_b.up.sql': 'SELECT 2;' } },
    ],
    passes: [
      { base: { [`${M}/V1__a.sql`]: 'SELECT 1;' }, head: { [`${M}/V2__b.sql`]: 'SELECT 2;' } },
      { base: { [`${M}/1_a.sql`]: 'SELECT 1;' }, head: { [`${M}/1_b.sql`]: 'SELECT 2;' } },
    ],
  },
  'atlas-sum-mismatch': {
    exampleIsIllustrative: true,
    triggers: [
      // A migration added without re-hashing.
      { base: atlasDir(ATLAS_BASE), head: { [`${ATLAS}/20240102000000_plan.sql`]: 'ALTER TABLE accounts ADD COLUMN plan text;\n' } },
      // An applied migration edited, its sum left as it was.
      { base: atlasDir(ATLAS_BASE), head: { [`${ATLAS}/20240101000000_accounts.sql`]: 'CREATE TABLE accounts (id bigint PRIMARY KEY, plan text);\n' } },
    ],
    passes: [
      { base: atlasDir(ATLAS_BASE), head: atlasDir({ ...ATLAS_BASE, '20240102000000_plan.sql': 'ALTER TABLE accounts ADD COLUMN plan text;\n' }) },
      // A file whose first line is `atlas:sum ignore` adds only its name to the sum: editing it after hashing is no mismatch.
      {
        base: atlasDir(ATLAS_BASE),
        head: {
          ...atlasDir({ ...ATLAS_BASE, '20240102000000_plan.sql': '-- atlas:sum ignore\nSELECT 1;\n' }),
          [`${ATLAS}/20240102000000_plan.sql`]: '-- atlas:sum ignore\nSELECT 2;\n',
        },
      },
    ],
  },
  'migration-not-sql': {
    exampleIsIllustrative: true,
    triggers: [
      { head: { 'db/migrate/20240101000000_add_plan.rb': 'class AddPlan < ActiveRecord::Migration[7.1]; end' } },
      { head: { 'src/migrations/1700000000000-Init.ts': 'export class Init {}' } },
    ],
    passes: [
      { head: { 'db/migrate/README.md': '# migrations' }, changed: [{ path: 'db/migrate/README.md', status: 'added' }] },
      { head: { 'src/app.ts': 'export {}' } },
    ],
  },
  'fails-on-existing-rows': {
    triggers: [
      { setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);', sql: 'CREATE UNIQUE INDEX accounts_domain ON accounts (length(email));' },
    ],
    passes: [{ setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);', sql: 'CREATE UNIQUE INDEX accounts_email ON accounts (email);' }],
  },
  // Steps of the review that fail on what the change made: reported at the statement that made it.
  'analyze-fails': {
    triggers: [
      {
        // Relies on the search_path the migration set: INSERT finds util.slug, ANALYZE does not.
        sql: 'CREATE SCHEMA util;\nCREATE FUNCTION util.slug(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;\nSET search_path = util, public;\nCREATE FUNCTION public.norm(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN slug(t); END $$;\nCREATE TABLE public.notes (id bigint PRIMARY KEY, body text);\nCREATE INDEX notes_norm ON public.notes (public.norm(body));',
        config: { queries: [{ name: 'notes by body', sql: 'SELECT id FROM notes WHERE public.norm(body) = $1' }] },
      },
    ],
    passes: [
      // The function pins its search_path.
      {
        setup: ACC,
        sql: "CREATE FUNCTION email_domain(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(e, '@', 2) $$;\nCREATE FUNCTION contact_key(e text) RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = public AS $$ BEGIN RETURN lower(email_domain(e)); END $$;\nCREATE TABLE contacts (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, email text);\nCREATE INDEX contacts_key ON contacts (contact_key(email));",
      },
      // A SQL-standard body is resolved when the function is created.
      {
        setup: ACC,
        sql: "CREATE FUNCTION email_domain(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(e, '@', 2) $$;\nCREATE FUNCTION contact_key(e text) RETURNS text LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT lower(email_domain(e)); END;\nCREATE TABLE contacts (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, email text);\nCREATE INDEX contacts_key ON contacts (contact_key(email));",
      },
    ],
  },
  'review-step-failed': {
    triggers: [
      {
        sql: "CREATE FUNCTION tenant_id() RETURNS bigint LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN current_setting('app.tenant')::bigint; END $$;\nCREATE TABLE notes (id bigint PRIMARY KEY, tenant bigint, body text);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nALTER TABLE notes FORCE ROW LEVEL SECURITY;\nCREATE POLICY by_tenant ON notes USING (tenant = tenant_id());",
        config: { queries: [{ name: 'note by id', sql: 'SELECT body FROM notes WHERE id = $1' }] },
      },
    ],
    passes: [
      // The owner is not subject to its table's policies unless forced.
      {
        sql: "CREATE FUNCTION tenant_id() RETURNS bigint LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN current_setting('app.tenant')::bigint; END $$;\nCREATE TABLE notes (id bigint PRIMARY KEY, tenant bigint, body text);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nCREATE POLICY by_tenant ON notes USING (tenant = tenant_id());",
        config: { queries: [{ name: 'note by id', sql: 'SELECT body FROM notes WHERE id = $1' }] },
      },
    ],
  },
  // Plans: key queries from .github/dba.yml, planned before and after on generated rows.
  'key-query-fails': {
    exampleIsIllustrative: true,
    triggers: [
      { setup: ACC, sql: 'ALTER TABLE accounts RENAME COLUMN email TO email_address;', config: byEmail },
      { setup: ORD, sql: 'DROP TABLE orders;', config: { queries: [{ name: 'orders of an account', sql: 'SELECT * FROM orders WHERE account_id = $1' }] } },
    ],
    passes: [
      { setup: ACC, sql: 'ALTER TABLE accounts ADD COLUMN email_address text;', config: byEmail },
      { setup: ACC, sql: 'ALTER TABLE accounts RENAME COLUMN note TO remark;', config: byEmail },
    ],
  },
  'key-query-regressed': {
    exampleIsIllustrative: true,
    triggers: [
      {
        setup: `${ACC}\nCREATE INDEX accounts_email_idx ON accounts (email);`,
        sql: 'DROP INDEX accounts_email_idx;',
        config: { ...byEmail, data: { rows: 5000 } },
      },
      {
        setup: `${ACC}\nCREATE INDEX accounts_email_idx ON accounts (email);`,
        sql: 'DROP INDEX accounts_email_idx;\nCREATE INDEX accounts_email_lower_idx ON accounts (lower(email));',
        config: { ...byEmail, data: { rows: 5000 } },
      },
    ],
    passes: [
      {
        setup: `${ACC}\nCREATE INDEX accounts_email_idx ON accounts (email);`,
        sql: 'CREATE INDEX accounts_note_idx ON accounts (note);',
        config: { ...byEmail, data: { rows: 5000 } },
      },
      {
        setup: `${ACC}\nCREATE INDEX accounts_email_idx ON accounts (email);`,
        sql: 'DROP INDEX accounts_email_idx;\nCREATE UNIQUE INDEX accounts_email_key ON accounts (email);',
        config: { ...byEmail, data: { rows: 5000 } },
      },
    ],
  },
  'key-query-blocked': {
    exampleIsIllustrative: true,
    triggers: [
      { setup: ACC, sql: "ALTER TABLE accounts ADD COLUMN plan text DEFAULT 'free';", config: byEmail },
      {
        setup: ACC,
        sql: 'CREATE INDEX accounts_note_idx ON accounts (note);',
        config: { queries: [{ name: 'close account', sql: 'DELETE FROM accounts WHERE id = $1' }] },
      },
    ],
    passes: [
      { setup: ACC, sql: 'CREATE INDEX accounts_note_idx ON accounts (note);', config: byEmail },
      { setup: ORD, sql: "ALTER TABLE orders ADD COLUMN state text DEFAULT 'new';", config: byEmail },
    ],
  },
  'down-migration-failed': {
    triggers: [{ sql: '-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE nope;\n', path: `${M}/00002_t.sql` }],
    passes: [{ sql: '-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n', path: `${M}/00002_t.sql` }],
  },
  'down-migration-incomplete': {
    triggers: [{ sql: '-- +goose Up\nCREATE TABLE t (id int);\nCREATE SEQUENCE s;\n-- +goose Down\nDROP TABLE t;\n', path: `${M}/00002_t.sql` }],
    passes: [
      { sql: '-- +goose Up\nCREATE TABLE t (id int);\nCREATE SEQUENCE s;\n-- +goose Down\nDROP SEQUENCE s;\nDROP TABLE t;\n', path: `${M}/00002_t.sql` },
    ],
  },
};
