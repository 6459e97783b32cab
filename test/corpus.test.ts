import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, posix } from 'node:path';
import { replayBase } from '../src/apply/apply.js';
import type { ApplyUnit } from '../src/apply/types.js';
import { readCatalog } from '../src/catalog/read.js';
import { discoverMigrations } from '../src/discover/discover.js';
import { compareVersions } from '../src/discover/text.js';
import { parseMigration } from '../src/parse/statements.js';
import { freshDatabase, testSandbox } from './support/postgres.js';
import { bundledMajor } from '../src/sandbox/embeddedVersions.js';
import { resolveConfig } from '../src/config/resolve.js';
import { runReview } from '../src/review/run.js';
import { RULE_NAMES } from '../src/rules/index.js';
import { MemorySource } from '../src/source/memory.js';
import { unexpectedCounts } from './corpus/findings.js';

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
  /** The notes discovery gives, each matched by one pattern in order (none unless stated). */
  notes?: RegExp[];
}

const ascending = (versions: string[], compare: (a: string, b: string) => number) =>
  versions.every((v, i) => i === 0 || compare(versions[i - 1] as string, v) < 0);

/** The files of a pop folder whose names match, by version. */
const popFiles = (folder: string, dialect: RegExp) => {
  const byVersion = new Map<string, string[]>();
  for (const f of readdirSync(folder).filter((n) => dialect.test(n))) {
    const version = f.split('_')[0] as string;
    byVersion.set(version, [...(byVersion.get(version) ?? []), f]);
  }
  return byVersion;
};

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
  {
    name: 'crates-io',
    framework: 'diesel',
    set: 'migrations',
    count: 285,
    downs: 285,
    order: (paths, versions) => {
      expect(paths[0]).toBe('migrations/00000000000000_diesel_initial_setup/up.sql');
      expect(paths.at(-1)).toBe('migrations/2026-07-30-140000-0000_add_users_username_index/up.sql');
      expect(paths.every((p) => /^migrations\/[^/]+\/up\.sql$/.test(p))).toBe(true);
      // Diesel's version: the folder name up to its first `_`, dashes removed, compared as a string.
      expect(versions).toEqual(paths.map((p) => (p.split('/')[1] as string).split('_')[0]?.replaceAll('-', '')));
      expect(ascending(versions, (a, b) => (a < b ? -1 : a > b ? 1 : 0))).toBe(true);
      expect(versions.indexOf('20140924113530')).toBe(1);
      expect(versions.filter((v) => v.length === 18).length).toBeGreaterThan(0);
    },
    notes: [/^migrations\/data_oauth_github\.sql lies loose in a Diesel migrations folder.*not replayed/],
    tables: 35,
  },
  {
    name: 'hydra',
    framework: 'pop',
    set: 'persistence/sql/migrations',
    count: 228,
    downs: 228,
    order: (paths, versions) => {
      const folder = join(CORPUS, 'hydra', 'persistence/sql/migrations');
      expect(paths[0]).toBe('persistence/sql/migrations/20150101000001000000_networks.postgres.up.sql');
      expect(paths.at(-1)).toBe('persistence/sql/migrations/20260420120000000001_add_nid_subject_idx_to_refresh.autocommit.up.sql');
      // Only PostgreSQL's files, or those with no dialect; never another engine's.
      expect(paths.filter((p) => /\.(mysql|mariadb|sqlite3?|cockroach(db)?|crdb)\./.test(p))).toEqual([]);
      expect(paths.every((p) => p.startsWith('persistence/sql/migrations/') && p.endsWith('.up.sql'))).toBe(true);
      // A version with a `.postgres.` file replays it, not the file with no dialect.
      const postgres = popFiles(folder, /\.postgres\.(autocommit\.)?up\.sql$/);
      expect(postgres.size).toBe(170);
      expect(paths.filter((p) => p.includes('.postgres.'))).toHaveLength(170);
      for (const [version, files] of postgres) expect(files.map((f) => `persistence/sql/migrations/${f}`)).toEqual([paths[versions.indexOf(version)]]);
      // pop orders versions as strings; one migration per version.
      expect(ascending(versions, (a, b) => (a < b ? -1 : a > b ? 1 : 0))).toBe(true);
      expect(versions.every((v) => /^\d{20}$/.test(v))).toBe(true);
    },
    tables: 15,
  },
  {
    name: 'zero2prod',
    framework: 'sqlx',
    set: 'migrations',
    count: 13,
    downs: 0,
    order: (paths, versions) => {
      expect(paths[0]).toBe('migrations/20200823135036_create_subscriptions_table.sql');
      expect(paths.at(-1)).toBe('migrations/20220313191254_create_issue_delivery_queue_table.sql');
      // sqlx orders by the version as an i64.
      expect(ascending(versions, (a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0))).toBe(true);
      expect([...paths].sort()).toEqual(paths);
    },
    tables: 6,
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
    expect(found.notes).toEqual((c.notes ?? []).map((pattern) => expect.stringMatching(pattern)));
    expect(new Set(found.migrations.map((m) => `${m.framework} ${m.set}`))).toEqual(new Set([`${c.framework} ${c.set}`]));
    expect(found.migrations).toHaveLength(c.count);
    expect(found.migrations.filter((m) => m.down).length).toBe(c.downs);
    c.order(
      found.migrations.map((m) => m.path),
      found.migrations.map((m) => m.version),
    );

    const preamblePath = join(CORPUS, c.name, '_preamble.sql');
    const preamble: ApplyUnit | null = existsSync(preamblePath)
      ? {
          migration: { key: '_preamble.sql', path: '_preamble.sql', framework: 'plain', transaction: 'none' },
          parsed: await parseMigration('_preamble.sql', await readFile(preamblePath, 'utf8')),
        }
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
        if (c.tables) expect(Object.keys((await readCatalog(env.client)).tables)).toHaveLength(c.tables);
      }
    } finally {
      await env.close();
    }
  });
});

describe('the rule set over each history', () => {
  // The last migrations of each history reviewed as a pull request on top of the rest; what the
  // rules find there is counted against ./corpus/findings.ts.
  const PR_SIZE = 25;
  it.each(CASES)(
    '$name: the last migrations reviewed as a change, every rule run',
    async (c) => {
      const all = await MemorySource.fromDirectory(join(CORPUS, c.name));
      const found = await discoverMigrations(all, all.tree, { paths: null, framework: null });
      const last = found.migrations.slice(-PR_SIZE);
      const change = new Set(last.map((m) => m.path));
      // A pull request adds each migration with the files of its version that its framework sets
      // aside beside it (pop's other dialects, and its file for every dialect where a `.postgres.`
      // one wins): left in the base, they would make a history no commit had, one whose version
      // runs the file written for CockroachDB and MySQL.
      for (const m of last) for (const f of found.leftOut) if (f.path.startsWith(`${posix.dirname(m.path)}/${m.version}_`)) change.add(f.path);
      const files: Record<string, string> = {};
      for (const f of all.tree.files) files[f.path] = (await all.readBlob(f.sha)).toString('utf8');
      const base = Object.fromEntries(Object.entries(files).filter(([p]) => !change.has(p)));
      const source = MemorySource.pullRequest(base, files);
      const preamble = existsSync(join(CORPUS, c.name, '_preamble.sql')) ? '_preamble.sql' : null;
      const config = resolveConfig({ data: { rows: 1000 }, ...(preamble ? { postgres: { preamble } } : {}) }, RULE_NAMES);
      if (!config.ok) throw new Error(config.errors.join('; '));
      const review = await runReview({
        source,
        subject: { title: c.name, baseSha: 'base', headSha: 'head' },
        changedFiles: [...change].map((path) => ({ path, status: 'added' as const })),
        config: config.config,
        sandbox: testSandbox(),
      });
      if (c.failsAt) expect(review.findings.some((f) => f.ruleId === 'migration-failed' && f.message.includes(c.failsAt?.message ?? ''))).toBe(true);
      else expect({ outcome: review.outcome, problems: review.problems }).toMatchObject({ outcome: 'reviewed' });
      const counts: Record<string, number> = {};
      for (const f of review.findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
      const lines = Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .map(([id, n]) => `${String(n).padStart(4)} ${id}`);
      process.stdout.write(
        `\n${c.name}: ${review.findings.length} findings over its last ${PR_SIZE} migrations (${review.durationMs} ms)\n${lines.join('\n')}\n`,
      );
      // A count that is off says which findings it counted: a flaky one can be told from a real change.
      const off = unexpectedCounts(c.name, counts);
      const counted = (line: string) => review.findings.filter((f) => line.startsWith(`${f.ruleId}:`)).map((f) => `  ${f.file}:${f.line} ${f.message}`);
      expect(off.flatMap((line) => [line, ...counted(line)])).toEqual([]);
      expect(review.findings.every((f) => f.line >= 1 && f.file.length > 0)).toBe(true);
      // What ran is the history as found (for hydra: no file written for another engine).
      const paths = new Set(found.migrations.map((m) => m.path));
      expect(review.files.map((f) => f.path).filter((p) => !paths.has(p))).toEqual([]);
      if (!c.failsAt) expect(review.files.map((f) => f.path)).toEqual(last.map((m) => m.path));
    },
    300_000,
  );
});
