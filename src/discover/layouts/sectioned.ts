import type { TreeFile } from '../../source/types.js';
import { byteCompare, compareVersions, keepRange, sections } from '../text.js';
import type { BuildContext, FrameworkId, Migration, TransactionMode } from '../types.js';
import { leadingVersion, migration, nameAfterVersion } from './common.js';

interface SectionSpec {
  framework: FrameworkId;
  /** Matches the up and down marker lines; group 1 is "up" or "down" (any case). */
  marker: RegExp;
  /** How the framework orders files: by numeric version or by file name. */
  order: 'version' | 'name';
  /** The transaction mode, given the file and its up marker line. */
  transaction: (text: string, upMarker: string) => { mode: TransactionMode; directive?: string };
}

/** Builds migrations from files split into up and down sections by marker comments. */
export async function buildSectioned(spec: SectionSpec, root: string, files: TreeFile[], ctx: BuildContext): Promise<Migration[]> {
  const sorted = [...files].sort((a, b) =>
    spec.order === 'version'
      ? compareVersions(leadingVersion(a.path) || '0', leadingVersion(b.path) || '0') || byteCompare(a.path, b.path)
      : byteCompare(a.path, b.path),
  );
  const out: Migration[] = [];
  for (const f of sorted) {
    const text = await ctx.text(f);
    if (text === undefined) continue;
    const parts = sections(text, spec.marker);
    const up = parts.find((p) => (p.marker[1] as string).toLowerCase() === 'up');
    if (!up) {
      ctx.note(`${f.path} has no up section marker; nothing in it is applied.`);
      continue;
    }
    const down = parts.find((p) => (p.marker[1] as string).toLowerCase() === 'down');
    const { mode, directive } = spec.transaction(text, up.marker[0]);
    out.push(
      migration(spec.framework, root, f, {
        version: leadingVersion(f.path),
        name: nameAfterVersion(f.path),
        up: keepRange(text, up.start, up.end),
        transaction: mode,
        ...(directive ? { directive } : {}),
        ...(down ? { down: { path: f.path, sql: keepRange(text, down.start, down.end) } } : {}),
      }),
    );
  }
  return out;
}
