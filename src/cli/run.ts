import { parseArgs } from 'node:util';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { conclusionOf } from '../render/verdict.js';
import type { Review } from '../review/types.js';
import { sandboxFromEnv } from '../sandbox/fromEnv.js';
import { EmbeddedSandboxProvider } from '../sandbox/embedded.js';
import type { SandboxProvider } from '../sandbox/types.js';
import { buildDemoRepo, DEMO_REPO_DIR } from './demo.js';
import { reviewLocal } from './localReview.js';

const HELP = `pg-dba-review: a PostgreSQL DBA's review of database migrations

Usage:
  pg-dba-review review [--repo DIR] [--base REF] [--head REF] [--format markdown|json]
  pg-dba-review demo   [--format markdown|json]

review   Replays the migrations at --base (default: main) in a sandbox PostgreSQL, applies the
         ones --head (default: HEAD) adds or changes, and prints the review.
demo     Builds the bundled example repository (examples/group-invites) and reviews it.

The sandbox is an embedded PostgreSQL unless SANDBOX_URL names a server to use.
Exit codes: 0 nothing at or above fail_on, 1 findings at or above fail_on, 2 could not run.
`;

export const EXIT = { ok: 0, findings: 1, couldNotRun: 2 } as const;

function exitCode(review: Review): number {
  if (review.outcome === 'could-not-run') return EXIT.couldNotRun;
  return conclusionOf(review) === 'failure' ? EXIT.findings : EXIT.ok;
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
  if (values.format !== 'markdown' && values.format !== 'json') throw new UsageError(`--format must be markdown or json, not "${values.format}"`);

  let target = { repo: values.repo, base: values.base, head: values.head };
  let sandbox: SandboxProvider;
  if (command === 'demo') {
    target = { repo: DEMO_REPO_DIR, ...(await buildDemoRepo(DEMO_REPO_DIR)) };
    sandbox = new EmbeddedSandboxProvider();
  } else if (command === 'review') {
    sandbox = sandboxFromEnv();
  } else {
    throw new UsageError(`unknown command "${command}"`);
  }
  try {
    const review = await reviewLocal({ ...target, sandbox });
    io.stdout(values.format === 'json' ? `${renderJson(review)}\n` : renderMarkdown(review));
    return exitCode(review);
  } finally {
    await sandbox.close();
  }
}

