import { describe, expect, it } from '@jest/globals';
import { discoverMigrations } from '../src/discover/discover.js';
import { checkHistory } from '../src/discover/history.js';
import type { ChangedFile } from '../src/source/types.js';
import { MemorySource } from '../src/source/memory.js';
import { judgeDetections } from '../src/rules/run.js';

// What a reviewer sees of the detections: their rules' severities.
const judged = (r: { findings: Parameters<typeof judgeDetections>[0] }) => judgeDetections(r.findings, {}).findings;

async function history(base: Record<string, string>, head: Record<string, string>, changed: ChangedFile[] = []) {
  const options = { paths: null, framework: null };
  const [b, h] = await Promise.all(
    [base, head].map(async (files) => {
      const source = new MemorySource(files);
      return discoverMigrations(source, source.tree, options);
    }),
  );
  return checkHistory(b as never, h as never, changed);
}

const brief = (r: Awaited<ReturnType<typeof history>>) => ({
  pending: r.pending.map((m) => m.path),
  findings: judged(r).map((f) => `${f.severity} ${f.ruleId} ${f.file}`),
});

const FLYWAY = 'db/migration';
const PRISMA = 'prisma/migrations';

describe('what a change does to migration history', () => {
  it('applies only new migrations', async () => {
    const base = { [`${PRISMA}/1_a/migration.sql`]: 'SELECT 1;' };
    const r = await history(base, { ...base, [`${PRISMA}/2_b/migration.sql`]: 'SELECT 2;' });
    expect(brief(r)).toEqual({ pending: [`${PRISMA}/2_b/migration.sql`], findings: [] });
  });

  it('flags an edit of an applied migration and does not re-apply it', async () => {
    const r = await history({ [`${FLYWAY}/V1__a.sql`]: 'SELECT 1;' }, { [`${FLYWAY}/V1__a.sql`]: 'SELECT 1; SELECT 2;' });
    expect(brief(r)).toEqual({ pending: [], findings: [`error migration-edited ${FLYWAY}/V1__a.sql`] });
    expect(r.findings[0]?.message).toContain('Flyway fails validation on the checksum mismatch');
  });

  it.each([
    ['golang-migrate', 'm/1_a.up.sql', '(golang-migrate records it as applied and never runs the edit), while new environments get the edited version.'],
    ['plain files', 'db/migrations/1_a.sql', '(a runner that records applied migrations records it as applied and never runs the edit)'],
  ])('says what %s does with an edit of what runs, and nothing of an edit of comments', async (_label, path, says) => {
    const base = { [path]: 'CREATE TABLE t (id int);' };
    const r = await history(base, { [path]: '-- t holds the jobs\nCREATE TABLE t (id int); /* see #12 */' });
    expect(brief(r)).toEqual({ pending: [], findings: [] });
    const e = await history(base, { [path]: 'CREATE TABLE t (id bigint);' });
    expect(brief(e)).toEqual({ pending: [], findings: [`error migration-edited ${path}`] });
    expect(e.findings[0]?.message).toContain(says);
  });

  it('flags an edit of comments where the framework checks checksums (sqlx)', async () => {
    const path = 'migrations/20240101000000_init.sql';
    const crate = { 'Cargo.toml': '[package]\nname = "app"\n\n[dependencies]\nsqlx = { version = "0.8", features = ["postgres"] }\n' };
    const r = await history({ ...crate, [path]: 'CREATE TABLE t (id int);' }, { ...crate, [path]: '-- t holds the jobs\nCREATE TABLE t (id int);' });
    expect(brief(r)).toEqual({ pending: [], findings: [`error migration-edited ${path}`] });
    expect(r.findings[0]?.message).toBe(
      'This migration is already on the base branch, so production has applied it: the edit does not reach production\'s schema, and sqlx refuses to migrate ("migration … was previously applied but has been modified"), so every deployment that runs migrations at start-up stops there. Put the change in a new migration.',
    );
  });

  it('ignores whitespace-only edits and re-runs a changed Flyway repeatable migration', async () => {
    const r = await history(
      { [`${FLYWAY}/V1__a.sql`]: 'SELECT 1;', [`${FLYWAY}/R__v.sql`]: 'SELECT 1;' },
      { [`${FLYWAY}/V1__a.sql`]: 'SELECT   1;\n', [`${FLYWAY}/R__v.sql`]: 'SELECT 2;' },
    );
    expect(brief(r)).toEqual({ pending: [`${FLYWAY}/R__v.sql`], findings: [] });
  });

  it('flags renamed and deleted applied migrations', async () => {
    const base = { 'db/migrations/1_a.sql': 'SELECT 1;', 'db/migrations/2_b.sql': 'SELECT 2;' };
    const r = await history(base, { 'db/migrations/01_a.sql': 'SELECT 1;' }, [
      { path: 'db/migrations/01_a.sql', status: 'renamed', previousPath: 'db/migrations/1_a.sql' },
      { path: 'db/migrations/2_b.sql', status: 'removed' },
    ]);
    // Plain files have no known runner: whether a rename runs again depends on it.
    expect(brief(r)).toEqual({ pending: [], findings: ['error migration-deleted db/migrations/2_b.sql', 'warning migration-renamed db/migrations/01_a.sql'] });
    expect(r.findings[0]?.message).toContain('a runner that records file names runs it again; one that records numbers does not');
    expect(r.findings[1]?.detached).toBe(true);
  });

  it.each([
    ['Flyway', { [`${FLYWAY}/V1__a.sql`]: 'SELECT 1;', [`${FLYWAY}/V3__c.sql`]: 'SELECT 3;' }, `${FLYWAY}/V2__b.sql`, 'error'],
    ['golang-migrate', { 'm/1_a.up.sql': 'SELECT 1;', 'm/3_c.up.sql': 'SELECT 3;' }, 'm/2_b.up.sql', 'error'],
    ['Prisma', { [`${PRISMA}/1_a/migration.sql`]: 'SELECT 1;', [`${PRISMA}/3_c/migration.sql`]: 'SELECT 3;' }, `${PRISMA}/2_b/migration.sql`, 'warning'],
  ])('flags a %s migration that sorts before applied ones', async (_label, base, added, severity) => {
    const r = await history(base, { ...base, [added]: 'SELECT 2;' });
    expect(brief(r)).toEqual({ pending: [added], findings: [`${severity} migration-out-of-order ${added}`] });
  });

  it('flags a duplicate version', async () => {
    const base = { 'db/migrations/00001_a.sql': '-- +goose Up\nSELECT 1;' };
    const r = await history(base, { ...base, 'db/migrations/00001_b.sql': '-- +goose Up\nSELECT 2;' });
    expect(brief(r).findings).toContain('error duplicate-migration-version db/migrations/00001_b.sql');
  });
});
