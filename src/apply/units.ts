import type { DbaConfig } from '../config/schema.js';
import type { Migration } from '../discover/types.js';
import { parseMigration } from '../parse/statements.js';
import type { RepoSource, TreeListing } from '../source/types.js';
import type { ApplyUnit } from './apply.js';

export async function parseUnits(migrations: Migration[]): Promise<ApplyUnit[]> {
  return Promise.all(migrations.map(async (migration) => ({ migration, parsed: await parseMigration(migration.path, migration.up) })));
}

/** The configured preamble at a commit, as a unit to replay first; a string says why it cannot be had. */
export async function loadPreamble(source: RepoSource, config: DbaConfig, tree: TreeListing): Promise<ApplyUnit | string | null> {
  const path = config.postgres.preamble;
  if (!path) return null;
  const file = tree.files.find((f) => f.path === path);
  if (!file) return `postgres.preamble names ${path}, which does not exist at the head commit.`;
  const sql = (await source.readBlob(file.sha)).toString('utf8');
  return { migration: { key: path, path, framework: 'plain', transaction: 'none' }, parsed: await parseMigration(path, sql) };
}
