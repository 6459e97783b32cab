import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_PATH, resolveConfigText } from '../config/resolve.js';
import type { FormatTask } from '../render/publishable.js';
import type { LocalReviewOptions } from './localReview.js';
import type { Review, ReviewSubject } from '../review/types.js';
import type { SandboxProvider } from '../sandbox/types.js';
import { cliProgram, EXIT, UsageError, type CliIo, type ExplainOptions, type Format, type LintOptions, type ReviewOptions } from './program.js';

async function exitCode(review: Review): Promise<number> {
  if (review.outcome === 'could-not-run') return EXIT.couldNotRun;
  const { conclusionOf } = await import('../render/verdict.js');
  return conclusionOf(review) === 'failure' ? EXIT.findings : EXIT.ok;
}

/** This program's version, as SARIF names the tool. */
async function toolVersion(): Promise<string> {
  return (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** `lint`: static rules over files on disk, and standard input for `-`. Loads no sandbox, so it starts fast. */
async function lint(args: string[], options: LintOptions, io: CliIo): Promise<number> {
  // The parser compiles its WebAssembly on another thread once loaded: started first, it is ready when the rules are.
  void import('libpg-query');
  const [{ expandPaths, formatLint, lintFails, lintFiles }, { RULE_NAMES }, { ParseCache }, { cacheRoot }] = await Promise.all([
    import('./lint.js'),
    import('../rules/index.js'),
    import('../parse/parseCache.js'),
    import('../sandbox/embeddedVersions.js'),
  ]);
  const configPath = options.config;
  const text = await readFile(configPath ?? CONFIG_PATH, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (configPath || err.code !== 'ENOENT') throw new UsageError(`cannot read ${configPath ?? CONFIG_PATH}: ${err.message}`);
    return undefined;
  });
  const config = resolveConfigText(text, RULE_NAMES);
  if (!config.ok) {
    io.stderr(config.errors.map((e) => `${configPath ?? CONFIG_PATH}: ${e}\n`).join(''));
    return EXIT.couldNotRun;
  }
  const files = args.filter((a) => a !== '-');
  const stdin = files.length < args.length ? { name: options.stdinFilename, text: await readStdin(io) } : undefined;
  const paths = files.length ? await expandPaths(files, process.cwd()) : [];
  if (files.length && !paths.length) throw new UsageError(`no files match ${files.join(' ')}`);
  const cache = options.cache ? ParseCache.in(join(cacheRoot(), 'parse')) : undefined;
  const result = await lintFiles(paths, process.cwd(), config.config, stdin, cache);
  io.stdout(formatLint(result, options.format, options.format === 'sarif' ? await toolVersion() : ''));
  try {
    cache?.save();
  } catch (err) {
    // Only the next run is slower for it.
    io.stderr(`pg-dba-review: the parse cache was not saved: ${(err as Error).message}\n`);
  }
  return lintFails(result.findings, config.config.fail_on) ? EXIT.findings : EXIT.ok;
}

async function readStdin(io: CliIo): Promise<string> {
  if (!io.stdin) throw new UsageError('- names standard input, and there is none to read here');
  return io.stdin();
}

/** `explain`: the plan of one query on the schema a ref's migrations build. */
async function explain(sql: string, values: ExplainOptions, io: CliIo): Promise<number> {
  if (!sql.trim()) throw new UsageError('explain needs a query, e.g. pg-dba-review explain "SELECT * FROM users WHERE id = $1"');
  const rows = values.rows === undefined ? undefined : Number(values.rows);
  if (rows !== undefined && !(Number.isInteger(rows) && rows >= 0)) throw new UsageError(`--rows must be a whole number of rows, not "${values.rows}"`);
  const [{ explainLocal }, { renderExplain }, { sandboxFromEnv }] = await Promise.all([
    import('./localReview.js'),
    import('../render/plans.js'),
    import('../sandbox/fromEnv.js'),
  ]);
  const sandbox = sandboxFromEnv();
  try {
    await cleanUp(sandbox, io);
    const result = await explainLocal({
      repo: values.repo,
      ref: values.ref,
      ...(values.base ? { base: values.base } : {}),
      sql,
      analyze: values.analyze,
      ...(rows !== undefined ? { rows } : {}),
      sandbox,
    });
    if (!result.ok) {
      io.stderr(result.errors.map((e) => `${CONFIG_PATH}: ${e}\n`).join(''));
      return EXIT.couldNotRun;
    }
    io.stdout(renderExplain(result.report, `EXPLAIN at ${values.ref}`));
    const plan = result.report.head?.plan;
    return plan?.ok ? EXIT.ok : EXIT.couldNotRun;
  } finally {
    await sandbox.close();
  }
}

/** What an earlier run that died (SIGKILL, out of memory) left running goes before this one starts servers of its own. */
async function cleanUp(sandbox: SandboxProvider, io: CliIo): Promise<void> {
  const removed = await sandbox.cleanup?.().catch((err: unknown) => {
    io.stderr(`pg-dba-review: could not remove what an earlier run left in the sandbox: ${(err as Error).message}\n`);
    return [];
  });
  if (removed?.length) io.stderr(`pg-dba-review: removed ${removed.length} sandbox leftover(s) of an earlier run that did not finish: ${removed.join(', ')}\n`);
}

/** Where the reviewed repository is served, for file links: --repository, on github.com unless --server-url names another server. */
function linkTarget(options: ReviewOptions): Pick<ReviewSubject, 'repository' | 'serverUrl'> | undefined {
  const { serverUrl, repository } = options;
  if (repository === undefined) {
    if (serverUrl !== undefined) throw new UsageError('--server-url needs --repository: files are linked to a repository on that server');
    return undefined;
  }
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new UsageError(`--repository must be owner/name, not "${repository}"`);
  if (serverUrl === undefined) return { repository };
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    throw new UsageError(`--server-url must be the server's address, e.g. https://github.com, not "${serverUrl}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--server-url must be an http(s) address, not "${serverUrl}"`);
  return { serverUrl: url.origin, repository };
}

/** `review`: the migrations head adds or changes, applied in a sandbox on top of base's. */
async function review(options: ReviewOptions, io: CliIo): Promise<number> {
  const link = linkTarget(options);
  const { sandboxFromEnv } = await import('../sandbox/fromEnv.js');
  const { repo, base, head, format, full } = options;
  return reviewIn({ repo, base, head, ...(link ? { link } : {}) }, { format, full }, sandboxFromEnv(), io);
}

/** `demo`: the bundled example, made a git repository and reviewed. */
async function demo(format: Format, io: CliIo): Promise<number> {
  const [{ buildDemoRepo, DEMO_REPO_DIR }, { embeddedSandboxFromEnv }] = await Promise.all([import('./demo.js'), import('../sandbox/fromEnv.js')]);
  const refs = await buildDemoRepo(DEMO_REPO_DIR);
  // The embedded default whatever SANDBOX_URL says, base snapshots included.
  return reviewIn({ repo: DEMO_REPO_DIR, ...refs }, { format, full: false }, embeddedSandboxFromEnv(), io);
}

async function reviewIn(
  target: Pick<LocalReviewOptions, 'repo' | 'base' | 'head' | 'link'>,
  output: { format: Format; full: boolean },
  sandbox: SandboxProvider,
  io: CliIo,
): Promise<number> {
  try {
    await cleanUp(sandbox, io);
    const [{ reviewLocal }, { runTask, TaskLimitError }, { REPORT_GRACE_MS }] = await Promise.all([
      import('./localReview.js'),
      import('../isolate/pool.js'),
      import('../sandbox/guard.js'),
    ]);
    const review = await reviewLocal({ ...target, sandbox });
    // Rendered in a worker thread like the app's comment: a change that makes it overrun ends with exit 2.
    const task: FormatTask = { review, ...output, version: await toolVersion() };
    const text = await runTask<FormatTask, string>('formatted', task, Date.now() + REPORT_GRACE_MS).catch((err: unknown) => {
      if (err instanceof TaskLimitError)
        throw new Error(
          `writing the review up was stopped: it ${err.limit === 'time' ? `took longer than ${REPORT_GRACE_MS / 1000} s` : 'ran out of memory'}. Something in this change makes it unusually expensive; split the change, or report it if the change is ordinary.`,
        );
      throw err;
    });
    io.stdout(text);
    return await exitCode(review);
  } finally {
    await sandbox.close();
  }
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const run = cliProgram(io, {
    review: (options) => review(options, io),
    lint: (paths, options) => lint(paths, options, io),
    explain: (sql, options) => explain(sql, options, io),
    demo: (options) => demo(options.format, io),
    statsExport: async (options) => (await import('./statsExport.js')).statsExport(options, io),
  });
  try {
    return await run(argv);
  } catch (err) {
    io.stderr(`pg-dba-review: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.couldNotRun;
  }
}
