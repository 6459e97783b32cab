import type { TreeFile } from '../../source/types.js';
import { basename, byteCompare, dirname } from '../text.js';
import type { Layout } from '../types.js';
import { migration, perTree } from './common.js';

// Files other layouts own in a directory Atlas hashes in their format (golang-migrate, Flyway).
const OTHER_FORMAT = /\.(up|down)\.sql$|^[VUBR]\d*(\.\d+)*__/;

const sumDirs = perTree((tree) => new Set(tree.filter((f) => basename(f.path) === 'atlas.sum').map((f) => dirname(f.path))));

/** Atlas's file directives: the leading comment lines, when a blank line separates them from the statements (LocalFile.comments). */
function fileDirectives(text: string): string[] {
  const comments: string[] = [];
  let rest = text;
  while (rest.startsWith('#') || rest.startsWith('--')) {
    const nl = rest.indexOf('\n');
    if (nl < 0) return [...comments, rest];
    comments.push(rest.slice(0, nl).trim());
    rest = rest.slice(nl + 1);
  }
  return rest === '' || rest.replace(/^[ \t]*/, '').startsWith('\n') ? comments : [];
}

/** The value of `atlas:txmode` among a file's directives, if any. */
export function atlasTxMode(text: string): string | undefined {
  for (const c of fileDirectives(text)) {
    const m = /^[ -~]*atlas:txmode(?: +(.+))*/.exec(c);
    if (m) return m[1]?.trim();
  }
  return undefined;
}

/**
 * Atlas versioned migrations: `<version>_<name>.sql` in a directory holding `atlas.sum`, applied
 * in file-name order, each file in a transaction (`--tx-mode file`, the default) unless its
 * header says `-- atlas:txmode none`; Atlas then runs its statements one by one. A checkpoint
 * file (`-- atlas:checkpoint`) only starts new databases, so it is left out of the history.
 */
export const atlas: Layout = {
  id: 'atlas',
  label: 'Atlas',
  optOut: '`-- atlas:txmode none` at the top of the file, followed by a blank line',
  identity: {
    by: 'version',
    records: 'Atlas records applied migrations by version, with a hash of each (`atlas_schema_revisions`)',
    renamed: 'Atlas sees version {to} as pending and applies it, and `atlas migrate validate` fails until atlas.sum is recomputed',
    keptVersion: { impact: 'harmless', consequence: 'it is not applied again; only its file name changed (atlas.sum must still be recomputed)' },
  },
  claim(files, tree: TreeFile[]) {
    const dirs = sumDirs(tree);
    const sets = new Map<string, TreeFile[]>();
    for (const f of files) {
      const dir = dirname(f.path);
      if (!dirs.has(dir) || !f.path.endsWith('.sql') || OTHER_FORMAT.test(basename(f.path))) continue;
      sets.set(dir, [...(sets.get(dir) ?? []), f]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const out = [];
    for (const f of [...files].sort((a, b) => byteCompare(basename(a.path), basename(b.path)))) {
      const up = await ctx.text(f);
      if (up === undefined) continue;
      const [version, name = ''] = basename(f.path, '.sql').split(/_(.*)/s) as [string, string?];
      if (fileDirectives(up).some((c) => /^[ -~]*atlas:checkpoint\b/.test(c))) {
        // Databases with history skip a checkpoint; replaying the files before it builds the same schema.
        ctx.note(`${f.path} is an Atlas checkpoint: only a new database starts from it, so it is not replayed (the files before it are).`);
        continue;
      }
      const none = atlasTxMode(up) === 'none';
      out.push(
        migration('atlas', root, f, { version, name, up, transaction: none ? 'none' : 'wrapped', ...(none ? { directive: '-- atlas:txmode none' } : {}) }),
      );
    }
    return out;
  },
};
