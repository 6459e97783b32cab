import { replayBase } from '../apply/apply.js';
import type { ApplyUnit, BaseReplay } from '../apply/types.js';
import type { DbaConfig } from '../config/schema.js';
import { parseMigration } from '../parse/statements.js';
import type { ReviewDatabase } from '../sandbox/database.js';
import type { RepoSource, TreeListing } from '../source/types.js';

/**
 * The preamble runs with superuser rights, so it is read from the base branch (`trusted`): a
 * change that edits it is reviewed with the base's version, and told so (when `head` is given).
 */
export async function loadPreamble(
  source: RepoSource,
  config: DbaConfig,
  trusted: TreeListing,
  head?: TreeListing,
  notes: string[] = [],
): Promise<ApplyUnit | string | null> {
  const path = config.postgres.preamble;
  if (!path) return null;
  const file = trusted.files.find((f) => f.path === path);
  if (!file)
    return `postgres.preamble names ${path}, which does not exist on the base branch (the preamble runs with superuser rights, so it is never read from the change).`;
  if (head && head.files.find((f) => f.path === path)?.sha !== file.sha) {
    notes.push(
      `This change edits or removes the preamble ${path}: the review ran the base branch's version, since the preamble runs with superuser rights. The edit takes effect once merged.`,
    );
  }
  const sql = (await source.readBlob(file.sha)).toString('utf8');
  return { migration: { key: path, path, framework: 'plain', transaction: 'none' }, parsed: await parseMigration(path, sql) };
}

/** What the bot sets up as the superuser in each database, before the base history. */
export interface Setup {
  extensions: string[];
  preamble: ApplyUnit | null;
}

/** What setting up the platform did, or why the database cannot be used at all. */
export interface PlatformSetup {
  statements: number;
  failure?: BaseReplay['failure'];
  problem?: string;
}

/**
 * The platform's part, as the superuser: extensions, then the preamble run by the review role
 * while it holds SUPERUSER, then a check that nothing it did reaches past the database. The base
 * history then runs as the review role: it is the target branch's, but its migrations came in
 * through pull requests too, and production runs them as an application role.
 */
export async function setUpPlatform(db: ReviewDatabase, setup: Setup, major: number): Promise<PlatformSetup> {
  const problem = await db.createExtensions(setup.extensions);
  if (problem) return { statements: 0, problem };
  const preamble = setup.preamble;
  if (!preamble) return { statements: 0 };
  const replay = await db.asSuperuser((c) => replayBase(c, [preamble], major));
  if (replay.failure) return { statements: replay.statements, failure: replay.failure };
  const escalations = await db.escalations();
  if (escalations.length) {
    return {
      statements: replay.statements,
      problem:
        `The preamble ${preamble.migration.path} leaves the review role ${escalations.join(', ')}, which would let the change's SQL reach past its database. ` +
        `Create such extensions through postgres.extensions instead, and grant the role (CURRENT_USER in the preamble) no superuser or predefined pg_ role.`,
    };
  }
  return { statements: replay.statements };
}
