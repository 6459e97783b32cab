import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { replayBase, type ApplyUnit } from '../src/apply/apply.js';
import { snapshotCatalog } from '../src/catalog/snapshot.js';
import { discoverMigrations } from '../src/discover/discover.js';
import { compareVersions } from '../src/discover/text.js';
import { parseMigration } from '../src/parse/statements.js';
import { freshDatabase, testSandbox } from './support/postgres.js';
import { bundledMajor } from '../src/sandbox/embeddedVersions.js';
import { resolveConfig } from '../src/config/resolve.js';
import { runReview } from '../src/review/run.js';
import { MemorySource } from '../src/source/memory.js';

// Real migration histories (copied from ../shared/corpus with each one's SOURCE.md and license, so
// the suite needs nothing beside the repository), replayed with no configuration: auto-detection
// must find and order each one as its framework would.
const CORPUS = fileURLToPath(new URL('./fixtures/corpus/', import.meta.url));

interface Expectation {
  name: string;
  framework: string;
  set: string;
  count: number;
  downs: number;
  /** Another check of the order, beyond the framework's own rule. */
  order: (paths: string[], versions: string[]) => void;
  /** The replay stops here (a platform prerequisite the sandbox cannot provide). */
  failsAt?: { file: string; message: string };
  tables?: number;
}

const ascending = (versions: string[], compare: (a: string, b: string) => number) => versions.every((v, i) => i === 0 || compare(versions[i - 1] as string, v) < 0);

const CASES: Expectation[] = [
  {
    name: 'trigger-dev',
    framework: 'prisma',
    set: 'internal-packages/database/prisma/migrations',
    count: 820,
    downs: 0,
    order: (paths) => {
      expect(paths[0]).toContain('20221206131204_init');
      expect(paths.at(-1)).toContain('/20260818120100_');
    },
    tables: 86,
  },
  {
    name: 'marquez',
    framework: 'flyway',
    set: 'api/src/main/resources/marquez/db/migration',
    count: 84,
    downs: 0,
    order: (paths, versions) => {
      const versioned = versions.filter((v) => v !== 'R');
      expect(versioned).toHaveLength(81);
      expect(ascending(versioned, compareVersions)).toBe(true);
      expect(versions.slice(-3)).toEqual(['R', 'R', 'R']);
      expect(paths.slice(-3).map((p) => p.split('/').pop())).toEqual(['R__Datasets_view.sql', 'R__Jobs_view_and_rewrite_function.sql', 'R__Runs_view.sql']);
      expect(versions.indexOf('2.1')).toBe(versions.indexOf('2') + 1);
    },
  },
  {
    name: 'measure',
    framework: 'dbmate',
    set: 'self-host/postgres',
    count: 72,
    downs: 72,
    order: (paths) => expect([...paths].sort()).toEqual(paths),
    tables: 25,
  },
  {
    name: 'openmeter',
    framework: 'golang-migrate',
    set: 'tools/migrate/migrations',
    count: 269,
    downs: 269,
    order: (_paths, versions) => expect(ascending(versions, compareVersions)).toBe(true),
  },
  {
    name: 'chatbot-ui',
    framework: 'supabase',
    set: 'supabase/migrations',
    count: 25,
    downs: 0,
    order: (_paths, versions) => expect(ascending(versions, compareVersions)).toBe(true),
    failsAt: { file: 'supabase/migrations/20240108234540_setup.sql', message: 'extension "http" is not available' },
  },
];

describe('the corpus of real histories', () => {
  it.each(readdirSync(CORPUS))('%s carries where it came from and its license', (name) => {
    const files = readdirSync(join(CORPUS, name));
    expect(files).toContain('SOURCE.md');
    expect(files.some((f) => /^licen[cs]e/i.test(f))).toBe(true);
  });

  it.each(CASES)('$name: found, ordered and replayed with no configuration', async (c) => {
    const source = await MemorySource.fromDirectory(join(CORPUS, c.name));
    const found = await discoverMigrations(source, source.tree, { paths: null, framework: null });
    expect(found.notes).toEqual([]);
    expect(new Set(found.migrations.map((m) => `${m.framework} ${m.set}`))).toEqual(new Set([`${c.framework} ${c.set}`]));
    expect(found.migrations).toHaveLength(c.count);
    expect(found.migrations.filter((m) => m.down).length).toBe(c.downs);
    c.order(
      found.migrations.map((m) => m.path),
      found.migrations.map((m) => m.version),
    );

    const preamblePath = join(CORPUS, c.name, '_preamble.sql');
    const preamble: ApplyUnit | null = existsSync(preamblePath)
      ? { migration: { key: '_preamble.sql', path: '_preamble.sql', framework: 'plain', transaction: 'none' }, parsed: await parseMigration('_preamble.sql', await readFile(preamblePath, 'utf8')) }
      : null;
    const units: ApplyUnit[] = [];
    for (const m of found.migrations) units.push({ migration: m, parsed: await parseMigration(m.path, m.up) });
    expect([preamble, ...units].filter((u) => u && !u.parsed.ok).map((u) => u?.migration.path)).toEqual([]);

    // The preamble runs as the app runs it: with superuser rights, the history after it without.
    const env = await freshDatabase(async (db) => {
      if (preamble) expect((await db.asSuperuser((client) => replayBase(client, [preamble], bundledMajor()))).failure).toBeUndefined();
    });
    try {
      const replay = await replayBase(env.client, units, env.major);
      if (c.failsAt) {
        expect(replay.failure).toMatchObject({ file: c.failsAt.file, error: { message: expect.stringContaining(c.failsAt.message) } });
      } else {
        expect(replay.failure).toBeUndefined();
        expect(replay.statements).toBeGreaterThan(c.count);
        if (c.tables) expect(Object.keys((await snapshotCatalog(env.client)).tables)).toHaveLength(c.tables);
      }
    } finally {
      await env.close();
    }
  });
});

describe('the rule set over each history', () => {
  // The last migrations of each history reviewed as a pull request on top of the rest.
  const PR_SIZE = 25;
  it.each(CASES)('$name: the last migrations reviewed as a change, every rule run', async (c) => {
    const all = await MemorySource.fromDirectory(join(CORPUS, c.name));
    const found = await discoverMigrations(all, all.tree, { paths: null, framework: null });
    const change = new Set(found.migrations.slice(-PR_SIZE).map((m) => m.path));
    const files: Record<string, string> = {};
    for (const f of all.tree.files) files[f.path] = (await all.readBlob(f.sha)).toString('utf8');
    const base = Object.fromEntries(Object.entries(files).filter(([p]) => !change.has(p)));
    const source = MemorySource.pullRequest(base, files);
    const preamble = existsSync(join(CORPUS, c.name, '_preamble.sql')) ? '_preamble.sql' : null;
    const config = resolveConfig({ data: { rows: 1000 }, ...(preamble ? { postgres: { preamble } } : {}) });
    if (!config.ok) throw new Error(config.errors.join('; '));
    const review = await runReview({
      source,
      subject: { title: c.name, baseSha: 'base', headSha: 'head' },
      changedFiles: [...change].map((path) => ({ path, status: 'added' as const })),
      config: config.config,
      sandbox: testSandbox(),
    });
    if (c.failsAt) expect(review.findings.some((f) => f.ruleId === 'migration-failed' && f.message.includes(c.failsAt?.message ?? ''))).toBe(true);
    else expect(review.outcome).toBe('reviewed');
    const counts: Record<string, number> = {};
    for (const f of review.findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
    const lines = Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([id, n]) => `${String(n).padStart(4)} ${id}`);
    process.stdout.write(`\n${c.name}: ${review.findings.length} findings over its last ${PR_SIZE} migrations (${review.durationMs} ms)\n${lines.join('\n')}\n`);
    expect(review.findings.every((f) => f.line >= 1 && f.file.length > 0)).toBe(true);
  }, 300_000);
});
