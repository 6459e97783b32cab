import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApplyUnit } from '../src/apply/types.js';
import { parseUnits } from '../src/apply/units.js';
import { discoverMigrations } from '../src/discover/discover.js';
import type { Migration } from '../src/discover/types.js';
import { parseMigration } from '../src/parse/statements.js';
import { NO_TEMPLATES } from '../src/parse/templates.js';
import { MemorySource } from '../src/source/memory.js';

/** The repository's root: the bench runs from its sources (tests) or compiled into .bench/build. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

export const REPO_ROOT = repoRoot();
export const CORPUS_ROOT = join(REPO_ROOT, '..', 'shared', 'corpus');

export interface Corpus {
  name: string;
  dir: string;
  /** Every file of the corpus, by path. */
  files: Record<string, string>;
  migrations: Migration[];
  /** The preamble, then the migrations, parsed. */
  units: ApplyUnit[];
  statements: number;
}

/** A history of ../shared/corpus (or of a folder, given as a path), found and ordered as a review would. */
export async function loadCorpus(nameOrPath: string): Promise<Corpus> {
  const dir = isAbsolute(nameOrPath) ? nameOrPath : join(CORPUS_ROOT, nameOrPath);
  if (!existsSync(dir)) throw new Error(`no corpus named ${nameOrPath} in ${CORPUS_ROOT}`);
  const name = basename(dir);
  const source = await MemorySource.fromDirectory(dir);
  const { migrations } = await discoverMigrations(source, source.tree, { paths: null, framework: null });
  const files: Record<string, string> = {};
  for (const f of source.tree.files) files[f.path] = (await source.readBlob(f.sha)).toString('utf8');
  const preamble = files['_preamble.sql'];
  const units = [
    ...(preamble === undefined
      ? []
      : [
          {
            migration: { key: '_preamble.sql', path: '_preamble.sql', framework: 'plain' as const, transaction: 'none' as const },
            parsed: await parseMigration('_preamble.sql', preamble),
          },
        ]),
    ...(await parseUnits(migrations, NO_TEMPLATES)),
  ];
  const statements = units.reduce((n, u) => n + (u.parsed.ok ? u.parsed.statements.length : 0), 0);
  return { name, dir, files, migrations, units, statements };
}
