import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PostgresBinaries, PostgresBuild } from './builds.js';
import { SandboxUnavailableError } from './types.js';

const exec = promisify(execFile);

/** Where distributions install a major's programs: Debian/Ubuntu, the PGDG RPMs, Homebrew. */
const LAYOUTS = (major: number) => [
  `/usr/lib/postgresql/${major}/bin`,
  `/usr/pgsql-${major}/bin`,
  `/opt/homebrew/opt/postgresql@${major}/bin`,
  `/usr/local/opt/postgresql@${major}/bin`,
];

async function programsIn(bin: string): Promise<PostgresBinaries | null> {
  const binaries = { postgres: join(bin, 'postgres'), initdb: join(bin, 'initdb') };
  const runnable = await Promise.all(
    Object.values(binaries).map((p) =>
      access(p, constants.X_OK).then(
        () => true,
        () => false,
      ),
    ),
  );
  return runnable.every(Boolean) ? binaries : null;
}

/** The bin folder `pg_config` on the PATH names, when it is of `major`. */
async function pgConfigBin(major: number): Promise<string | null> {
  try {
    const { stdout } = await exec('pg_config', ['--version', '--bindir']);
    const [version, bin] = stdout.trim().split('\n');
    return Number(/PostgreSQL (\d+)/.exec(version ?? '')?.[1]) === major && bin ? bin.trim() : null;
  } catch {
    return null;
  }
}

/**
 * PostgreSQL installed on this machine from the OS packages (e.g. Debian's postgresql-15 with
 * postgresql-15-postgis-3), for extensions the embedded build lacks: the programs of a major in
 * `bin` (PG_DBA_REVIEW_PG_BIN) when given, else where the distribution puts them or `pg_config
 * --bindir` says. Only the programs are used: clusters are made in the sandbox's own folders.
 */
export function hostBuild(bin?: string): PostgresBuild {
  return {
    name: 'host',
    describe: (major) => (bin ? `the host's PostgreSQL in ${bin} (PG_DBA_REVIEW_PG_BIN)` : `the host's PostgreSQL ${major}`),
    async binaries(major) {
      if (bin) {
        const found = await programsIn(bin);
        if (!found) throw new SandboxUnavailableError(`PG_DBA_REVIEW_PG_BIN is ${bin}, which holds no postgres and initdb programs.`);
        return found;
      }
      const folders = [...LAYOUTS(major), await pgConfigBin(major)].filter((f): f is string => f !== null);
      for (const folder of folders) {
        const found = await programsIn(folder);
        if (found) return found;
      }
      throw new SandboxUnavailableError(
        `PostgreSQL ${major} is not installed on this host (no postgres and initdb in ${LAYOUTS(major)[0]} or the other usual folders, nor where pg_config says): install postgresql-${major} (Debian/Ubuntu) or set PG_DBA_REVIEW_PG_BIN to the bin folder of a PostgreSQL ${major}.`,
      );
    },
  };
}
