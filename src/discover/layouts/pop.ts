import type { TreeFile } from '../../source/types.js';
import { basename, byteCompare, dirname } from '../text.js';
import type { Layout, Migration } from '../types.js';
import { byFolder, migration } from './common.js';

/** popx's file pattern (ory/x popx/match.go; pop's own lacks `.autocommit` and adds `.fizz`). */
const FILE = /^(\d+)_([^.]+)(\.[a-z0-9]+)?(\.autocommit)?\.(up|down)\.(sql|fizz)$/;

/** pop's dialects and their synonyms (pop's dialect_*.go), with the engine each one is. */
const DIALECTS: Record<string, { dialect: string; engine: string }> = {
  postgres: { dialect: 'postgres', engine: 'PostgreSQL' },
  postgresql: { dialect: 'postgres', engine: 'PostgreSQL' },
  pg: { dialect: 'postgres', engine: 'PostgreSQL' },
  pgx: { dialect: 'postgres', engine: 'PostgreSQL' },
  cockroach: { dialect: 'cockroach', engine: 'CockroachDB' },
  cockroachdb: { dialect: 'cockroach', engine: 'CockroachDB' },
  crdb: { dialect: 'cockroach', engine: 'CockroachDB' },
  mysql: { dialect: 'mysql', engine: 'MySQL' },
  mariadb: { dialect: 'mariadb', engine: 'MariaDB' },
  sqlite: { dialect: 'sqlite3', engine: 'SQLite' },
  sqlite3: { dialect: 'sqlite3', engine: 'SQLite' },
};

interface PopFile {
  file: TreeFile;
  version: string;
  name: string;
  /** Canonical dialect, "all" for a file without one, or the unknown word. */
  dialect: string;
  autocommit: boolean;
  direction: 'up' | 'down';
  fizz: boolean;
}

function parse(file: TreeFile): PopFile | undefined {
  const m = FILE.exec(basename(file.path));
  if (!m) return undefined;
  const [, version, name, segment, autocommit, direction, type] = m as unknown as [
    string,
    string,
    string,
    string | undefined,
    string | undefined,
    'up' | 'down',
    string,
  ];
  // popx reads `<name>.autocommit.up.sql` as autocommit for every dialect.
  const word = segment?.slice(1);
  const dialect = word === undefined || word === 'autocommit' ? 'all' : (DIALECTS[word]?.dialect ?? word);
  return { file, version, name, dialect, autocommit: Boolean(autocommit) || word === 'autocommit', direction, fizz: type === 'fizz' };
}

/** A folder is pop's when a file in it names a pop dialect or `.autocommit` (or is fizz, below). */
const MARKED = (name: string) => {
  const segment = FILE.exec(name)?.[3]?.slice(1);
  return segment !== undefined && (segment === 'autocommit' || segment in DIALECTS);
};

// Claims are asked file by file while sniffing content layouts: the tree is scanned for fizz once.
const fizzCache = new WeakMap<TreeFile[], string[]>();
function fizzFolders(tree: TreeFile[]): string[] {
  let folders = fizzCache.get(tree);
  if (!folders)
    fizzCache.set(tree, (folders = [...new Set(tree.filter((f) => FILE.test(basename(f.path)) && f.path.endsWith('.fizz')).map((f) => dirname(f.path)))]));
  return folders;
}

const engineOf = (dialect: string) => Object.values(DIALECTS).find((d) => d.dialect === dialect)?.engine;

/**
 * gobuffalo pop / ory popx: <version>_<name>[.<dialect>][.autocommit].<up|down>.sql in one folder
 * for every dialect. On PostgreSQL, a version's `.postgres.` file wins over the file without a
 * dialect (popx sortAndFilter keeps the more specific one; pop runs it first and then skips the
 * version); other dialects' files are not run. Versions are keyed and ordered as strings. Each
 * migration runs in a transaction, except popx's `.autocommit.` files, sent alone as one query.
 */
export const pop: Layout = {
  id: 'pop',
  label: 'pop / popx',
  optOut: '`.autocommit` before `.up.sql` in the file name (popx), e.g. `<version>_<name>.postgres.autocommit.up.sql`',
  identity: {
    by: 'version',
    records: 'pop records applied migrations by version in its schema_migration table',
    renamed: 'version {to} is new to it, so it applies the migration again',
    keptVersion: { impact: 'harmless', consequence: 'it is the same, already applied migration and does not run again; only its file name changed' },
  },
  engine: 'PostgreSQL',
  claim(files, tree) {
    const marked = new Set([...byFolder(files, MARKED).keys(), ...fizzFolders(tree)]);
    return byFolder(files, (name, path) => marked.has(dirname(path)) && FILE.test(name));
  },
  async build(root, files, ctx) {
    const parsed = files.flatMap((f) => parse(f) ?? []);
    const chosen = new Map<string, PopFile>();
    for (const p of parsed) {
      if (p.fizz) continue; // found as a host-language migration
      if (p.dialect !== 'all' && p.dialect !== 'postgres') {
        const engine = engineOf(p.dialect);
        ctx.leaveOut(p.file.path, engine ? `${engine} (pop dialect suffix)` : `pop dialect "${p.dialect}", which pop does not know (popx skips the file)`);
        continue;
      }
      const key = `${p.version}\0${p.direction}`;
      const other = chosen.get(key);
      if (!other || (other.dialect === 'all' && p.dialect === 'postgres')) {
        if (other) ctx.leaveOut(other.file.path, `on PostgreSQL pop runs ${basename(p.file.path)} for version ${p.version} instead`);
        chosen.set(key, p);
      } else if (p.dialect === 'all' && other.dialect === 'postgres') {
        ctx.leaveOut(p.file.path, `on PostgreSQL pop runs ${basename(other.file.path)} for version ${p.version} instead`);
      } else {
        // Two files of one version and dialect: popx keeps the last it walks; the review replays both so the duplicate is flagged.
        chosen.set(`${key}\0${p.file.path}`, p);
      }
    }
    const ups = [...chosen.values()]
      .filter((p) => p.direction === 'up')
      .sort((a, b) => byteCompare(a.version, b.version) || byteCompare(a.file.path, b.file.path));
    const out: Migration[] = [];
    for (const p of ups) {
      const up = await ctx.text(p.file);
      if (up === undefined) continue;
      const down = chosen.get(`${p.version}\0down`);
      const downSql = down ? await ctx.text(down.file) : undefined;
      out.push(
        migration('pop', root, p.file, {
          version: p.version,
          name: p.name,
          up,
          // popx sends an autocommit file as one query outside its transaction: PostgreSQL runs it as one implicit transaction.
          transaction: p.autocommit ? 'implicit' : 'wrapped',
          ...(p.autocommit ? { directive: '.autocommit' } : {}),
          ...(down && downSql !== undefined ? { down: { path: down.file.path, sql: downSql } } : {}),
        }),
      );
    }
    return out;
  },
};
