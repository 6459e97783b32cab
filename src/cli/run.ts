import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CONFIG_PATH, resolveConfigText } from '../config/resolve.js';
import type { FormatTask } from '../render/publishable.js';
import type { Review } from '../review/types.js';
import type { SandboxProvider } from '../sandbox/types.js';

const HELP = `pg-dba-review: a PostgreSQL DBA's review of database migrations

Usage:
  pg-dba-review review [--repo DIR] [--base REF] [--head REF] [--format markdown|json|sarif]
  pg-dba-review lint   [--config FILE] <files, folders or globs>...
  pg-dba-review explain [--repo DIR] [--ref REF] [--base REF] [--analyze] [--rows N] "<SQL>"
  pg-dba-review demo   [--format markdown|json]

review   Replays the migrations at --base (default: main) in a sandbox PostgreSQL, applies the
         ones --head (default: HEAD) adds or changes, and prints the review.
lint     Runs the rules that need no database over SQL files and prints one line per finding
         (file:line:col severity rule-id message). Config: --config, else .github/dba.yml here.
explain  Plans the query on the schema the migrations at --ref (default: HEAD) build, with the
         tables it reads filled as .github/dba.yml's data: says (--rows N for tables it does not
         name); --base REF plans it on that ref's schema too and shows the difference. --analyze
         runs it (EXPLAIN ANALYZE, BUFFERS) in a transaction that is rolled back.
demo     Builds the bundled example repository (examples/group-invites) and reviews it.

The sandbox is an embedded PostgreSQL unless SANDBOX_URL names a server to use.
Exit codes: 0 nothing at or above fail_on, 1 findings at or above fail_on, 2 could not run.
`;

export const EXIT = { ok: 0, findings: 1, couldNotRun: 2 } as const;

async function exitCode(review: Review): Promise<number> {
  if (review.outcome === 'could-not-run') return EXIT.couldNotRun;
  const { conclusionOf } = await import('../render/verdict.js');
  return conclusionOf(review) === 'failure' ? EXIT.findings : EXIT.ok;
}

/** `lint`: static rules over files on disk. Loads no sandbox, so it starts fast. */
async function lint(files: string[], configPath: string | undefined, io: CliIo): Promise<number> {
  if (!files.length) throw new UsageError('lint needs files, folders or globs to check');
  // The parser compiles its WebAssembly on another thread once loaded: started first, it is ready when the rules are.
  void import('libpg-query');
  const [{ expandPaths, formatFindings, lintFails, lintFiles }, { RULE_NAMES }] = await Promise.all([import('./lint.js'), import('../rules/index.js')]);
  const text = await readFile(configPath ?? CONFIG_PATH, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (configPath || err.code !== 'ENOENT') throw new UsageError(`cannot read ${configPath ?? CONFIG_PATH}: ${err.message}`);
    return undefined;
  });
  const config = resolveConfigText(text, RULE_NAMES);
  if (!config.ok) {
    io.stderr(config.errors.map((e) => `${configPath ?? CONFIG_PATH}: ${e}\n`).join(''));
    return EXIT.couldNotRun;
  }
  const paths = await expandPaths(files, process.cwd());
  if (!paths.length) throw new UsageError(`no files match ${files.join(' ')}`);
  const { findings } = await lintFiles(paths, process.cwd(), config.config);
  io.stdout(formatFindings(findings));
  return lintFails(findings, config.config.fail_on) ? EXIT.findings : EXIT.ok;
}

/** `explain`: the plan of one query on the schema a ref's migrations build. */
async function explain(sql: string, values: { repo: string; ref: string; analyze: boolean; rows?: string | undefined }, base: string | undefined, io: CliIo): Promise<number> {
  if (!sql.trim()) throw new UsageError('explain needs a query, e.g. pg-dba-review explain "SELECT * FROM users WHERE id = $1"');
  const rows = values.rows === undefined ? undefined : Number(values.rows);
  if (rows !== undefined && !(Number.isInteger(rows) && rows >= 0)) throw new UsageError(`--rows must be a whole number of rows, not "${values.rows}"`);
  const [{ explainLocal }, { renderExplain }, { sandboxFromEnv }] = await Promise.all([import('./localReview.js'), import('../render/plans.js'), import('../sandbox/fromEnv.js')]);
  const sandbox = sandboxFromEnv();
  try {
    await cleanUp(sandbox, io);
    const result = await explainLocal({ repo: values.repo, ref: values.ref, ...(base ? { base } : {}), sql, analyze: values.analyze, ...(rows !== undefined ? { rows } : {}), sandbox });
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

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    io.stderr(`pg-dba-review: ${err instanceof Error ? err.message : String(err)}\n`);
    if (err instanceof UsageError) io.stderr(`\n${HELP}`);
    return EXIT.couldNotRun;
  }
}

class UsageError extends Error {}

function parseCliArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: 'string', default: '.' },
        base: { type: 'string', default: 'main' },
        head: { type: 'string', default: 'HEAD' },
        format: { type: 'string', default: 'markdown' },
        config: { type: 'string' },
        ref: { type: 'string', default: 'HEAD' },
        analyze: { type: 'boolean', default: false },
        rows: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(argv);
  const command = positionals[0];
  if (values.help || !command) {
    io.stdout(HELP);
    return values.help ? EXIT.ok : EXIT.couldNotRun;
  }
  if (command === 'lint') return lint(positionals.slice(1), values.config, io);
  if (command === 'explain') return explain(positionals.slice(1).join(' '), values, argv.includes('--base') ? values.base : undefined, io);
  if (!['markdown', 'json', 'sarif'].includes(values.format)) throw new UsageError(`--format must be markdown, json or sarif, not "${values.format}"`);

  let target = { repo: values.repo, base: values.base, head: values.head };
  let sandbox: SandboxProvider;
  if (command === 'demo') {
    const [{ buildDemoRepo, DEMO_REPO_DIR }, { embeddedSandboxFromEnv }] = await Promise.all([import('./demo.js'), import('../sandbox/fromEnv.js')]);
    target = { repo: DEMO_REPO_DIR, ...(await buildDemoRepo(DEMO_REPO_DIR)) };
    // The embedded default whatever SANDBOX_URL says, base snapshots included.
    sandbox = embeddedSandboxFromEnv();
  } else if (command === 'review') {
    sandbox = (await import('../sandbox/fromEnv.js')).sandboxFromEnv();
  } else {
    throw new UsageError(`unknown command "${command}"`);
  }
  try {
    await cleanUp(sandbox, io);
    const [{ reviewLocal }, { runTask, TaskLimitError }, { REPORT_GRACE_MS }] = await Promise.all([import('./localReview.js'), import('../isolate/pool.js'), import('../sandbox/guard.js')]);
    const review = await reviewLocal({ ...target, sandbox });
    const version = (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    // Rendered in a worker thread like the app's comment: a change that makes it overrun ends with exit 2.
    const task: FormatTask = { review, format: values.format === 'json' || values.format === 'sarif' ? values.format : 'markdown', version };
    const text = await runTask<FormatTask, string>('formatted', task, Date.now() + REPORT_GRACE_MS).catch((err: unknown) => {
      if (err instanceof TaskLimitError) throw new Error(`writing the review up was stopped: it ${err.limit === 'time' ? `took longer than ${REPORT_GRACE_MS / 1000} s` : 'ran out of memory'}. Something in this change makes it unusually expensive; split the change, or report it if the change is ordinary.`);
      throw err;
    });
    io.stdout(text);
    return await exitCode(review);
  } finally {
    await sandbox.close();
  }
}

