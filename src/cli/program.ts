import { Command, CommanderError, Help, Option } from 'commander';
import { LINT_FORMATS, REVIEW_FORMATS, type LintFormat, type ReviewFormat } from '../render/formats.js';

export const EXIT = { ok: 0, findings: 1, couldNotRun: 2 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, read whole: what `lint -` lints. */
  stdin?: () => Promise<string>;
}

/** A mistake in how the CLI was called, found once a command runs: told like commander's own, exit 2. */
export class UsageError extends Error {}

export type Format = ReviewFormat;
export interface ReviewOptions {
  repo: string;
  base: string;
  head: string;
  format: Format;
  full: boolean;
  serverUrl?: string;
  repository?: string;
}
export interface LintOptions {
  config?: string;
  format: LintFormat;
  stdinFilename: string;
  /** false with --no-cache: every file is parsed again. */
  cache: boolean;
}
export interface ExplainOptions {
  repo: string;
  ref: string;
  base?: string;
  analyze: boolean;
  rows?: string;
}

export interface StatsExportOptions {
  databaseUrl?: string;
  out?: string;
  mask: boolean;
  schema?: string[];
}

/** What each command does, given what the command line said; each returns its exit code. */
export interface Actions {
  review: (options: ReviewOptions) => Promise<number>;
  lint: (paths: string[], options: LintOptions) => Promise<number>;
  explain: (sql: string, options: ExplainOptions) => Promise<number>;
  demo: (options: { format: Format }) => Promise<number>;
  statsExport: (options: StatsExportOptions) => Promise<number>;
}

const EXIT_CODES = 'Exit codes: 0 nothing at or above fail_on, 1 findings at or above fail_on, 2 could not run.';

const formatOption = () =>
  new Option('--format <format>', 'how the review is printed (github: GitHub Actions annotations)').choices(REVIEW_FORMATS).default('markdown');

/** The commands' help in one page, each command's description wrapped as the page always was. */
function overview(cmd: Command, helper: Help): string {
  const usage = cmd.commands.map((c) => `  pg-dba-review ${c.name().padEnd(6)} ${c.usage()}\n`).join('');
  const about = cmd.commands.map((c) => `${c.name().padEnd(8)} ${helper.boxWrap(c.description(), 89).replaceAll('\n', `\n${' '.repeat(9)}`)}\n`).join('');
  return `${cmd.description()}\n\nUsage:\n${usage}\n${about}\nThe sandbox is an embedded PostgreSQL unless SANDBOX_URL names a server to use.\n${EXIT_CODES}\n`;
}

/** An action's UsageError goes through commander, which adds the command's help. */
async function settle(cmd: Command, work: Promise<number>): Promise<number> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof UsageError) cmd.error(err.message, { exitCode: EXIT.couldNotRun });
    throw err;
  }
}

/**
 * The command line: which commands, flags and defaults there are, and their help. Returns a
 * function that runs one invocation to its exit code; unknown or incomplete flags are exit 2.
 */
export function cliProgram(io: CliIo, actions: Actions): (argv: string[]) => Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('pg-dba-review')
    .description("pg-dba-review: a PostgreSQL DBA's review of database migrations")
    .exitOverride()
    .showHelpAfterError()
    // Errors read like the CLI's others ("pg-dba-review: ..."); commander's start "error: ".
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`pg-dba-review: ${text.replace(/^error: /, '')}`) });

  // Subcommands inherit the settings above when created; the help text after each is their own.
  program
    .command('review')
    .usage('[--repo DIR] [--base REF] [--head REF] [--format markdown|json|sarif|github] [--full] [--repository OWNER/NAME [--server-url URL]]')
    .description(
      'Replays the migrations at --base (default: main) in a sandbox PostgreSQL, applies the ones --head (default: HEAD) adds or changes, and prints the review.',
    )
    .option('--repo <dir>', 'the git repository', '.')
    .option('--base <ref>', 'the ref whose migrations are replayed first', 'main')
    .option('--head <ref>', 'the ref whose added or changed migrations are reviewed', 'HEAD')
    .addOption(formatOption())
    .option('--full', "markdown: the whole review, every list in full, not fitted to GitHub's comment limit as the pull request comment is", false)
    .option('--repository <owner/name>', 'link files to this repository')
    .option('--server-url <url>', 'the server --repository is on, e.g. a GitHub Enterprise Server (default: https://github.com)')
    .addHelpText('after', `\n${EXIT_CODES}`)
    .action(async (options: ReviewOptions, cmd: Command) => {
      code = await settle(cmd, actions.review(options));
    });
  program
    .command('lint')
    .usage('[--config FILE] [--format text|json|sarif|github] [--stdin-filename PATH] <files, folders, globs, or - for standard input>...')
    .description(
      'Runs the rules that need no database over SQL files and prints one line per finding (file:line:col severity rule-id message), or JSON, SARIF or GitHub Actions annotations. Config: --config, else .github/dba.yml here.',
    )
    .argument('<paths...>', 'files, folders (their .sql files) or globs; - reads the SQL from standard input')
    .option('--config <file>', 'the configuration (default: .github/dba.yml, when there is one)')
    .addOption(new Option('--format <format>', 'how the findings are printed (github: GitHub Actions annotations)').choices(LINT_FORMATS).default('text'))
    .option('--stdin-filename <path>', 'the path standard input is linted as: its name in messages, and where its framework is told from', 'stdin.sql')
    .option('--no-cache', 'parse every file again instead of reusing the parse trees of unchanged files (kept under PG_DBA_REVIEW_CACHE)')
    .addHelpText('after', `\n${EXIT_CODES}`)
    .action(async (paths: string[], options: LintOptions, cmd: Command) => {
      code = await settle(cmd, actions.lint(paths, options));
    });
  program
    .command('explain')
    .usage('[--repo DIR] [--ref REF] [--base REF] [--analyze] [--rows N] "<SQL>"')
    .description(
      "Plans the query on the schema the migrations at --ref (default: HEAD) build, with the tables it reads filled as .github/dba.yml's data: says (--rows N for tables it does not name); --base REF plans it on that ref's schema too and shows the difference. --analyze runs it (EXPLAIN ANALYZE, BUFFERS) in a transaction that is rolled back.",
    )
    .argument('[sql...]', 'the query')
    .option('--repo <dir>', 'the git repository', '.')
    .option('--ref <ref>', 'the ref whose migrations build the schema', 'HEAD')
    .option('--base <ref>', "also plan it on this ref's schema, and show the difference")
    .option('--analyze', 'run it (EXPLAIN ANALYZE, BUFFERS) in a transaction that is rolled back', false)
    .option('--rows <n>', 'rows for the tables it reads that data: does not name')
    .addHelpText('after', `\n${EXIT_CODES}`)
    .action(async (sql: string[], options: ExplainOptions, cmd: Command) => {
      code = await settle(cmd, actions.explain(sql.join(' '), options));
    });
  program
    .command('demo')
    .usage('[--format markdown|json|sarif|github]')
    .description('Builds the bundled example repository (examples/group-invites) and reviews it.')
    .addOption(formatOption())
    .addHelpText('after', `\n${EXIT_CODES}`)
    .action(async (options: { format: Format }, cmd: Command) => {
      code = await settle(cmd, actions.demo(options));
    });
  const stats = program
    .command('stats')
    .usage('export --database-url URL [--out FILE] [--mask] [--schema S...]')
    .description(
      "export: writes production's statistics (table and index sizes, vacuum record, pg_stats per column) as one JSON file for `stats:` in .github/dba.yml, over a read-only session; --mask replaces the values of columns that look like personal data.",
    );
  stats
    .command('export')
    .usage('--database-url URL [--out FILE] [--mask] [--schema S...]')
    .description("Writes production's statistics as one JSON file (stdout without --out); reads catalogs and statistics views only, in a read-only session.")
    .option('--database-url <url>', 'the database to export from (default: DATABASE_URL)')
    .option('--out <file>', 'write the JSON here instead of stdout')
    .option('--mask', 'replace most-common values and histogram bounds of columns that look like personal data (docs/statistics.md)', false)
    .option('--schema <schema...>', 'only these schemas (default: all but the system ones)')
    .addHelpText('after', '\nExit codes: 0 written, 2 could not run (cannot connect, missing privilege).')
    .action(async (options: StatsExportOptions, cmd: Command) => {
      code = await settle(cmd, actions.statsExport(options));
    });
  // Set after the subcommands were made, so that only the top level's help is the overview.
  program.configureHelp({ formatHelp: overview });

  return async (argv) => {
    try {
      await program.parseAsync(argv, { from: 'user' });
      return code;
    } catch (err) {
      // Commander has already written the error, or the help asked for (its one exit code 0).
      if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.couldNotRun;
      throw err;
    }
  };
}
