import { basename, compareVersions } from '../text.js';
import type { Layout } from '../types.js';
import { byFolder, migration } from './common.js';

const FILE = /^(\d+)_(.+)\.(up|down)\.sql$/;

/** golang-migrate: <version>_<name>.up.sql / .down.sql by numeric version; the postgres driver sends a file as one query. */
export const golangMigrate: Layout = {
  id: 'golang-migrate',
  label: 'golang-migrate',
  optOut: null,
  identity: {
    by: 'version',
    records: 'golang-migrate records only the latest version it reached',
    renamed: 'version {to} runs again if it is above the version production reached, and never runs if below',
    keptVersion: { impact: 'harmless', consequence: 'it is not applied again; only its file name changed' },
  },
  claim: (files) => byFolder(files, (name) => FILE.test(name)),
  async build(root, files, ctx) {
    const ups = files.filter((f) => FILE.exec(basename(f.path))?.[3] === 'up');
    const downs = new Map(files.filter((f) => FILE.exec(basename(f.path))?.[3] === 'down').map((f) => [FILE.exec(basename(f.path))?.[1] as string, f]));
    const out = [];
    const version = (path: string) => (FILE.exec(basename(path)) as RegExpExecArray)[1] as string;
    for (const f of ups.sort((a, b) => compareVersions(version(a.path), version(b.path)))) {
      const [, version, name] = FILE.exec(basename(f.path)) as unknown as [string, string, string];
      const up = await ctx.text(f);
      if (up === undefined) continue;
      const downFile = downs.get(version);
      const downSql = downFile ? await ctx.text(downFile) : undefined;
      out.push(
        migration('golang-migrate', root, f, {
          version,
          name,
          up,
          transaction: 'implicit',
          ...(downFile && downSql !== undefined ? { down: { path: downFile.path, sql: downSql } } : {}),
        }),
      );
    }
    return out;
  },
};
