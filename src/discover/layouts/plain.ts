import { naturalCompare } from '../text.js';
import type { Layout } from '../types.js';
import { byFolder, leadingVersion, migration, nameAfterVersion } from './common.js';

/** Plain SQL files of no known framework, applied in natural path order; the runner is unknown. */
export const plain: Layout = {
  id: 'plain',
  label: 'plain SQL files',
  optOut: null,
  claim: (files) => byFolder(files, (name) => name.toLowerCase().endsWith('.sql')),
  async build(root, files, ctx) {
    const out = [];
    for (const f of [...files].sort((a, b) => naturalCompare(a.path, b.path))) {
      const up = await ctx.text(f);
      if (up !== undefined) out.push(migration('plain', root, f, { version: leadingVersion(f.path), name: nameAfterVersion(f.path), up, transaction: 'unknown' }));
    }
    return out;
  },
};
