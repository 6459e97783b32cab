import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { reviewLocal } from '../src/cli/localReview.js';
import { testSandbox } from './support/postgres.js';

let tmp: string;
beforeAll(async () => (tmp = await mkdtemp(join(tmpdir(), 'dba-down-'))));
afterAll(async () => rm(tmp, { recursive: true, force: true }));

async function review(name: string, files: Record<string, string>) {
  const repo = join(tmp, name);
  await buildGitRepo(repo, [
    {
      branch: 'main',
      message: 'base',
      files: { 'db/migrations/00001_base.sql': '-- +goose Up\nCREATE TABLE accounts (id int PRIMARY KEY);\n-- +goose Down\nDROP TABLE accounts;\n' },
    },
    { branch: 'feature', message: 'change', files },
  ]);
  return reviewLocal({ repo, base: 'main', head: 'feature', sandbox: testSandbox() });
}

const brief = (r: Awaited<ReturnType<typeof review>>) =>
  r.findings.filter((f) => f.ruleId.startsWith('down-')).map((f) => `${f.ruleId} ${f.file}:${f.line}: ${f.message}`);

describe('reversibility: up, then down, gives back the schema', () => {
  it('finds nothing when the down undoes the up', async () => {
    const r = await review('clean', {
      'db/migrations/00002_mood.sql':
        "-- +goose Up\nCREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TABLE accounts ADD COLUMN mood mood;\n-- +goose Down\nALTER TABLE accounts DROP COLUMN mood;\nDROP TYPE mood;\n",
    });
    expect(brief(r)).toEqual([]);
  });

  it('reports what a down leaves behind or does not restore', async () => {
    const r = await review('leaky', {
      'db/migrations/00002_mood.sql':
        "-- +goose Up\nCREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TABLE accounts ADD COLUMN mood mood;\nCREATE INDEX accounts_mood ON accounts (mood);\n-- +goose Down\nALTER TABLE accounts DROP COLUMN mood;\n",
    });
    expect(brief(r)).toEqual([
      'down-migration-incomplete db/migrations/00002_mood.sql:1: Running db/migrations/00002_mood.sql up and then down does not give back the schema it started from: type public.mood left behind.',
    ]);
  });

  it('reports a down that fails, at its line', async () => {
    const r = await review('broken', {
      'db/migrations/00002_drop.sql': '-- +goose Up\nALTER TABLE accounts ADD COLUMN note text;\n-- +goose Down\nALTER TABLE accounts DROP COLUMN notes;\n',
    });
    expect(brief(r)).toEqual([
      'down-migration-failed db/migrations/00002_drop.sql:4: The down migration of db/migrations/00002_drop.sql fails right after its up: column "notes" of relation "accounts" does not exist. A rollback in an incident would stop here.',
    ]);
  });

  // Seen on ory/hydra and measure.sh: one incomplete down had been reported again at every older migration.
  it('tells what a newer down left once, at that down, and a down whose up changed nothing', async () => {
    const r = await review('cascade', {
      'db/migrations/00002_note.sql': '-- +goose Up\nALTER TABLE accounts ADD COLUMN note text;\n-- +goose Down\nALTER TABLE accounts DROP COLUMN note;\n',
      'db/migrations/00003_backfill.sql': "-- +goose Up\nUPDATE accounts SET note = 'x';\n-- +goose Down\nSELECT 1;\n",
      'db/migrations/00004_comment.sql': "-- +goose Up\nCOMMENT ON TABLE accounts IS 'the customers';\n-- +goose Down\nSELECT 1;\n",
      'db/migrations/00005_drop_index.sql':
        '-- +goose Up\nDROP INDEX IF EXISTS accounts_note_index;\n-- +goose Down\nCREATE INDEX accounts_note_idx ON accounts (note);\n',
    });
    expect(brief(r)).toEqual([
      'down-migration-incomplete db/migrations/00005_drop_index.sql:1: db/migrations/00005_drop_index.sql changes no schema here, but its down does: index public.accounts index accounts_note_idx left behind. Check that the up does what the down undoes (a name it drops IF EXISTS may not be the one PostgreSQL gave).',
      'down-migration-incomplete db/migrations/00004_comment.sql:1: Running db/migrations/00004_comment.sql up and then down does not give back the schema it started from: table public.accounts left changed (comment: none -> the customers).',
    ]);
  });
});
