import type { TreeFile } from '../../source/types.js';
import { basename, dirname } from '../text.js';
import type { BuildContext, FrameworkId, Migration, TransactionMode } from '../types.js';
import { migration } from './common.js';

/** `up.sql` or `down.sql` in a folder named `<version>_<name>`: one migration per folder. */
export const UP_DOWN = /^(up|down)\.sql$/;

interface FolderSpec {
  framework: FrameworkId;
  label: string;
  /** The framework's version of a folder name, or undefined when it is no migration of its. */
  version(folder: string): string | undefined;
  compare(a: string, b: string): number;
  /** How the framework runs the folder's up.sql. */
  transaction(folder: string, ctx: BuildContext): Promise<{ mode: TransactionMode; directive?: string }>;
}

/**
 * Migrations kept one folder each, `<root>/<version>_<name>/up.sql` with an optional `down.sql`
 * beside it (Diesel, Hasura): the down script is the folder's revert, never a migration of its own.
 */
export async function buildFolders(spec: FolderSpec, root: string, files: TreeFile[], ctx: BuildContext): Promise<Migration[]> {
  const folders = new Map<string, { up?: TreeFile; down?: TreeFile }>();
  for (const f of files) {
    if (dirname(f.path) === root) {
      ctx.note(`${f.path} lies loose in a ${spec.label} migrations folder; ${spec.label} runs only \`<version>_<name>/up.sql\`, so it is not replayed.`);
      continue;
    }
    const pair = folders.get(dirname(f.path)) ?? {};
    pair[basename(f.path) === 'up.sql' ? 'up' : 'down'] = f;
    folders.set(dirname(f.path), pair);
  }
  const found: { version: string; folder: string; up: TreeFile; down?: TreeFile }[] = [];
  for (const [folder, { up, down }] of folders) {
    const version = spec.version(basename(folder));
    if (version === undefined) continue;
    if (!up) {
      ctx.note(`${folder} has a down.sql but no up.sql; ${down?.path} is not applied.`);
      continue;
    }
    found.push({ version, folder, up, ...(down ? { down } : {}) });
  }
  found.sort((a, b) => spec.compare(a.version, b.version) || (a.folder < b.folder ? -1 : 1));
  const out: Migration[] = [];
  for (const { version, folder, up: upFile, down: downFile } of found) {
    const up = await ctx.text(upFile);
    if (up === undefined) continue;
    const downSql = downFile ? await ctx.text(downFile) : undefined;
    const { mode, directive } = await spec.transaction(folder, ctx);
    out.push(
      migration(spec.framework, root, upFile, {
        version,
        name: basename(folder).replace(/^[^_]*_?/, ''),
        up,
        transaction: mode,
        ...(directive ? { directive } : {}),
        ...(downFile && downSql !== undefined ? { down: { path: downFile.path, sql: downSql } } : {}),
      }),
    );
  }
  return out;
}

/**
 * Groups `<root>/<folder>/up.sql|down.sql` by root, for folders `accept` takes, with the SQL files
 * lying loose in such a root: the framework never runs those, so no other layout may replay them.
 */
export function claimFolders(files: TreeFile[], accept: (folder: string) => string | undefined): Map<string, TreeFile[]> {
  const sets = new Map<string, TreeFile[]>();
  for (const f of files) {
    if (!UP_DOWN.test(basename(f.path))) continue;
    const root = accept(dirname(f.path));
    if (root === undefined) continue;
    sets.set(root, [...(sets.get(root) ?? []), f]);
  }
  for (const f of files) if (sets.has(dirname(f.path)) && f.path.toLowerCase().endsWith('.sql')) sets.get(dirname(f.path))?.push(f);
  return sets;
}
