import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { applyChanges, replayBase } from '../src/apply/apply.js';
import type { ApplyUnit } from '../src/apply/types.js';
import type { TransactionMode } from '../src/discover/types.js';
import { parseMigration } from '../src/parse/statements.js';
import { freshDatabase } from './support/postgres.js';

let env: Awaited<ReturnType<typeof freshDatabase>>;
beforeEach(async () => (env = await freshDatabase()));
afterEach(async () => env.close());

const parsed = (
  files: Record<string, string>,
  transaction: TransactionMode = 'unknown',
  framework: ApplyUnit['migration']['framework'] = 'plain',
): Promise<ApplyUnit[]> =>
  Promise.all(
    Object.entries(files).map(async ([path, sql]) => ({ migration: { key: path, path, transaction, framework }, parsed: await parseMigration(path, sql) })),
  );

describe('applying migrations', () => {
  it('traces each statement and maps a mid-file error to its line and column', async () => {
    const outcomes = await applyChanges(
      env.client,
      await parsed({
        '001.sql': 'CREATE TABLE a (id int PRIMARY KEY);\nINSERT INTO a VALUES (1), (2);',
        '002.sql': '-- adds b\nCREATE TABLE b (id int);\n\nINSERT INTO b (id)\n  SELECT nope FROM a;\nCREATE TABLE c (id int);',
        '003.sql': 'CREATE TABLE d (id int);',
      }),
      env.major,
    );
    expect(outcomes.map((o) => [o.path, o.status, o.transactional])).toEqual([
      ['001.sql', 'applied', true],
      ['002.sql', 'failed', true],
      ['003.sql', 'not-run', true],
    ]);
    expect(outcomes[0]?.statements.map((s) => [s.status, s.rowCount])).toEqual([
      ['applied', null],
      ['applied', 2],
    ]);
    const failed = outcomes[1]?.statements;
    expect(failed?.map((s) => s.status)).toEqual(['rolled-back', 'failed', 'not-run']);
    expect(failed?.[1]?.error).toMatchObject({ message: 'column "nope" does not exist', code: '42703', position: { line: 5, column: 10 } });
    // The failed file's transaction was rolled back: b does not exist, a does.
    const { rows } = await env.client.query("SELECT to_regclass('b') AS b, to_regclass('a') AS a");
    expect(rows[0]).toEqual({ a: 'a', b: null });
  });

  it('places an error Postgres gives no position for at its statement', async () => {
    const outcomes = await applyChanges(
      env.client,
      await parsed({ '001.sql': 'CREATE TABLE b (id int);\n\nALTER TABLE b\n  ADD COLUMN a_id int REFERENCES missing (id);' }),
      env.major,
    );
    expect(outcomes[0]?.statements[1]?.error).toMatchObject({ message: 'relation "missing" does not exist', code: '42P01', position: { line: 3, column: 1 } });
  });

  it('runs statements that refuse a transaction block one by one', async () => {
    const outcomes = await applyChanges(
      env.client,
      await parsed({ '001.sql': 'CREATE TABLE t (id int);\nCREATE INDEX CONCURRENTLY t_id ON t (id);\nDROP INDEX CONCURRENTLY t_id;' }),
      env.major,
    );
    expect(outcomes[0]).toMatchObject({ status: 'applied', transactional: false });
    expect(outcomes[0]?.statements.every((s) => s.status === 'applied' && s.durationMs > 0)).toBe(true);
  });

  it('leaves transaction control to a file that writes its own BEGIN and COMMIT', async () => {
    const outcomes = await applyChanges(env.client, await parsed({ '001.sql': 'BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;' }), env.major);
    expect(outcomes[0]).toMatchObject({ status: 'applied', transactional: false });
  });

  it('stops at a file that does not parse and says where', async () => {
    const outcomes = await applyChanges(
      env.client,
      await parsed({ '001.sql': 'CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN;', '002.sql': 'SELECT 1;' }),
      env.major,
    );
    expect(outcomes[0]).toMatchObject({ status: 'failed', parseError: { position: { line: 2, column: 25 } } });
    expect(outcomes[1]?.status).toBe('not-run');
  });

  it.each([
    // [framework transaction mode, file, runs in one transaction here, statements production would refuse]
    ['wrapped', 'CREATE TABLE u (id int);\nCREATE INDEX CONCURRENTLY t_id ON t (id);', false, [1]],
    ['wrapped', 'CREATE INDEX CONCURRENTLY t_id ON t (id);', false, [0]],
    ['implicit', 'CREATE INDEX CONCURRENTLY t_id ON t (id);', false, []],
    ['implicit', 'CREATE TABLE u (id int);\nCREATE INDEX CONCURRENTLY t_id ON t (id);', false, [1]],
    ['implicit', 'CREATE TABLE u (id int);\nCREATE INDEX t_id ON t (id);', true, []],
    ['auto', 'CREATE INDEX CONCURRENTLY t_id ON t (id);', false, []],
    ['auto', 'CREATE TABLE u (id int);\nCREATE INDEX CONCURRENTLY t_id ON t (id);', false, [1]],
    ['none', 'CREATE TABLE u (id int);\nCREATE INDEX CONCURRENTLY t_id ON t (id);', false, []],
    ['none', 'CREATE TABLE u (id int);', false, []],
    ['unknown', 'CREATE TABLE u (id int);', true, []],
  ] as const)('runs a %s migration as its framework would: %j', async (mode, sql, transactional, incompatible) => {
    await env.client.query('CREATE TABLE t (id int)');
    const [outcome] = await applyChanges(env.client, await parsed({ 'm.sql': sql }, mode), env.major);
    expect(outcome).toMatchObject({ status: 'applied', transactional, incompatible });
  });

  it('replays a base history and reports where it breaks', async () => {
    const ok = await replayBase(
      env.client,
      await parsed({ '1.sql': 'CREATE TABLE a (id int);', '2.sql': 'CREATE INDEX CONCURRENTLY a_id ON a (id);' }),
      env.major,
    );
    expect(ok).toMatchObject({ files: 2, statements: 2 });
    expect(ok.failure).toBeUndefined();
    const broken = await replayBase(env.client, await parsed({ '3.sql': 'CREATE TABLE b (id int);\n\nCREATE TABLE a (id int);' }), env.major);
    expect(broken.failure).toMatchObject({ file: '3.sql', error: { message: 'relation "a" already exists', position: { line: 3, column: 1 } } });
  });
});
