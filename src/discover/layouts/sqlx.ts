import type { TreeFile } from '../../source/types.js';
import { basename, compareVersions, dirname } from '../text.js';
import type { Layout, Migration } from '../types.js';
import { migration, treePaths } from './common.js';

// sqlx-core's migrate source: `<i64 version>_<description>.sql`, `.up.sql` or `.down.sql`.
const FILE = /^(\d+)_(.+?)(\.up|\.down)?\.sql$/;
const NO_TRANSACTION = '-- no-transaction';

/** A crate's migrations folder: sqlx's default `./migrations` beside Cargo.toml (or one named like it). */
function isCrateMigrations(folder: string, paths: Set<string>): boolean {
  const crate = dirname(folder);
  return /migrat/i.test(basename(folder)) && paths.has(crate === '.' ? 'Cargo.toml' : `${crate}/Cargo.toml`);
}

/**
 * sqlx (sqlx-cli, `sqlx::migrate!`): `<version>_<desc>.sql` (simple) or `.up.sql` / `.down.sql`
 * (reversible) in a crate's migrations folder, in numeric version order, keyed by version. Each
 * runs in a transaction unless the file starts with `-- no-transaction`; then the file is sent as
 * one query, which PostgreSQL runs as one implicit transaction.
 */
export const sqlx: Layout = {
  id: 'sqlx',
  label: 'sqlx',
  optOut: '`-- no-transaction` as the first line of the file',
  identity: {
    by: 'version',
    records: 'sqlx records applied migrations by version with a checksum of their SQL (`_sqlx_migrations`)',
    renamed:
      'sqlx runs version {to} as a new migration, and refuses to migrate while the applied old version is missing (`VersionMissing`, unless migrations are run with ignore_missing)',
    keptVersion: {
      impact: 'harmless',
      consequence: 'it is not applied again (sqlx compares the version and checksum, not the description); only its file name changed',
    },
  },
  claim(files, tree: TreeFile[]) {
    const paths = treePaths(tree);
    const sets = new Map<string, TreeFile[]>();
    for (const f of files) {
      const root = dirname(f.path);
      if (!FILE.test(basename(f.path)) || !isCrateMigrations(root, paths)) continue;
      sets.set(root, [...(sets.get(root) ?? []), f]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const parsed = files.map((f) => ({ f, m: FILE.exec(basename(f.path)) as RegExpExecArray }));
    const downs = new Map(parsed.filter(({ m }) => m[3] === '.down').map(({ f, m }) => [BigInt(m[1] as string), f]));
    const out: Migration[] = [];
    const ups = parsed.filter(({ m }) => m[3] !== '.down').sort((a, b) => compareVersions(a.m[1] as string, b.m[1] as string));
    for (const { f, m } of ups) {
      const up = await ctx.text(f);
      if (up === undefined) continue;
      const downFile = m[3] === '.up' ? downs.get(BigInt(m[1] as string)) : undefined;
      const downSql = downFile ? await ctx.text(downFile) : undefined;
      const optedOut = up.startsWith(NO_TRANSACTION);
      out.push(
        migration('sqlx', root, f, {
          version: m[1] as string,
          name: (m[2] as string).replaceAll('_', ' '),
          up,
          transaction: optedOut ? 'implicit' : 'wrapped',
          ...(optedOut ? { directive: NO_TRANSACTION } : {}),
          ...(downFile && downSql !== undefined ? { down: { path: downFile.path, sql: downSql } } : {}),
        }),
      );
    }
    for (const [version, f] of downs)
      if (!ups.some(({ m }) => BigInt(m[1] as string) === version && m[3] === '.up'))
        ctx.note(`${f.path} has no matching .up.sql; sqlx only runs it to revert, so it is not applied.`);
    return out;
  },
};
