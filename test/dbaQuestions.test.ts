import { describe, expect, it } from '@jest/globals';
import { questions, security } from '../src/render/sections.js';
import { changeFacts } from '../src/review/facts.js';
import { reviewCase } from './rules/harness.js';
import { exportOf, tableStatsOf } from './support/productionStats.js';

// The DBA's questions answered from facts: who writes a new table (from the roles the base grants),
// the policy an owner-like column calls for, and how a child table grows with its parent (from
// production statistics when the review has them, else the data settings).
const SETUP = [
  'CREATE ROLE dq_writer;',
  'CREATE ROLE dq_reader;',
  'CREATE TABLE groups (id bigint PRIMARY KEY, name text);',
  'GRANT SELECT, INSERT, UPDATE, DELETE ON groups TO dq_writer;',
  'GRANT SELECT ON groups TO dq_reader;',
].join('\n');
const CHANGE =
  'CREATE TABLE memberships (id bigserial PRIMARY KEY, group_id bigint NOT NULL REFERENCES groups, user_id uuid NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\nCREATE INDEX memberships_group_id ON memberships (group_id);';

const groups = (exportedAt: string, reltuples: number) => exportOf(exportedAt, [tableStatsOf('groups', reltuples)]);

describe("the DBA's remaining questions, answered in the comment", () => {
  it('gives least-privilege grants from the roles found, an RLS skeleton, and growth from production statistics', async () => {
    // In a base migration, not the superuser's setup: roles are the shared test server's, and the review role administers those it makes.
    const review = await reviewCase({
      base: { 'db/migrations/001_base.sql': SETUP },
      sql: CHANGE,
      config: { data: { rows: 50, tables: { groups: 50, memberships: 250 } } },
    });
    expect(review.problems).toEqual([]);
    review.productionStats = [groups('2026-09-01T00:00:00Z', 10_000_000), groups('2026-11-01T00:00:00Z', 16_000_000)];
    const facts = changeFacts(review);
    expect(security(facts).split('\n')).toEqual([
      '- `memberships`: row level security is off; no privileges granted beyond its owner.',
      '- Who writes `memberships`: only its owner can use it yet. Least privilege, from the roles the base grants on other tables: `GRANT SELECT, INSERT, UPDATE, DELETE ON public.memberships TO dq_writer;` `GRANT USAGE ON SEQUENCE public.memberships_id_seq TO dq_writer;` `GRANT SELECT ON public.memberships TO dq_reader;`',
      "- `memberships` says whose each row is but has no row level security: if more than one user or tenant reaches it through the same role, a policy keeps their rows apart: `ALTER TABLE public.memberships ENABLE ROW LEVEL SECURITY;` `CREATE POLICY memberships_by_user_id ON public.memberships USING (user_id = current_setting('app.user_id')::uuid) WITH CHECK (user_id = current_setting('app.user_id')::uuid);`",
    ]);
    // 6,000,000 more groups in 61 days; 5 memberships per group as the data settings model it.
    expect(questions(facts).split('\n')).toEqual([
      "- If `memberships` is read by `created_at` ranges: rows arrive in `created_at` order (its default is the insert time), so a BRIN index serves them at a fraction of a B-tree's size: `CREATE INDEX memberships_created_at_brin ON public.memberships USING brin (created_at);` At +14,969,260 rows a month it passes 100,000,000 rows in 7 months, past the size where range partitioning by `created_at` pays (old partitions dropped instead of deleted, smaller indexes): plan it now, as converting a big table later is a rewrite.",
      '- What row growth is expected for `memberships`? It grows with `groups` (16,000,000 rows, +2,993,852 a month in production statistics from 2026-09-01 to 2026-11-01): at 5 rows per `groups` row (data settings), about 14,969,260 new rows a month.',
    ]);
    // Without statistics, the data settings give sizes and no rate.
    delete review.productionStats;
    expect(questions(changeFacts(review))).toContain(
      'It grows with `groups` (50 rows in the data settings; no production statistics give its rate): at 5 rows per `groups` row (data settings), about 250 rows.',
    );
  }, 120_000);

  it('names a placeholder role when the base grants none, and leaves a table with RLS alone', async () => {
    const review = await reviewCase({
      sql: 'CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, account_id bigint NOT NULL);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own ON notes USING (account_id = 1);',
    });
    expect(security(changeFacts(review)).split('\n')).toEqual([
      '- `notes`: row level security is on; no privileges granted beyond its owner.',
      '- Who writes `notes`: only its owner can use it, and the base grants no other role on its tables. If the application connects as another role, grant it just this: `GRANT SELECT, INSERT, UPDATE, DELETE ON public.notes TO app_role;`',
    ]);
  }, 120_000);
});
