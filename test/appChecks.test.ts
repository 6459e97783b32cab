import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { ApplicationFunctionOptions, Probot } from 'probot';
import { parse } from 'yaml';
import { buildGitRepo, git } from '../src/cli/gitRepo.js';
import { createDbaApp } from '../src/github/app.js';
import type { SandboxProvider } from '../src/sandbox/types.js';
import { CHECK_NAME } from '../src/github/publish.js';
import { FakeGitHub, type FakeRepo } from './support/fakeGitHub.js';
import { OpenApiValidator } from './support/openapi.js';
import { startApp, type AppHarness } from './support/appHarness.js';
import { testSandbox } from './support/postgres.js';
import { checkRunRerequestedPayload, issueCommentPayload, mergeGroupPayload, pullRequestPayload, type PullRequestChanges } from './support/webhooks.js';

// Completeness of the required check: merge groups, a pull request's new base, and a pull request that edits .github/dba.yml.
let tmp: string;
let dir: string;
let fake: FakeGitHub;
let harness: AppHarness;
const shas: Record<string, string> = {};
const repo = { owner: 'acme', repo: 'queue' };
const pulls: FakeRepo['pulls'] = {};

const ACCOUNTS = 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text, note text);\n';
const INDEX = 'CREATE INDEX accounts_email ON accounts (email);\n';

function pr(number: number, head: string, base = 'main') {
  pulls[number] = { base, head, title: `PR ${number}` };
  return { ...repo, number, title: `PR ${number}`, body: null, baseSha: shas[base] as string, headSha: shas[head] as string, installationId: 42 };
}

const runsOn = (ref: string) => fake.checkRuns.filter((r) => r.head_sha === shas[ref]);

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-app-checks-'));
  dir = join(tmp, 'queue');
  const files = (entries: [string, string | null][]) => Object.fromEntries(entries);
  await buildGitRepo(dir, [
    { branch: 'main', message: 'accounts', files: { 'db/migrations/001_accounts.sql': ACCOUNTS, '.github/dba.yml': 'fail_on: error\n' } },
    // A pull request that indexes accounts without CONCURRENTLY (an error), and the merge queue's group made for it.
    { branch: 'email-index', from: 'main', message: 'Index emails', files: { 'db/migrations/002_email.sql': INDEX } },
    { branch: 'group', from: 'main', message: 'Merge pull request #12 from acme/email-index\n\nIndex emails', files: { 'db/migrations/002_email.sql': INDEX } },
    // A group with more files than GitHub's compare lists (300): the migration sorts last.
    {
      branch: 'wide-group',
      from: 'main',
      message: 'Merge pull request #13 from acme/assets',
      files: files([
        ...Array.from({ length: 300 }, (_, i) => [`assets/f${i}.txt`, `${i}\n`] as [string, string]),
        ['db/migrations/002_note.sql', 'CREATE INDEX accounts_note ON accounts (note);\n'],
      ]),
    },
    // A release branch with a migration of its own, and a feature on top of it.
    {
      branch: 'release',
      from: 'main',
      message: 'release',
      files: { 'db/migrations/002_release.sql': 'ALTER TABLE accounts ADD COLUMN released_at timestamptz;\n' },
    },
    { branch: 'feature', message: 'feature', files: { 'db/migrations/003_feature.sql': 'ALTER TABLE accounts ADD COLUMN feature_flag boolean;\n' } },
    // Pull requests that edit .github/dba.yml: an invalid copy, and a valid one that loosens fail_on and asks for an extension.
    {
      branch: 'bad-config',
      from: 'main',
      message: 'bad config',
      files: {
        '.github/dba.yml': '# stricter\nfail_on: sometimes\nrules:\n  drop-table: error\n  creat-index-non-concurrently: off\n',
        'db/migrations/002_email.sql': INDEX,
      },
    },
    {
      branch: 'loose-config',
      from: 'main',
      message: 'loose config',
      files: { '.github/dba.yml': 'fail_on: never\npostgres:\n  extensions: [pg_trgm]\n', 'db/migrations/002_email.sql': INDEX },
    },
  ]);
  for (const ref of ['main', 'email-index', 'group', 'wide-group', 'release', 'feature', 'bad-config', 'loose-config']) {
    shas[ref] = await git(dir, ['rev-parse', ref]);
  }
  // The queue's temporary branches, named as GitHub names them.
  await git(dir, ['branch', `gh-readonly-queue/main/pr-12-${shas.main}`, 'group']);
  await git(dir, ['branch', `gh-readonly-queue/main/pr-13-${shas.main}`, 'wide-group']);
  fake = new FakeGitHub();
  fake.addRepo({ owner: repo.owner, name: repo.repo, dir, defaultBranch: 'main', pulls, collaborators: { 'octo-writer': 'write' } });
  harness = await startApp({ fake });
});

afterAll(async () => {
  await harness?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('merge queues', () => {
  const group = (ref: string, number: number) =>
    mergeGroupPayload({
      ...repo,
      pr: number,
      baseSha: shas.main as string,
      headSha: shas[ref] as string,
      message: `Merge pull request #${number} from acme/email-index`,
      installationId: 42,
    });

  it('the payload is a merge_group.checks_requested as GitHub describes it', () => {
    expect(new OpenApiValidator().validateWebhook('webhook-merge-group-checks-requested', group('group', 12))).toEqual([]);
  });

  it("reports the check on the group's head, reviewed against its base, with annotations and no comment", async () => {
    const before = fake.requests.length;
    expect((await harness.send('merge_group', group('group', 12))).status).toBe(200);
    const runs = runsOn('group');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ name: CHECK_NAME, status: 'completed', conclusion: 'failure', output: { title: expect.stringMatching(/^1 error/) } });
    expect(runs[0]?.annotations).toContainEqual(
      expect.objectContaining({ path: 'db/migrations/002_email.sql', start_line: 1, annotation_level: 'failure', title: 'create-index-non-concurrently' }),
    );
    expect(runs[0]?.output.summary).toContain('Merge queue: Merge pull request #12 from acme/email-index');
    const asked = fake.requests.slice(before).map((r) => r.operationId);
    expect(asked).toContain('repos/compare-commits-with-basehead');
    // No pull request: nothing is written to one (the queued ones' comments are read, for their acks).
    const writes = fake.requests.slice(before).filter((r) => r.method !== 'GET' && /^(issues|pulls)\//.test(r.operationId ?? ''));
    expect(writes).toEqual([]);
    expect(fake.comments).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it("keeps what the queued pull requests' /dba ack accepted accepted", async () => {
    await harness.send('pull_request', pullRequestPayload('opened', pr(12, 'email-index')));
    const ack = fake.addUserComment(12, '/dba ack create-index-non-concurrently accounts holds 40 rows', 'octo-writer');
    await harness.send('issue_comment', issueCommentPayload({ id: ack.id, body: ack.body, login: 'octo-writer' }, { ...repo, number: 12, installationId: 42 }));
    expect(runsOn('email-index').at(-1)).toMatchObject({ status: 'completed', conclusion: 'success' });

    await harness.send('merge_group', group('group', 12));
    const run = runsOn('group').at(-1);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(run?.annotations.filter((a) => a.title === 'create-index-non-concurrently')).toEqual([]);
    expect(run?.output.summary).toContain('accounts holds 40 rows');
    expect(fake.requests.some((r) => r.operationId === 'git/list-matching-refs')).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it("finds a migration past the 300 files GitHub's compare lists, by comparing the trees", async () => {
    await harness.send('merge_group', group('wide-group', 13));
    const run = runsOn('wide-group')[0];
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run?.annotations).toContainEqual(expect.objectContaining({ path: 'db/migrations/002_note.sql', title: 'create-index-non-concurrently' }));
    expect(fake.violations).toEqual([]);
  });
});

describe('a merge group check re-run from the Checks tab', () => {
  it('reviews the group again (against where its branch leaves main), never concludes a neutral pass', async () => {
    const runs = runsOn('wide-group').length;
    const payload = checkRunRerequestedPayload({ id: 1, name: CHECK_NAME, headSha: shas['wide-group'] as string }, { ...repo, installationId: 42 });
    payload.check_run.check_suite.head_branch = `gh-readonly-queue/main/pr-13-${shas.main}`;
    expect((await harness.send('check_run', payload)).status).toBe(200);
    const again = runsOn('wide-group');
    expect(again).toHaveLength(runs + 1);
    expect(again.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(again.at(-1)?.annotations).toContainEqual(expect.objectContaining({ path: 'db/migrations/002_note.sql', title: 'create-index-non-concurrently' }));
    expect(fake.violations).toEqual([]);
  });
});

describe('a pull request whose base branch changes', () => {
  const edited = (changes: PullRequestChanges, base: string) => pullRequestPayload('edited', pr(20, 'feature', base), changes);

  it('is reviewed again against the new base; a title or description edit is not', async () => {
    await harness.send('pull_request', pullRequestPayload('opened', pr(20, 'feature', 'main')));
    expect(runsOn('feature')).toHaveLength(1);
    expect(fake.commentsOn(20)[0]?.body).toMatch(/in 2 migration files \(added\)/);

    const retarget = edited({ base: { ref: { from: 'main' }, sha: { from: shas.main as string } } }, 'release');
    expect(new OpenApiValidator().validateWebhook('webhook-pull-request-edited', retarget)).toEqual([]);
    await harness.send('pull_request', retarget);
    const runs = runsOn('feature');
    expect(runs).toHaveLength(2);
    expect(runs[1]).toMatchObject({ status: 'completed' });
    // Against release, only the feature's own migration is new.
    expect(fake.commentsOn(20)).toHaveLength(1);
    expect(fake.commentsOn(20)[0]?.body).toMatch(/in 1 migration file \(added\)/);
    expect(fake.commentsOn(20)[0]?.body).not.toContain('002_release.sql');

    const before = fake.requests.length;
    await harness.send('pull_request', edited({ title: { from: 'Old title' }, body: { from: 'Old body' } }, 'release'));
    expect(fake.requests.length).toBe(before);
    expect(runsOn('feature')).toHaveLength(2);
    expect(fake.violations).toEqual([]);
  });
});

describe('a pull request that edits .github/dba.yml', () => {
  it('is judged by its own copy: each error annotated on its line, and the check titled so', async () => {
    await harness.send('pull_request', pullRequestPayload('opened', pr(30, 'bad-config')));
    const run = runsOn('bad-config')[0];
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: 'Invalid .github/dba.yml: 2 errors' } });
    expect(run?.annotations).toEqual([
      {
        path: '.github/dba.yml',
        start_line: 2,
        end_line: 2,
        annotation_level: 'failure',
        title: 'Invalid .github/dba.yml',
        message: 'fail_on: must be equal to one of the allowed values (error, warning, never)',
      },
      {
        path: '.github/dba.yml',
        start_line: 5,
        end_line: 5,
        annotation_level: 'failure',
        title: 'Invalid .github/dba.yml',
        message: expect.stringContaining('rules: "creat-index-non-concurrently" is neither a rule id nor a category'),
      },
    ]);
    expect(fake.commentsOn(30)[0]?.body).toContain('Invalid .github/dba.yml: fail_on: must be equal to one of the allowed values');
    expect(fake.violations).toEqual([]);
  });

  it("uses a valid copy's settings and says so, but keeps the default branch's platform settings", async () => {
    await harness.send('pull_request', pullRequestPayload('opened', pr(31, 'loose-config')));
    const run = runsOn('loose-config')[0];
    // fail_on: never from the pull request's copy: the unconcurrent index no longer fails the check.
    expect(run).toMatchObject({ status: 'completed', conclusion: 'neutral', output: { title: expect.stringMatching(/^1 error/) } });
    const body = fake.commentsOn(31)[0]?.body ?? '';
    expect(body).toContain('This change edits .github/dba.yml, so it was reviewed with its own copy, which changes postgres.extensions, fail_on.');
    expect(body).toContain("postgres.extensions came from the default branch's copy");
    expect(fake.violations).toEqual([]);
  });
});

describe('the app manifest', () => {
  it('app.yml subscribes to every event the app handles, and asks for the permissions they need', async () => {
    const handled: string[] = [];
    // No sandbox is used: no job runs (and no cleanup, which would touch the shared test server).
    const dba = createDbaApp({ sandbox: { limits: testSandbox().limits } as unknown as SandboxProvider });
    const probot = { on: (events: string | string[]) => handled.push(...[events].flat()), log: pino({ level: 'silent' }), auth: () => Promise.reject() };
    await dba.appFn(probot as unknown as Probot, { addHandler: () => {} } as unknown as ApplicationFunctionOptions);
    await dba.close();
    const manifest = parse(await readFile(new URL('../app.yml', import.meta.url), 'utf8')) as {
      default_events: string[];
      default_permissions: Record<string, string>;
    };
    expect([...new Set(handled.map((e) => e.split('.')[0]))].sort()).toEqual([...manifest.default_events].sort());
    expect(handled).toEqual(expect.arrayContaining(['pull_request.edited', 'merge_group.checks_requested']));
    expect(manifest.default_permissions).toMatchObject({ checks: 'write', merge_queues: 'read' });
  });
});
