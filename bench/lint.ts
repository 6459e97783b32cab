import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { npmEnv } from '../src/sandbox/embeddedVersions.js';
import { REPO_ROOT, type Corpus } from './corpus.js';
import { median } from './stats.js';

const exec = promisify(execFile);
export const SQUAWK_VERSION = '2.66.0';
const SQUAWK_DIR = join(REPO_ROOT, '.bench', 'squawk');

/**
 * squawk-cli, installed on first use into the git-ignored .bench/squawk: it cannot be a
 * dependency, because its packages for other platforms are missing from the registry and `npm ci`
 * would fail on the lockfile.
 */
async function squawk(log: (line: string) => void): Promise<string> {
  const bin = join(SQUAWK_DIR, 'node_modules', '.bin', 'squawk');
  if (existsSync(bin)) return bin;
  log(`Installing squawk-cli@${SQUAWK_VERSION} into .bench/squawk (npm install --prefix .bench/squawk; not a dependency of the project) ...`);
  try {
    await exec('npm', ['install', '--prefix', SQUAWK_DIR, '--no-audit', '--no-fund', `squawk-cli@${SQUAWK_VERSION}`], { env: npmEnv(), timeout: 10 * 60_000 });
  } catch (err) {
    throw new Error(
      `could not install squawk-cli@${SQUAWK_VERSION} from npm: ${((err as { stderr?: string }).stderr || (err as Error).message).trim().split('\n')[0]}`,
      { cause: err },
    );
  }
  return bin;
}

/** Wall time of one whole process; exit status 1 means "findings", which both tools report here. */
async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const started = performance.now();
  try {
    await exec(command, args, { cwd, env, maxBuffer: 256 * 1024 * 1024 });
  } catch (err) {
    const e = err as { code?: number; stderr?: string };
    if (e.code !== 1) throw new Error(`${command} ${args[0]} ... failed (status ${e.code}): ${(e.stderr ?? '').trim().split('\n')[0]}`, { cause: err });
  }
  return performance.now() - started;
}

export interface LintResult {
  /** lint's first run over the files (its parse cache empty) / squawk's. */
  staticVsSquawkRatio: number;
  /** lint run again over the same unchanged files (the parse cache holds them) / squawk's. */
  staticRepeatVsSquawkRatio: number;
  lintMs: number;
  lintRepeatMs: number;
  squawkMs: number;
  squawkVersion: string;
  lintedFiles: number;
}

/**
 * `pg-dba-review lint` and `squawk` over the same migration files, each a whole process, taking
 * turns at going first; lint twice, first with its parse cache emptied, then again as a
 * pre-commit hook runs it on files that did not change.
 */
export async function lintVersusSquawk(corpus: Corpus, runs: number, log: (line: string) => void): Promise<LintResult> {
  const bin = await squawk(log);
  const files = corpus.migrations.map((m) => m.path);
  const cache = await mkdtemp(join(tmpdir(), 'dba-bench-lint-cache-'));
  const env = { ...process.env, PG_DBA_REVIEW_CACHE: cache };
  // The program npm installs (package.json's bin): the bundle, which loads a few files instead of hundreds of modules.
  const cli = join(REPO_ROOT, 'dist', 'bin', 'main.js');
  const first = async () => {
    await rm(join(cache, 'parse'), { recursive: true, force: true });
    return run(process.execPath, [cli, 'lint', ...files], corpus.dir, env);
  };
  const repeat = () => run(process.execPath, [cli, 'lint', ...files], corpus.dir, env);
  const theirs = () => run(bin, files, corpus.dir);
  const lintMs: number[] = [];
  const lintRepeatMs: number[] = [];
  const squawkMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      if (i % 2) squawkMs.push(await theirs());
      lintMs.push(await first());
      lintRepeatMs.push(await repeat());
      if (!(i % 2)) squawkMs.push(await theirs());
    }
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
  return {
    staticVsSquawkRatio: median(lintMs.map((l, i) => l / (squawkMs[i] as number))),
    staticRepeatVsSquawkRatio: median(lintRepeatMs.map((l, i) => l / (squawkMs[i] as number))),
    lintMs: median(lintMs),
    lintRepeatMs: median(lintRepeatMs),
    squawkMs: median(squawkMs),
    squawkVersion: SQUAWK_VERSION,
    lintedFiles: files.length,
  };
}
