import type { TreeFile } from '../../source/types.js';
import { basename, checksum, dirname, naturalCompare } from '../text.js';
import type { BuildContext, FrameworkId, Migration, TransactionMode } from '../types.js';

export function migration(
  framework: FrameworkId,
  set: string,
  file: TreeFile,
  fields: {
    version: string;
    name: string;
    up: string;
    transaction: TransactionMode;
    key?: string;
    down?: Migration['down'];
    directive?: string;
    repeatable?: boolean;
  },
): Migration {
  return {
    framework,
    set,
    key: fields.key ?? file.path,
    path: file.path,
    blobSha: file.sha,
    version: fields.version,
    name: fields.name,
    up: fields.up,
    ...(fields.down ? { down: fields.down } : {}),
    transaction: fields.transaction,
    ...(fields.directive ? { directive: fields.directive } : {}),
    ...(fields.repeatable ? { repeatable: true } : {}),
    checksum: checksum(fields.up),
  };
}

/** Groups files by their folder (the root of a history for one-folder layouts). */
export function byFolder(files: TreeFile[], test: (name: string, path: string) => boolean): Map<string, TreeFile[]> {
  const sets = new Map<string, TreeFile[]>();
  for (const f of files) {
    if (!test(basename(f.path), f.path)) continue;
    const root = dirname(f.path);
    sets.set(root, [...(sets.get(root) ?? []), f]);
  }
  return sets;
}

/** The leading digits of a file name, the version most frameworks read. */
export function leadingVersion(path: string): string {
  return /^(\d+)/.exec(basename(path))?.[1] ?? '';
}

export function nameAfterVersion(path: string): string {
  return basename(path)
    .replace(/^\d+[_-]?/, '')
    .replace(/(\.up|\.down)?\.sql$/i, '');
}

/** One migration per whole file, versioned by its leading digits, in natural path order. */
export async function numberedFiles(
  framework: FrameworkId,
  root: string,
  files: TreeFile[],
  ctx: BuildContext,
  transaction: TransactionMode,
): Promise<Migration[]> {
  const out = [];
  for (const f of [...files].sort((a, b) => naturalCompare(a.path, b.path))) {
    const up = await ctx.text(f);
    if (up !== undefined) out.push(migration(framework, root, f, { version: leadingVersion(f.path), name: nameAfterVersion(f.path), up, transaction }));
  }
  return out;
}

/** `derive` computed once per tree listing: claims run once per sniffed file against the same tree. */
export function perTree<T>(derive: (tree: TreeFile[]) => T): (tree: TreeFile[]) => T {
  const memo = new WeakMap<TreeFile[], T>();
  return (tree) => {
    if (!memo.has(tree)) memo.set(tree, derive(tree));
    return memo.get(tree) as T;
  };
}

/** Every path of a tree, as a set. */
export const treePaths = perTree((tree) => new Set(tree.map((f) => f.path)));
