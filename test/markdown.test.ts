import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoRepo } from '../src/cli/demo.js';
import { reviewLocal } from '../src/cli/localReview.js';
import { resolveConfig } from '../src/config/resolve.js';
import { discoverMigrations } from '../src/discover/discover.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { summaryOf } from '../src/render/summary.js';
import type { Review } from '../src/review/types.js';
import { runReview } from '../src/review/run.js';
import { RULE_NAMES } from '../src/rules/index.js';
import { MemorySource } from '../src/source/memory.js';
import { testSandbox } from './support/postgres.js';

/** Timings and commit ids change from run to run; everything else must not. */
function stable(markdown: string): string {
  return (
    markdown
      .replace(/\b[0-9a-f]{40}\b/g, '<sha>')
      .replace(/`[0-9a-f]{7}`/g, '`<sha>`')
      .replace(/\d[\d.,]*–\d[\d.,]* (ms|s|min|h)\b/g, '<range>')
      // Whether the larger size ran slower is measured too.
      .replace(
        /scaled per row and per MB, by the larger size’s rate and by the rate between the two sizes|the larger size was no slower, so no fit: scaled by each size’s own rate per row and per MB/g,
        '<fit>',
      )
      .replace(/\d[\d,]*(\.\d+)? ms\b/g, '<n> ms')
      .replace(/"durationMs":[\d.]+/g, '"durationMs":<n>')
      .replace(/the slowest, .*?, took/g, 'the slowest, <statement>, took')
  );
}

const CORPUS = fileURLToPath(new URL('./fixtures/corpus/', import.meta.url));

async function corpusPullRequest(name: string, last: number): Promise<Review> {
  const all = await MemorySource.fromDirectory(join(CORPUS, name));
  const found = await discoverMigrations(all, all.tree, { paths: null, framework: null });
  const change = new Set(found.migrations.slice(-last).map((m) => m.path));
  const files: Record<string, string> = {};
  for (const f of all.tree.files) files[f.path] = (await all.readBlob(f.sha)).toString('utf8');
  const base = Object.fromEntries(Object.entries(files).filter(([p]) => !change.has(p)));
  const preamble = '_preamble.sql' in files ? { postgres: { preamble: '_preamble.sql' } } : {};
  const config = resolveConfig({ data: { rows: 1000 }, ...preamble }, RULE_NAMES);
  if (!config.ok) throw new Error(config.errors.join());
  return runReview({
    source: MemorySource.pullRequest(base, files),
    subject: { title: `${name}: the last ${last} migrations`, baseSha: 'base', headSha: 'head' },
    changedFiles: [...change].map((path) => ({ path, status: 'added' as const })),
    config: config.config,
    sandbox: testSandbox(),
  });
}

describe('the review comment, as people read it', () => {
  it('for the seed example (group_invites)', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'dba-md-'));
    try {
      const repo = join(tmp, 'demo');
      const review = await reviewLocal({ repo, ...(await buildDemoRepo(repo)), sandbox: testSandbox() });
      expect(stable(renderMarkdown(review))).toMatchSnapshot();
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });

  it.each([
    ['marquez', 3],
    ['measure', 4],
  ])(
    'for a corpus pull request: %s, last %i migrations',
    async (name, last) => {
      expect(stable(renderMarkdown(await corpusPullRequest(name, last)))).toMatchSnapshot();
    },
    120_000,
  );
});

describe('the objective of a pull request', () => {
  it('is the first paragraph of prose in its description, past a template headings and comments', () => {
    // supabase/auth's pull request template, as its commits carry it.
    expect(
      summaryOf('## What kind of change does this PR introduce?\n\nFeature: a per-provider allowlist of custom claims.\n\n## What is the current behavior?'),
    ).toBe('Feature: a per-provider allowlist of custom claims.');
    expect(summaryOf('<!-- Describe the change -->\n## Summary\nThis migration was added in #2300,\nnow renamed.\n\nMore.')).toBe(
      'This migration was added in #2300, now renamed.',
    );
    expect(summaryOf('#hashtag is prose')).toBe('#hashtag is prose');
    expect(summaryOf('## Only a heading\n\n<!-- nothing -->')).toBeUndefined();
    expect(summaryOf(undefined)).toBeUndefined();
  });
});
