import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { applyChanges } from '../src/apply/apply.js';
import type { ApplyUnit } from '../src/apply/types.js';
import type { TransactionMode } from '../src/discover/types.js';
import { parseMigration } from '../src/parse/statements.js';
import { freshDatabase } from './support/postgres.js';

let env: Awaited<ReturnType<typeof freshDatabase>>;
let observer: pg.Client;
beforeAll(async () => {
  env = await freshDatabase();
  observer = await env.db.connect();
});
afterAll(async () => {
  await observer.end();
  await env.close();
});

const SETUP = `
CREATE TABLE accounts (id int PRIMARY KEY, email varchar(50), balance int, created_at timestamp, note text);
CREATE INDEX accounts_email ON accounts (email);
CREATE TABLE orders (id bigint PRIMARY KEY, account_id int, total numeric(10,2));
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE MATERIALIZED VIEW order_totals AS SELECT account_id, sum(total) AS total FROM orders GROUP BY account_id;
CREATE UNIQUE INDEX order_totals_account ON order_totals (account_id);
INSERT INTO accounts SELECT i, 'user' || i || '@example.com', i, now(), 'n' FROM generate_series(1, 200) i;
INSERT INTO orders SELECT i, 1 + i % 200, i FROM generate_series(1, 300) i;
`;

async function trace(sql: string, transaction: TransactionMode = 'wrapped') {
  const name = `s${Math.random().toString(36).slice(2, 8)}`;
  await env.client.query(`CREATE SCHEMA ${name}; SET search_path = ${name}, public; ${SETUP}`);
  const unit: ApplyUnit = { migration: { key: 'm.sql', path: 'm.sql', framework: 'plain', transaction }, parsed: await parseMigration('m.sql', sql) };
  const [outcome] = await applyChanges(env.client, [unit], env.major, { observer });
  const stmt = outcome?.statements.at(-1);
  if (stmt?.status !== 'applied') throw new Error(`${sql}: ${stmt?.status} ${stmt?.error?.message ?? ''}`);
  const local = (r: string) => r.replace(`${name}.`, '');
  return {
    locks: stmt.locks?.filter((l) => l.kind === 'table' || l.kind === 'materialized view').map((l) => `${local(l.relation)} ${l.mode}`),
    rewrites: (stmt.rewrites ?? []).map(local),
    scans: (stmt.scans ?? []).map((s) => `${local(s.relation)} ${s.rowsRead}`),
    outcome,
  };
}

// Each row: statement, the table locks it takes, whether it rewrites accounts (or the named relations).
const CASES: [string, string[], string[]][] = [
  ['ALTER TABLE accounts ADD COLUMN flag boolean', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts ADD COLUMN seen timestamptz DEFAULT now()', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts ADD COLUMN ref uuid DEFAULT gen_random_uuid()', ['accounts AccessExclusiveLock'], ['accounts', 'accounts_email', 'accounts_pkey']],
  ['ALTER TABLE accounts ADD COLUMN n serial', ['accounts AccessExclusiveLock'], ['accounts', 'accounts_email', 'accounts_pkey']],
  ['ALTER TABLE accounts ALTER COLUMN balance TYPE bigint', ['accounts AccessExclusiveLock'], ['accounts', 'accounts_email', 'accounts_pkey']],
  ['ALTER TABLE accounts ALTER COLUMN email TYPE varchar(80)', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts ALTER COLUMN email TYPE text', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts ALTER COLUMN email TYPE varchar(20)', ['accounts AccessExclusiveLock'], ['accounts', 'accounts_email', 'accounts_pkey']],
  // Binary-compatible since PostgreSQL 12 when the session's TimeZone is UTC, as the sandbox's is.
  ['ALTER TABLE accounts ALTER COLUMN created_at TYPE timestamptz', ['accounts AccessExclusiveLock'], []],
  [
    "SET timezone = 'Europe/Paris'; ALTER TABLE accounts ALTER COLUMN created_at TYPE timestamptz",
    ['accounts AccessExclusiveLock'],
    ['accounts', 'accounts_email', 'accounts_pkey'],
  ],
  ['ALTER TABLE accounts ALTER COLUMN balance SET NOT NULL', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts ALTER COLUMN balance DROP NOT NULL', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts ALTER COLUMN balance SET DEFAULT 0', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts DROP COLUMN note', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts RENAME COLUMN note TO remark', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts RENAME TO users', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance > 0)', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance > 0) NOT VALID', ['accounts AccessExclusiveLock'], []],
  [
    'ALTER TABLE orders ADD CONSTRAINT orders_account FOREIGN KEY (account_id) REFERENCES accounts (id)',
    ['accounts ShareRowExclusiveLock', 'orders ShareRowExclusiveLock'],
    [],
  ],
  [
    'ALTER TABLE orders ADD CONSTRAINT orders_account FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID',
    ['accounts ShareRowExclusiveLock', 'orders ShareRowExclusiveLock'],
    [],
  ],
  ['ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email)', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts SET (fillfactor = 70)', ['accounts ShareUpdateExclusiveLock'], []],
  ['ALTER TABLE accounts ENABLE ROW LEVEL SECURITY', ['accounts AccessExclusiveLock'], []],
  ['ALTER TABLE accounts SET UNLOGGED', ['accounts AccessExclusiveLock'], ['accounts', 'accounts_email', 'accounts_pkey']],
  ['ALTER TABLE accounts ALTER COLUMN email SET STATISTICS 500', ['accounts ShareUpdateExclusiveLock'], []],
  ['CREATE INDEX accounts_balance ON accounts (balance)', ['accounts ShareLock'], []],
  ['CREATE INDEX CONCURRENTLY accounts_balance ON accounts (balance)', ['accounts ShareUpdateExclusiveLock'], []],
  ['DROP INDEX accounts_email', ['accounts AccessExclusiveLock'], []],
  ['DROP INDEX CONCURRENTLY accounts_email', ['accounts ShareUpdateExclusiveLock'], []],
  ['REINDEX TABLE accounts', ['accounts ShareLock'], ['accounts_email', 'accounts_pkey']],
  ['VACUUM FULL accounts', ['accounts AccessExclusiveLock'], ['accounts', 'accounts_email', 'accounts_pkey']],
  ['CLUSTER accounts USING accounts_pkey', ['accounts AccessExclusiveLock'], ['accounts', 'accounts_email', 'accounts_pkey']],
  ['TRUNCATE orders', ['orders AccessExclusiveLock'], ['orders', 'orders_pkey']],
  ['DROP TABLE orders CASCADE', ['order_totals AccessExclusiveLock', 'orders AccessExclusiveLock'], []],
  ['UPDATE accounts SET balance = 0', ['accounts RowExclusiveLock'], []],
  ['DELETE FROM orders WHERE total > 100', ['orders RowExclusiveLock'], []],
  ['LOCK TABLE accounts IN SHARE MODE', ['accounts ShareLock'], []],
  ['CREATE TRIGGER t BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()', ['accounts ShareRowExclusiveLock'], []],
  ["COMMENT ON TABLE accounts IS 'people'", ['accounts ShareUpdateExclusiveLock'], []],
  ['REFRESH MATERIALIZED VIEW order_totals', ['order_totals AccessExclusiveLock', 'orders AccessShareLock'], ['order_totals', 'order_totals_account']],
  ['REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals', ['order_totals ExclusiveLock', 'orders AccessShareLock'], []],
  ["ALTER TYPE mood ADD VALUE 'happy'", [], []],
  ['CREATE TABLE fresh (id int PRIMARY KEY REFERENCES accounts (id))', ['accounts ShareRowExclusiveLock', 'fresh AccessExclusiveLock'], []],
];

describe('measured per-statement traces', () => {
  it.each(CASES)('%s', async (sql, locks, rewrites) => {
    const t = await trace(sql);
    if (t.outcome?.statements.at(-1)?.observedFrom !== 'own session' && t.locks === undefined) {
      // A statement that refuses a transaction is watched from a second session; on 200 rows it can
      // end before that session looks, and is then reported as not measured, never as "no locks".
      expect(t.outcome?.statements.at(-1)?.observedFrom).toBeUndefined();
    } else {
      expect(t.locks).toEqual(expect.arrayContaining(locks));
    }
    expect(t.rewrites).toEqual(rewrites);
  });
});

describe('scans and held locks', () => {
  it('sees validation scans, and none for NOT VALID', async () => {
    expect((await trace('ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance > 0)')).scans).toEqual(['accounts 200']);
    expect((await trace('ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance > 0) NOT VALID')).scans).toEqual([]);
    expect((await trace('ALTER TABLE accounts ALTER COLUMN balance SET NOT NULL')).scans).toEqual(['accounts 200']);
    expect((await trace('ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id)')).scans).toContain('orders 300');
    expect((await trace('ALTER TABLE accounts ADD COLUMN flag boolean')).scans).toEqual([]);
  });

  it("holds a transaction-wrapped migration's locks until its commit, and measures how long", async () => {
    const t = await trace('ALTER TABLE accounts ADD COLUMN flag boolean;\nUPDATE accounts SET flag = true;\nSELECT pg_sleep(0.05);');
    const held = t.outcome?.heldAtCommit.find((h) => h.relation.endsWith('.accounts'));
    expect(held).toMatchObject({ mode: 'AccessExclusiveLock', since: 0 });
    const statements = t.outcome?.statements ?? [];
    expect(held?.heldMs).toBeGreaterThanOrEqual(statements.reduce((sum, s) => sum + s.durationMs, 0));
    expect(held?.heldMs).toBeGreaterThanOrEqual(50);
    // The UPDATE's own lock is weaker than what the file already holds: reported, not double counted.
    expect(statements[1]?.locks?.filter((l) => l.kind === 'table').map((l) => l.mode)).toEqual(['RowExclusiveLock']);
  });

  it('releases each lock at its statement when the framework runs statements on their own', async () => {
    const t = await trace('ALTER TABLE accounts ADD COLUMN flag boolean;\nSELECT pg_sleep(0.05);', 'none');
    const held = t.outcome?.heldAtCommit.filter((h) => h.relation.endsWith('.accounts')) ?? [];
    expect(held).toHaveLength(1);
    // Released when the ALTER's own transaction ended, before the sleep that follows it.
    expect(held[0]?.heldMs).toBeLessThan(t.outcome?.statements[1]?.durationMs ?? 0);
  });
});
