import picomatch from 'picomatch';
import PQueue from 'p-queue';
import type { RepoSource, TreeFile, TreeListing } from '../source/types.js';
import { historyEngine, sqlDialect } from './engine.js';
import { findHostLanguageMigrations } from './hostLanguage.js';
import { CONTENT_LAYOUTS, LAYOUTS, PATH_LAYOUTS } from './layouts/index.js';
import { basename, byteCompare, dirname } from './text.js';
import type { BuildContext, Discovery, FrameworkId, Layout, LeftOut, Migration, UnknownEngine } from './types.js';

export interface DiscoverOptions {
  /** Globs that restrict which files may be migrations; null: find them anywhere. */
  paths: string[] | null;
  /** Globs of files that are never migrations, wherever they are. */
  exclude?: string[];
  /** Force one layout instead of detecting it. */
  framework: FrameworkId | null;
}

/** Files larger than this are reported and not replayed. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
const MAX_SNIFFED = 5000;
const IGNORED = /(^|\/)(node_modules|vendor|\.git)\//;
// Where content-marked layouts (goose, dbmate, ...) keep files: numbered names or migration-ish folders.
const SNIFF_WORTHY = (path: string) => /^\d/.test(basename(path)) || /(^|\/)(migrations?|migrate|changelogs?|liquibase|db|sql|schema)\//i.test(path);

/** The usual places for plain numbered SQL files, when no framework claims them. */
const DEFAULT_MIGRATION_GLOBS = [
  '**/migrations/**/*.sql',
  '**/migrate/**/*.sql',
  'prisma/migrations/*/migration.sql',
  'supabase/migrations/*.sql',
  'db/**/*.sql',
];

type Sets = Map<string, { layout: Layout; root: string; files: TreeFile[] }>;

function group(sets: Sets, layout: Layout, root: string, file: TreeFile) {
  const key = `${root}\0${layout.id}`;
  const entry = sets.get(key) ?? { layout, root, files: [] };
  entry.files.push(file);
  sets.set(key, entry);
}

/** Freezes a discovery whole: one is shared by every review of its commit, so none may change it for the others. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) frozen(v);
  }
  return value;
}

// A listing names its files by blob SHA, and a blob's content never changes: for one listing (the
// app's tree cache gives every review of a commit the same one) and the same options, discovery
// is the same, so reviews of one commit (its pushes, every pull request on one base) share it.
const discovered = new WeakMap<TreeListing, Map<string, Promise<Discovery>>>();

/**
 * Turns a commit's tree into ordered migrations: which framework's layout each history follows
 * (by content markers, then path shapes, then plain numbered SQL), in that framework's order,
 * with up and down SQL, version and transaction behaviour.
 */
export function discoverMigrations(source: RepoSource, tree: TreeListing, options: DiscoverOptions): Promise<Discovery> {
  const byOptions = discovered.get(tree) ?? new Map<string, Promise<Discovery>>();
  discovered.set(tree, byOptions);
  const key = JSON.stringify(options);
  let discovery = byOptions.get(key);
  if (!discovery) {
    discovery = discover(source, tree, options).then(frozen);
    byOptions.set(key, discovery);
    // A blob that could not be read this time (the API failing) is read again next time.
    discovery.catch(() => byOptions.delete(key));
  }
  return discovery;
}

async function discover(source: RepoSource, tree: TreeListing, options: DiscoverOptions): Promise<Discovery> {
  const notes: string[] = [];
  const note = (m: string) => {
    if (!notes.includes(m)) notes.push(m);
  };
  if (tree.truncated) note("The repository's file tree was truncated by the API; migrations beyond the cut are not seen.");
  const files = tree.files.filter((f) => !IGNORED.test(f.path));
  const inGlobs = options.paths ? picomatch(options.paths, { dot: true }) : null;
  // Excluded files stay in the tree the layouts read (a journal, a plan), but none is a migration.
  const excluded = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : () => false;
  const candidates = files.filter((f) => !excluded(f.path) && (inGlobs ? inGlobs(f.path) : f.path.toLowerCase().endsWith('.sql')));

  const texts = new Map<string, Promise<string | undefined>>();
  const queue = new PQueue({ concurrency: 16 });
  const text = (file: TreeFile): Promise<string | undefined> => {
    let pending = texts.get(file.path);
    if (!pending) {
      pending = queue.add(async () => {
        const bytes = await source.readBlob(file.sha);
        if (bytes.length > MAX_FILE_BYTES) {
          note(`${file.path} is ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; it was not replayed.`);
          return undefined;
        }
        try {
          return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ' ');
        } catch {
          note(`${file.path} is not UTF-8 text; it was not replayed. Save it as UTF-8.`);
          return undefined;
        }
      }) as Promise<string | undefined>;
      texts.set(file.path, pending);
    }
    return pending;
  };

  const sets: Sets = new Map();
  const claimed = new Set<string>();
  const claimBy = (layout: Layout, pool: TreeFile[]) => {
    for (const [root, owned] of layout.claim?.(pool, files) ?? []) {
      for (const f of owned) {
        if (claimed.has(f.path)) continue;
        claimed.add(f.path);
        group(sets, layout, root, f);
      }
    }
  };

  if (options.framework) {
    const layout = LAYOUTS[options.framework];
    if (layout.claim) claimBy(layout, candidates);
    else for (const f of candidates) group(sets, layout, dirname(f.path), f);
  } else {
    // 1. Content markers: a goose or dbmate file is one wherever it lives.
    const sniffed = candidates.filter((f) => f.path.toLowerCase().endsWith('.sql') && SNIFF_WORTHY(f.path));
    if (sniffed.length > MAX_SNIFFED)
      note(
        `${sniffed.length} SQL files could be migrations; only the first ${MAX_SNIFFED} were read to detect their framework. Set migrations.paths in .github/dba.yml.`,
      );
    const contentLayouts = [...CONTENT_LAYOUTS, LAYOUTS.drizzle];
    await Promise.all(
      sniffed.slice(0, MAX_SNIFFED).map(async (f) => {
        const content = await text(f);
        const layout = content === undefined ? undefined : contentLayouts.find((l) => l.marker?.test(content));
        // A layout that also knows its files by path (Drizzle's journal) claims them with their companions below.
        if (!layout || (layout.claim?.([f], files).size ?? 0) > 0) return;
        const byPath = PATH_LAYOUTS.find((l) => l !== layout && (l.claim?.([f], files).size ?? 0) > 0);
        if (byPath) note(`${f.path} has the path of a ${byPath.label} migration and the markers of a ${layout.label} one; it is read as ${layout.label}.`);
        claimed.add(f.path);
        group(sets, layout, dirname(f.path), f);
      }),
    );
    // 2. Path shapes, most specific first.
    for (const layout of PATH_LAYOUTS)
      claimBy(
        layout,
        candidates.filter((f) => !claimed.has(f.path)),
      );
    // 3. Plain SQL in the usual places (or anywhere the configured globs allow).
    const usual = picomatch(DEFAULT_MIGRATION_GLOBS, { dot: true });
    claimBy(
      LAYOUTS.plain,
      candidates.filter((f) => !claimed.has(f.path) && (inGlobs !== null || usual(f.path))),
    );
  }

  const leftOut: LeftOut[] = [];
  const leaveOut = (path: string, reason: string) => void leftOut.push({ path, reason });
  const ctx: BuildContext = { text, tree: files, note, leaveOut };
  const migrations: Migration[] = [];
  const unknownEngine: UnknownEngine[] = [];
  for (const [, { layout, root, files: owned }] of [...sets.entries()].sort(([a], [b]) => byteCompare(a, b))) {
    // Only PostgreSQL is replayed: another engine's history is listed, never built.
    const engine = await historyEngine(layout, root, ctx);
    if (engine && engine.engine !== 'PostgreSQL') {
      for (const f of owned) if (f.path.toLowerCase().endsWith('.sql')) leaveOut(f.path, `${engine.engine} (${engine.evidence})`);
      continue;
    }
    const built = await layout.build(root, owned, ctx);
    if (!engine) {
      unknownEngine.push({ set: root, framework: layout.id });
      for (const m of [...built]) {
        const other = await sqlDialect(m.path, m.up);
        if (!other) continue;
        leaveOut(m.path, `${other.engine} (${other.evidence})`);
        built.splice(built.indexOf(m), 1);
      }
    }
    migrations.push(...built);
  }
  for (const m of migrations) if (!m.up.trim()) note(`${m.key} is empty; there is nothing in it to apply.`);
  const hostLanguage = findHostLanguageMigrations(files).filter((h) => !excluded(h.path));
  return { migrations, hostLanguage, notes, leftOut, unknownEngine };
}
