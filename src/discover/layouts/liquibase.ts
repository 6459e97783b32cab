import { checksum, keepRange, naturalCompare, sections } from '../text.js';
import type { Layout, Migration } from '../types.js';

/**
 * Liquibase formatted SQL: `--liquibase formatted sql`, then `--changeset author:id [attributes]`
 * blocks, each a migration with its `--rollback` lines as its down SQL; a changeset runs in a
 * transaction unless `runInTransaction:false`.
 */
export const liquibase: Layout = {
  id: 'liquibase',
  label: 'Liquibase formatted SQL',
  optOut: '`runInTransaction:false` on the `--changeset` line',
  identity: {
    by: 'name',
    records: 'Liquibase identifies a changeset by its id, author and file path',
    renamed: 'under its new path the changeset is new to it and runs again, unless `logicalFilePath` keeps the old path',
  },
  marker: /^--\s*liquibase formatted sql/im,
  async build(root, files, ctx) {
    const out: Migration[] = [];
    for (const f of [...files].sort((a, b) => naturalCompare(a.path, b.path))) {
      const text = await ctx.text(f);
      if (text === undefined) continue;
      for (const part of sections(text, /^--\s*changeset\s+(\S+).*$/gim)) {
        const id = part.marker[1] as string;
        const up = keepRange(text, part.start, part.end);
        const rollback = [...text.slice(part.start, part.end).matchAll(/^--\s*rollback\s?(.*)$/gim)].map((m) => m[1]).join('\n');
        const noTransaction = /runInTransaction:\s*false/i.test(part.marker[0]);
        out.push({
          framework: 'liquibase',
          set: root,
          key: `${f.path}#${id}`,
          path: f.path,
          blobSha: f.sha,
          version: id,
          name: id,
          up,
          ...(rollback.trim() ? { down: { path: f.path, sql: rollback } } : {}),
          transaction: noTransaction ? 'none' : 'wrapped',
          ...(noTransaction ? { directive: 'runInTransaction:false' } : {}),
          checksum: checksum(text.slice(part.start, part.end)),
        });
      }
    }
    return out;
  },
};
