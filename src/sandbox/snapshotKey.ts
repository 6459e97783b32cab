import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SandboxLimits } from './server.js';

/** Bumped whenever how a snapshot is made changes, so older snapshots are no longer used. */
const FORMAT = 1;

const sha256 = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex');

let code: string | undefined;

/**
 * This program's own code: what a snapshot keeps besides the cluster (the catalog, the rows the
 * generator made) is its output, so another build must not reuse it.
 */
export function codeFingerprint(): string {
  if (code === undefined) {
    const root = dirname(dirname(fileURLToPath(import.meta.url)));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.[cm]?[jt]s$/.test(f))
      .sort();
    const hash = createHash('sha256');
    for (const f of files) hash.update(f).update(readFileSync(join(root, f)));
    code = hash.digest('hex');
  }
  return code;
}

/** A unit's content as it enters a key: for a migration, what runs and where it is from (failures name the file). */
export function unitHash(...parts: string[]): string {
  return sha256(...parts);
}

/**
 * Keys of the states a history passes through: keys[0] is the empty cluster of this PostgreSQL
 * build (embedded or host), keys[i] the cluster after the first i units. Each key hashes the one before it, so two
 * histories share exactly the keys of their common prefix, and the longest cached key is the
 * longest prefix that need not be replayed.
 */
export function chainKeys(server: { version: string }, build: string, limits: SandboxLimits, units: string[]): string[] {
  // initdb takes the cluster's default collation and character type from the environment.
  const locale = ['LC_ALL', 'LC_COLLATE', 'LC_CTYPE', 'LANG'].map((v) => process.env[v] ?? '').join(',');
  // The review role's limits are its settings in the first snapshot, which every later one inherits.
  const keys = [sha256(`format ${FORMAT}`, codeFingerprint(), process.platform, process.arch, build, server.version, locale, JSON.stringify(limits))];
  for (const unit of units) keys.push(sha256(keys.at(-1) as string, unit));
  return keys;
}
