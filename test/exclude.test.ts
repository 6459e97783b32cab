import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPaths, lintFiles } from '../src/cli/lint.js';
import { resolveConfig } from '../src/config/resolve.js';
import { RULE_NAMES } from '../src/rules/index.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { reviewCase } from './rules/harness.js';

// migrations.exclude: files under it are not migrations, wherever a layout would find them, and the review says which it left out.
const BASE = { 'db/migrations/001_accounts.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n' };
const LEGACY = 'db/migrations/legacy/0001_old_dump.sql';
const exclude = { migrations: { exclude: ['db/migrations/legacy/**'] } };

describe('migrations.exclude', () => {
  it('leaves an excluded folder out of the review, and the objective names what it left out', async () => {
    const review = await reviewCase({
      base: BASE,
      head: { [LEGACY]: 'CREATE TABLE legacy_dump (id int);\n', 'db/migrations/002_email.sql': 'ALTER TABLE accounts ADD COLUMN name text;\n' },
      config: exclude,
    });
    expect(review.problems).toEqual([]);
    expect(review.excluded).toEqual([LEGACY]);
    expect(review.changedMigrations.map((c) => c.path)).toEqual(['db/migrations/002_email.sql']);
    expect(review.findings.filter((f) => f.file === LEGACY)).toEqual([]);
    expect(review.files.map((f) => f.path)).toEqual(['db/migrations/002_email.sql']);
    const objective = renderMarkdown(review).split('### Objective\n')[1]?.split('\n###')[0] ?? '';
    expect(objective).toContain(`- Left out by \`migrations.exclude\`: \`${LEGACY}\`.`);
    expect(JSON.parse(renderJson(review)).excluded).toEqual([LEGACY]);
  });

  it('without it, the same file is reviewed (and its table without a primary key found)', async () => {
    const review = await reviewCase({ base: BASE, head: { [LEGACY]: 'CREATE TABLE legacy_dump (id int);\n' } });
    expect(review.excluded).toEqual([]);
    expect(review.findings.filter((f) => f.file === LEGACY).map((f) => f.ruleId)).toContain('table-without-primary-key');
  });

  it('a change to excluded files only has no migration changes, and says which it left out', async () => {
    const review = await reviewCase({ base: BASE, head: { [LEGACY]: 'CREATE TABLE legacy_dump (id int);\n' }, config: exclude });
    expect(review.outcome).toBe('no-migrations');
    expect(renderMarkdown(review)).toContain(`Left out by \`migrations.exclude\`: \`${LEGACY}\`.`);
  });
});

describe('migrations.exclude in lint', () => {
  it('skips the excluded files a folder or glob names, as the review does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dba-exclude-lint-'));
    try {
      await mkdir(join(dir, 'db/migrations/legacy'), { recursive: true });
      await writeFile(join(dir, LEGACY), 'CREATE TABLE legacy_dump (id int);\n');
      await writeFile(join(dir, 'db/migrations/002_t.sql'), 'CREATE TABLE t (id int);\n');
      const paths = await expandPaths(['db'], dir);
      expect(paths.sort()).toEqual(['db/migrations/002_t.sql', LEGACY]);
      const lintWith = async (raw: unknown) => {
        const config = resolveConfig(raw, RULE_NAMES);
        if (!config.ok) throw new Error(config.errors.join('; '));
        const { findings } = await lintFiles(paths, dir, config.config);
        return [...new Set(findings.filter((f) => f.ruleId === 'table-without-primary-key').map((f) => f.file))].sort();
      };
      expect(await lintWith(exclude)).toEqual(['db/migrations/002_t.sql']);
      expect(await lintWith({})).toEqual(['db/migrations/002_t.sql', LEGACY]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
