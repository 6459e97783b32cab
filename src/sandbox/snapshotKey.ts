import { createHash } from 'node:crypto';

/** Bumped whenever how a snapshot is made changes, so older snapshots are no longer used. */
const FORMAT = 1;

const sha256 = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex');

/** A unit's content as it enters a key: what runs, and where it is from (failures name the file). */
export function unitHash(path: string, transaction: string, sql: string): string {
  return sha256(path, transaction, sql);
}

/**
 * Keys of the states a history passes through: keys[0] is the empty cluster of this PostgreSQL
 * build, keys[i] the cluster after the first i units. Each key hashes the one before it, so two
 * histories share exactly the keys of their common prefix, and the longest cached key is the
 * longest prefix that need not be replayed.
 */
export function chainKeys(server: { version: string }, units: string[]): string[] {
  // initdb takes the cluster's default collation and character type from the environment.
  const locale = ['LC_ALL', 'LC_COLLATE', 'LC_CTYPE', 'LANG'].map((v) => process.env[v] ?? '').join(',');
  const keys = [sha256(`format ${FORMAT}`, process.platform, process.arch, server.version, locale)];
  for (const unit of units) keys.push(sha256(keys.at(-1) as string, unit));
  return keys;
}
