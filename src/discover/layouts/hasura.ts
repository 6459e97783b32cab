import type { TreeFile } from '../../source/types.js';
import { basename, compareVersions, dirname } from '../text.js';
import type { Layout } from '../types.js';
import { perTree, treePaths } from './common.js';
import { buildFolders, claimFolders } from './upDownFolders.js';

// The Hasura CLI's migration regex: `<uint64 version>_<name>`, here as a folder of up.sql/down.sql.
const FOLDER = /^(\d+)_/;

/** Hasura projects: folders holding the CLI's config.yaml beside a metadata/ folder. */
const projects = perTree((tree: TreeFile[]): Set<string> => {
  const paths = treePaths(tree);
  const withMetadata = new Set(
    tree.flatMap((f) => {
      const at = f.path.indexOf('metadata/');
      return at === 0 || f.path[at - 1] === '/' ? [at === 0 ? '.' : f.path.slice(0, at - 1)] : [];
    }),
  );
  return new Set([...withMetadata].filter((dir) => paths.has(dir === '.' ? 'config.yaml' : `${dir}/config.yaml`)));
});

/**
 * The history a `<v>_<name>` folder belongs to: its parent, when the folder lies under a Hasura
 * project's migrations/ (`migrations/<database>/` in config v3, `migrations/` in v2, or deeper
 * where a project assembles the CLI's folder from several).
 */
function hasuraRoot(folder: string, projectDirs: Set<string>): string | undefined {
  if (!FOLDER.test(basename(folder))) return undefined;
  for (let dir = dirname(folder); ; dir = dirname(dir)) {
    const below = dir === '.' ? folder : folder.slice(dir.length + 1);
    if (projectDirs.has(dir) && below.startsWith('migrations/')) return dirname(folder);
    if (dir === '.') return undefined;
  }
}

/**
 * Hasura CLI: `migrations/<database>/<version>_<name>/up.sql` + `down.sql` (config v3, one history
 * per database) or `migrations/<version>_<name>/` (v2), in numeric version order. The CLI sends
 * each up.sql through `run_sql`, which runs it in a transaction; migration files have no opt-out.
 */
export const hasura: Layout = {
  id: 'hasura',
  label: 'Hasura',
  optOut: null,
  // Hasura and Graphile Migrate run only on PostgreSQL.
  engine: 'PostgreSQL',
  identity: {
    by: 'version',
    records: 'Hasura records applied migrations by version (`hdb_catalog.schema_migrations`)',
    renamed: 'Hasura applies every version it has not recorded, so version {to} runs again',
    keptVersion: { impact: 'harmless', consequence: 'it is not applied again; only its folder name changed' },
  },
  claim(files, tree: TreeFile[]) {
    const projectDirs = projects(tree);
    return claimFolders(files, (folder) => hasuraRoot(folder, projectDirs));
  },
  build: (root, files, ctx) =>
    buildFolders(
      {
        framework: 'hasura',
        label: 'Hasura',
        version: (folder) => FOLDER.exec(folder)?.[1],
        compare: compareVersions,
        transaction: async () => ({ mode: 'wrapped' }),
      },
      root,
      files,
      ctx,
    ),
};
