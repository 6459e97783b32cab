import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { closeTasks, runningTasks, runTask, startTasks, TaskLimitError } from '../src/isolate/pool.js';
import type { Migration } from '../src/discover/types.js';
import { parseMigration, type ParsedFile } from '../src/parse/statements.js';
import type { RuleResults, RulesTask } from '../src/rules/run.js';

// A change's text decides how long parsing, the rules and rendering take. They run in worker
// threads, ended at the review's deadline, so the process keeps serving everything else.

const BIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
// 800,000 statements in 8 MB (just under the largest file a review reads): a minute or two of parsing.
const HUGE = 'SELECT 1;\n'.repeat(800_000);

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-isolate-'));
});
afterAll(async () => {
  await closeTasks();
  await rm(tmp, { recursive: true, force: true });
});

/** The built CLI as a user runs it, with what it printed and how it ended. */
function cli(args: string[], env: NodeJS.ProcessEnv, onStart?: (pid: number) => void) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    onStart?.(child.pid as number);
  });
}

async function hugeChange(dir: string) {
  return buildGitRepo(dir, [
    { branch: 'main', message: 'base', files: { 'db/migrations/001_t.sql': 'CREATE TABLE t (id bigint PRIMARY KEY);\n' } },
    { branch: 'feature', message: 'A migration of 800,000 statements', files: { 'db/migrations/002_many.sql': HUGE } },
  ]);
}

describe('work on the change runs in worker threads', () => {
  it('starts a thread ahead of the first task when asked, which the first task then runs on', async () => {
    await closeTasks();
    expect(runningTasks()).toBe(0);
    startTasks();
    expect(runningTasks()).toBe(1);
    startTasks();
    const parsed = await runTask<{ path: string; sql: string }[], ParsedFile[]>('parse', [{ path: 'a.sql', sql: 'SELECT 1;' }], Date.now() + 60_000);
    expect(parsed[0]).toMatchObject({ ok: true });
    expect(runningTasks()).toBe(1);
  });

  it('runs the rules in a new thread that has parsed nothing, its parser still loading', async () => {
    await closeTasks();
    const sql = '-- dba-ignore: drop-table emptied and unused since the last release\nDROP TABLE t;\nDROP TABLE u;\n';
    const parsed = await parseMigration('db/001_drop.sql', sql);
    const migration: Migration = {
      framework: 'plain',
      set: 'db',
      key: 'db/001_drop.sql',
      path: 'db/001_drop.sql',
      blobSha: '0'.repeat(40),
      version: '001',
      name: 'drop',
      up: sql,
      transaction: 'wrapped',
      checksum: 'x',
    };
    const task: RulesTask = { context: { mode: 'lint', serverMajor: 18, migrations: [{ migration, parsed }], detections: [] }, config: {} };
    // The suppression is read with the scanner's synchronous call, which a thread's first task used to reach before the WebAssembly was ready.
    const results = await runTask<RulesTask, RuleResults>('rules', task, Date.now() + 60_000);
    expect(results.suppressed.map((s) => [s.finding.ruleId, s.finding.line, s.reason])).toEqual([
      ['drop-table', 2, 'emptied and unused since the last release'],
    ]);
    expect(results.findings.filter((f) => f.ruleId === 'drop-table').map((f) => f.line)).toEqual([3]);
  });

  it('ends a task at its deadline with its thread while the event loop keeps turning, then runs the next task', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const stopped = await runTask<{ path: string; sql: string }[], ParsedFile[]>('parse', [{ path: 'many.sql', sql: HUGE }], Date.now() + 1500).catch(
      (e: unknown) => e,
    );
    const took = performance.now() - started;
    delay.disable();
    expect(stopped).toBeInstanceOf(TaskLimitError);
    expect(stopped).toMatchObject({ task: 'parse', limit: 'time', message: 'the parse task did not finish in time' });
    // Stopped at its deadline, not after the minutes the parse needs.
    expect(took).toBeLessThan(10_000);
    // The main thread never waited on it: its longest stall is far below the task's time.
    expect(delay.max / 1e6).toBeLessThan(took / 2);

    const [parsed] = await runTask<{ path: string; sql: string }[], ParsedFile[]>(
      'parse',
      [{ path: 'two.sql', sql: 'SELECT 1;\n\n  CREATE TABLE x (id int);' }],
      Date.now() + 60_000,
    );
    expect(parsed?.ok && parsed.statements.map((s) => [s.kind, s.start.line, s.start.column])).toEqual([
      ['SelectStmt', 1, 1],
      ['CreateStmt', 3, 3],
    ]);
  });

  it('a review whose parsing outlasts REVIEW_BUDGET_SECONDS ends at the budget plus the grace to report, saying what was stopped', async () => {
    const repo = join(tmp, 'budget');
    const [base, head] = await hugeChange(repo);
    const run = await cli(['review', '--repo', repo, '--base', base as string, '--head', head as string], {
      SANDBOX_URL: process.env.PG_DBA_REVIEW_TEST_URL,
      REVIEW_BUDGET_SECONDS: '1',
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      "Parsing the change's SQL did not finish within the review's time budget of 1 s (and 10 s more to report), so it was stopped and nothing was applied.",
    );
  });

  it('honours SIGTERM while a task runs: the CLI ends at once instead of when the parse is done', async () => {
    const repo = join(tmp, 'sigterm');
    const [base, head] = await hugeChange(repo);
    let pid = 0;
    const running = cli(
      ['review', '--repo', repo, '--base', base as string, '--head', head as string],
      { SANDBOX_URL: process.env.PG_DBA_REVIEW_TEST_URL },
      (p) => (pid = p),
    );
    // Past start-up and git: the parse task has the file.
    await new Promise((r) => setTimeout(r, 6000));
    const sent = performance.now();
    process.kill(pid, 'SIGTERM');
    const run = await running;
    expect(performance.now() - sent).toBeLessThan(10_000);
    expect(run.stdout).not.toContain('## PostgreSQL DBA Review');
  });
});
