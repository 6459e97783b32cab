import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildDemoRepo } from '../src/cli/demo.js';
import { buildGitRepo, git } from '../src/cli/gitRepo.js';
import { CHECK_NAME } from '../src/github/publish.js';
import { STICKY_MARKER } from '../src/render/comment.js';
import { FakeGitHub } from './support/fakeGitHub.js';
import { SECTIONS } from './support/hostileNames.js';
import { pullRequestPayload, type Payload } from './support/webhooks.js';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The committed bundle itself: what GitHub runs for `uses: pg-dba-review/pg-dba-review@v1`.
const ACTION = join(ROOT, 'action', 'dist', 'index.js');
const FILE = 'db/migrations/002_create_group_invites.sql';

let tmp: string;
let origin: string;
let fake: FakeGitHub;
const shas: Record<string, string> = {};

interface StepResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses $GITHUB_OUTPUT's `name<<delimiter` blocks, as the runner does. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1] as string] = m[3] as string;
  return out;
}

/** A workflow step: a checkout one commit deep (as actions/checkout makes it), the event payload, and the runner's files. */
async function runStep(name: string, event: string, payload: Payload, inputs: Record<string, string> = {}, server = 'https://github.com'): Promise<StepResult> {
  const dir = join(tmp, name);
  const workspace = join(dir, 'workspace');
  await exec('git', ['clone', '--quiet', '--depth=1', '--branch', 'add-group-invites', `file://${origin}`, workspace]);
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary') };
  await writeFile(files.event, JSON.stringify(payload));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('PG_DBA_REVIEW_'))),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: server,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    INPUT_TOKEN: 'ghs_workflowtoken',
    INPUT_CONFIG: '.github/dba.yml',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const run = await exec(process.execPath, [ACTION], { cwd: workspace, env, timeout: 240_000 }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: `${err.stdout}${err.stderr}` }),
  );
  return { ...run, outputs: parseOutputs(await readFile(files.output, 'utf8')), summary: await readFile(files.summary, 'utf8') };
}

function prPayload(headRepo = 'acme/shop', headSha = shas.head as string): Payload {
  const payload = pullRequestPayload('opened', {
    owner: 'acme',
    repo: 'shop',
    number: 7,
    title: 'Add group invites',
    body: 'Invites expire after 7 days.',
    baseSha: shas.main as string,
    headSha,
    installationId: 42,
  });
  payload.pull_request.head.repo.full_name = headRepo;
  return payload;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-action-test-'));
  origin = join(tmp, 'origin');
  await buildDemoRepo(origin);
  shas.main = await git(origin, ['rev-parse', 'main']);
  shas.head = await git(origin, ['rev-parse', 'add-group-invites']);
  // A pull request that breaks .github/dba.yml on its third line.
  const [badConfig] = await buildGitRepo(
    origin,
    [
      {
        branch: 'bad-config',
        from: 'add-group-invites',
        message: 'stricter',
        files: { '.github/dba.yml': 'migrations:\n  paths: [db/migrations/*.sql]\nfail_on: sometimes\n' },
      },
    ],
    { reuse: true },
  );
  shas.badConfig = badConfig as string;
  fake = new FakeGitHub();
  fake.addRepo({ owner: 'acme', name: 'shop', dir: origin, defaultBranch: 'main', pulls: { 7: { base: 'main', head: 'add-group-invites' } } });
  await fake.start();
});

afterAll(async () => {
  await fake?.stop();
  await rm(tmp, { recursive: true, force: true });
});

describe('the GitHub Action', () => {
  it('reviews a pull request from a shallow checkout and publishes what the app publishes', async () => {
    const step = await runStep('pr', 'pull_request', prPayload());
    // actions/checkout made one commit: the base and the history down to the merge base come from origin.
    expect(step.stdout).toContain(`fetched ${shas.main?.slice(0, 7)}, their history from origin`);
    // Three warnings stay below fail_on (error): the step passes, the check is neutral.
    expect(step.code).toBe(0);
    const runs = fake.checkRuns.filter((r) => r.head_sha === shas.head);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ name: CHECK_NAME, status: 'completed', conclusion: 'neutral' });
    expect(runs[0]?.output.title).toBe('3 warnings, 4 notes in 1 migration');
    expect(runs[0]?.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: FILE, start_line: 2, title: 'foreign-key-without-index', annotation_level: 'warning' }),
        expect.objectContaining({ path: FILE, start_line: 4, title: 'foreign-key-without-on-delete', annotation_level: 'notice' }),
      ]),
    );
    const comments = fake.commentsOn(7);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toContain(STICKY_MARKER);
    for (const section of SECTIONS) expect(body).toContain(section);
    expect(body).toContain('`foreign-key-without-index`');
    // The job summary is the comment's review, and the outputs carry the counts and the JSON.
    expect(step.summary).toContain('### Indexing Strategy');
    expect(step.outputs).toMatchObject({ conclusion: 'neutral', errors: '0', warnings: '3', notices: '4' });
    const json = JSON.parse(await readFile(step.outputs.json as string, 'utf8')) as { findings: { ruleId: string }[] };
    expect(json.findings.map((f) => f.ruleId)).toContain('foreign-key-without-index');
    expect(fake.violations).toEqual([]);
  }, 300_000);

  it('fails the step and the check when fail-on is warning, and edits its one comment', async () => {
    const step = await runStep('strict', 'pull_request', prPayload(), { 'fail-on': 'warning', suggestions: 'false' });
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('::error::3 warnings, 4 notes in 1 migration');
    const runs = fake.checkRuns.filter((r) => r.head_sha === shas.head);
    expect(runs.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(fake.commentsOn(7)).toHaveLength(1);
    expect(step.outputs.conclusion).toBe('failure');
    expect(fake.violations).toEqual([]);
  }, 300_000);

  it('fails a pull request that breaks .github/dba.yml, at the broken line', async () => {
    const step = await runStep('badconfig', 'pull_request', prPayload('acme/shop', shas.badConfig));
    expect(step.code).toBe(1);
    const run = fake.checkRuns.filter((r) => r.head_sha === shas.badConfig).at(-1);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: 'Invalid .github/dba.yml: 1 error' } });
    expect(run?.annotations).toEqual([
      expect.objectContaining({ path: '.github/dba.yml', start_line: 3, annotation_level: 'failure', message: expect.stringContaining('fail_on') }),
    ]);
    expect(fake.violations).toEqual([]);
  }, 300_000);

  it("writes a fork's review to the job summary and annotations, and says why there is no comment", async () => {
    const checks = fake.checkRuns.length;
    const comments = fake.comments.length;
    // On GitHub Enterprise Server, links go to the server the workflow runs on.
    const step = await runStep('fork', 'pull_request', prPayload('someone/shop'), {}, 'https://ghe.example.com');
    expect(step.code).toBe(0);
    expect(fake.checkRuns.length).toBe(checks);
    expect(fake.comments.length).toBe(comments);
    expect(step.stdout).toContain(`::warning title=foreign-key-without-index,file=${FILE},line=2,endLine=8::Foreign key public.group_invites(group_id)`);
    expect(step.summary).toContain('No comment or check run was posted: this pull request comes from the fork someone/shop');
    for (const section of SECTIONS) expect(step.summary).toContain(section);
    expect(step.summary).toContain(`](https://ghe.example.com/acme/shop/blob/${shas.head}/${FILE}#L2)`);
    expect(step.summary).not.toContain('https://github.com/acme');
  }, 300_000);

  it("reports the required check on a merge group's head, with no comment", async () => {
    const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Payload[] }[];
    const payload = structuredClone(examples.find((e) => e.name === 'merge_group')?.examples[0]) as Payload;
    Object.assign(payload.merge_group, { base_sha: shas.main, head_sha: shas.head, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7' });
    const comments = fake.comments.length;
    const step = await runStep('queue', 'merge_group', payload);
    expect(step.code).toBe(0);
    const run = fake.checkRuns.filter((r) => r.head_sha === shas.head).at(-1);
    expect(run).toMatchObject({ name: CHECK_NAME, status: 'completed', conclusion: 'neutral', output: { title: '3 warnings, 4 notes in 1 migration' } });
    expect(run?.annotations).toEqual(expect.arrayContaining([expect.objectContaining({ path: FILE, title: 'foreign-key-without-index' })]));
    // Named as the app names a group: by the queue's commit message.
    expect(run?.output.summary).toContain(`Merge queue: ${String(payload.merge_group.head_commit.message).split('\n')[0]}`);
    expect(fake.comments.length).toBe(comments);
    expect(fake.violations).toEqual([]);
  }, 300_000);

  it('passes, saying why, on an event that is neither a pull request nor a merge group', async () => {
    const step = await runStep('push', 'push', { ref: 'refs/heads/main' });
    expect(step.code).toBe(0);
    expect(step.stdout).toContain('Nothing reviewed: pg-dba-review reviews pull requests and merge groups');
    expect(step.outputs.conclusion).toBe('skipped');
  }, 60_000);

  it('stops with the input at fault on a wrong input', async () => {
    const step = await runStep('badinput', 'pull_request', prPayload(), { 'fail-on': 'sometimes' });
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('::error::pg-dba-review: `fail-on` must be one of error, warning, never, not "sometimes".');
  }, 60_000);
});

describe('the committed bundle', () => {
  it('is what `npm run build:action` makes of the source', async () => {
    const fresh = join(tmp, 'bundle');
    await exec(process.execPath, [join(ROOT, 'scripts', 'bundle-action.mjs'), fresh], { cwd: ROOT });
    const committed = join(ROOT, 'action', 'dist');
    const names = (await readdir(fresh)).sort();
    expect((await readdir(committed)).sort()).toEqual(names);
    for (const name of names) {
      const same = (await readFile(join(fresh, name))).equals(await readFile(join(committed, name)));
      if (!same) throw new Error(`action/dist/${name} differs from the source: run \`npm run build:action\` and commit action/dist`);
    }
  }, 120_000);
});

describe('the workflow teams copy', () => {
  it('runs on pull requests and merge groups, with the permissions and inputs the Action has', async () => {
    const { parse } = await import('yaml');
    const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; runs: { using: string; main: string } };
    expect(action.runs).toEqual({ using: 'node24', main: 'action/dist/index.js' });
    const workflow = parse(await readFile(join(ROOT, 'examples', 'workflows', 'dba-review.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: { review: { steps: { uses?: string; with?: Record<string, unknown> }[] } };
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'merge_group']);
    expect(workflow.permissions).toMatchObject({ checks: 'write', 'pull-requests': 'write' });
    const step = workflow.jobs.review.steps.find((s) => s.uses?.startsWith('pg-dba-review/pg-dba-review@'));
    expect(Object.keys(step?.with ?? {}).filter((k) => !(k in action.inputs))).toEqual([]);
  });
});
