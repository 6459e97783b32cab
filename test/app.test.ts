import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGitRepo, git } from '../src/cli/gitRepo.js';
import { buildDemoRepo } from '../src/cli/demo.js';
import { CHECK_NAME } from '../src/github/publish.js';
import { STICKY_MARKER } from '../src/render/comment.js';
import { FakeGitHub } from './support/fakeGitHub.js';
import { SECTIONS } from './support/hostileNames.js';
import { SECRET, startApp, type AppHarness } from './support/appHarness.js';
import { checkRunRerequestedPayload, issueCommentPayload, pullRequestPayload, type PullRequestFixture } from './support/webhooks.js';

let tmp: string;
let fake: FakeGitHub;
let harness: AppHarness;
const shop = { owner: 'acme', repo: 'shop', dir: '', shas: {} as Record<string, string> };
const strict = { owner: 'acme', repo: 'strict', dir: '' };
const shopPulls: Record<number, { base: string; head: string; title?: string }> = {
  7: { base: 'main', head: 'add-group-invites~1' },
  8: { base: 'main', head: 'docs' },
  9: { base: 'main', head: 'wide' },
  10: { base: 'main', head: 'add-group-invites~1' },
  11: { base: 'main', head: 'add-group-invites~1' },
};

function pr(number: number, head: string, base = 'main', title = 'Add group invites'): PullRequestFixture {
  return {
    owner: shop.owner,
    repo: shop.repo,
    number,
    title,
    body: 'Invites expire after 7 days.',
    baseSha: shop.shas[base] as string,
    headSha: shop.shas[head] as string,
    installationId: 42,
  };
}

function send(event: string, payload: Record<string, unknown>, secret: string | null = SECRET) {
  return harness.send(event, payload, { secret });
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-app-test-'));
  // acme/shop: the bundled example, then a second push with a failing migration, and a
  // branch that changes no migration.
  shop.dir = join(tmp, 'shop');
  await buildDemoRepo(shop.dir);
  await git(shop.dir, ['checkout', '--quiet', 'add-group-invites']);
  for (const [branch, files, from] of [
    [
      'add-group-invites',
      {
        'db/migrations/003_invite_index.sql':
          "CREATE INDEX group_invites_group_id_idx\n  ON group_invites (group_id);\n\nALTER TABLE group_invites\n  ADD COLUMN expires_at timestamptz NOT NULL DEFAULT now() + interval '7 days',\n  ADD CONSTRAINT invites_inviter_fkey FOREIGN KEY (inviter_id) REFERENCES users (id);\n",
      },
      undefined,
    ],
    ['docs', { 'README.md': '# shop\n' }, 'main'],
    // A change with 2,000 findings: 250 tables without a primary key, each with 7 json columns.
    // (Octokit's throttling spaces writes a second apart, as GitHub asks: 40 annotation batches take 40 s.)
    [
      'wide',
      {
        'db/migrations/002_wide.sql':
          Array.from({ length: 250 }, (_, i) => `CREATE TABLE w${i} (a json, b json, c json, d json, e json, f json, g json);`).join('\n') + '\n',
      },
      'main',
    ],
  ] as const) {
    await buildGitRepo(shop.dir, [{ branch, from, message: `update ${branch}`, files }], { reuse: true });
  }
  for (const ref of ['main', 'add-group-invites~1', 'add-group-invites', 'docs', 'wide']) shop.shas[ref] = await git(shop.dir, ['rev-parse', ref]);

  // acme/strict: a default branch whose .github/dba.yml is invalid.
  strict.dir = join(tmp, 'strict');
  await buildGitRepo(strict.dir, [
    {
      branch: 'main',
      message: 'base',
      files: { '.github/dba.yml': 'fail_on: sometimes\nmigrations:\n  path: [db/*.sql]\n', 'db/migrations/001.sql': 'CREATE TABLE t (id int);' },
    },
    { branch: 'feature', message: 'add u', files: { 'db/migrations/002.sql': 'CREATE TABLE u (id int);' } },
  ]);

  fake = new FakeGitHub();
  fake.addRepo({
    owner: shop.owner,
    name: shop.repo,
    dir: shop.dir,
    defaultBranch: 'main',
    pulls: shopPulls,
    collaborators: { 'octo-writer': 'write', 'octo-maintainer': 'maintain', 'octo-triager': 'triage' },
  });
  fake.addRepo({ owner: strict.owner, name: strict.repo, dir: strict.dir, defaultBranch: 'main', pulls: { 3: { base: 'main', head: 'feature' } } });
  harness = await startApp({ fake });
});

afterAll(async () => {
  await harness?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('the GitHub App over HTTP', () => {
  it('reviews a pull request: check run in progress, then concluded, and one DBA comment', async () => {
    const res = await send('pull_request', pullRequestPayload('opened', pr(7, 'add-group-invites~1')));
    expect(res.status).toBe(200);

    const runs = fake.checkRuns.filter((r) => r.head_sha === shop.shas['add-group-invites~1']);
    expect(runs).toHaveLength(1);
    // Warnings (the unindexed foreign key, timestamp without time zone, a nullable status) stay below fail_on: neutral.
    expect(runs[0]).toMatchObject({ name: CHECK_NAME, status: 'completed', conclusion: 'neutral' });
    expect(runs[0]?.output.title).toMatch(/^3 warnings, \d+ notes in 1 migration$/);
    expect(runs[0]?.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'db/migrations/002_create_group_invites.sql',
          start_line: 2,
          title: 'foreign-key-without-index',
          annotation_level: 'warning',
        }),
      ]),
    );
    const created = fake.requests.find((r) => r.operationId === 'checks/create');
    expect(created?.body).toMatchObject({ status: 'in_progress', head_sha: shop.shas['add-group-invites~1'] });

    const comments = fake.commentsOn(7);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body as string;
    expect(body.startsWith(STICKY_MARKER)).toBe(true);
    expect(body).toContain('## PostgreSQL DBA Review: group_invites');
    let last = -1;
    for (const section of SECTIONS) {
      expect(body.indexOf(section)).toBeGreaterThan(last);
      last = body.indexOf(section);
    }
    for (const column of ['id', 'group_id', 'user_email', 'status', 'created_at']) expect(body).toContain(`column \`${column}\``);
    expect(body).toContain('has no index that leads with `group_id`');
    expect(body).toContain('PostgreSQL 18');
    // The payload's repository is on github.com: so are the file links.
    expect(body).toContain(`](https://github.com/acme/shop/blob/${shop.shas['add-group-invites~1']}/db/migrations/002_create_group_invites.sql#L2)`);
    expect(runs[0]?.output.summary).toContain('### Questions or Flags');

    // One review with one-click suggestions, on the right lines of the multi-line CREATE TABLE.
    expect(fake.reviews.filter((r) => r.pull === 7)).toHaveLength(1);
    const suggestions = fake.reviewComments.filter((c) => c.pull === 7);
    const byRule = (rule: string) => suggestions.find((c) => c.body.includes(`**${rule}**`));
    expect(byRule('prefer-timestamptz')).toMatchObject({ path: 'db/migrations/002_create_group_invites.sql', line: 7 });
    expect(byRule('prefer-timestamptz')?.body).toContain('```suggestion\n  created_at timestamptz DEFAULT now()\n```');
    expect(byRule('foreign-key-without-index')).toMatchObject({ line: 8 });
    expect(byRule('foreign-key-without-index')?.body).toContain(
      '```suggestion\n);\nCREATE INDEX group_invites_group_id_idx ON public.group_invites (group_id);\n```',
    );
    expect(fake.violations).toEqual([]);
  });

  it("links files on the server the payload names: a GitHub Enterprise Server's repository.html_url", async () => {
    const payload = pullRequestPayload('opened', pr(11, 'add-group-invites~1'));
    payload.repository.html_url = 'https://ghe.example.com/acme/shop';
    await send('pull_request', payload);
    const body = fake.commentsOn(11)[0]?.body ?? '';
    const links = [...body.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(0);
    const blob = `https://ghe.example.com/acme/shop/blob/${shop.shas['add-group-invites~1']}/`;
    expect(links.filter((l) => !l.startsWith(blob))).toEqual([]);
    expect(links).toContain(`${blob}db/migrations/002_create_group_invites.sql#L2`);
    expect(fake.violations).toEqual([]);
  });

  it('edits the same comment on the next push and fails the check at the failing line', async () => {
    shopPulls[7] = { base: 'main', head: 'add-group-invites' };
    await send('pull_request', pullRequestPayload('synchronize', pr(7, 'add-group-invites')));
    const run = fake.checkRuns.find((r) => r.head_sha === shop.shas['add-group-invites']);
    expect(run).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Migration failed to apply: db/migrations/003_invite_index.sql' },
    });
    expect(run?.annotations.filter((a) => a.annotation_level === 'failure')).toEqual([
      expect.objectContaining({
        path: 'db/migrations/003_invite_index.sql',
        start_line: 4,
        annotation_level: 'failure',
        title: 'migration-failed',
        message: expect.stringContaining('relation "users" does not exist (SQLSTATE 42P01)'),
      }),
    ]);
    const comments = fake.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('Migration failed to apply');
    expect(comments[0]?.body).toContain('rolled-back');
    expect(comments[0]?.body).toContain('Applied before the failure: `db/migrations/002_create_group_invites.sql`.');
    expect(comments[0]?.body).toContain(
      `Updated for \`${shop.shas['add-group-invites']?.slice(0, 7)}\`. The review of \`${shop.shas['add-group-invites~1']?.slice(0, 7)}\` had 3 warnings; this push has 1 error and 3 warnings.`,
    );
    expect(comments[0]?.body).toContain('The 1 statement(s) before it in this file were rolled back with it.');
    expect(fake.requests.filter((r) => r.operationId === 'issues/update-comment')).toHaveLength(1);
    // The first push's suggestions are replaced, not piled up: one review per push.
    expect(fake.reviews.filter((r) => r.pull === 7).map((r) => r.commit_id)).toEqual([shop.shas['add-group-invites~1'], shop.shas['add-group-invites']]);
    expect(fake.reviewComments.filter((c) => c.pull === 7).every((c) => c.commit_id === shop.shas['add-group-invites'])).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it('concludes a push without migration changes at once, with no comment', async () => {
    await send('pull_request', pullRequestPayload('opened', pr(8, 'docs', 'main', 'Docs')));
    const run = fake.checkRuns.find((r) => r.head_sha === shop.shas.docs);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success', output: { title: 'No migration changes' } });
    expect(fake.commentsOn(8)).toHaveLength(0);
    expect(fake.violations).toEqual([]);
  });

  it('turns an invalid .github/dba.yml into a failed check and a comment that names each error', async () => {
    const head = await git(strict.dir, ['rev-parse', 'feature']);
    const base = await git(strict.dir, ['rev-parse', 'main']);
    await send(
      'pull_request',
      pullRequestPayload('opened', {
        owner: strict.owner,
        repo: strict.repo,
        number: 3,
        title: 'Add u',
        body: null,
        baseSha: base,
        headSha: head,
        installationId: 42,
      }),
    );
    const run = fake.checkRuns.find((r) => r.head_sha === head);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: 'Invalid .github/dba.yml: 2 errors' } });
    // The pull request does not change the file (the default branch's copy is at fault): nothing to annotate in it.
    expect(run?.annotations).toEqual([]);
    const body = fake.commentsOn(3)[0]?.body ?? '';
    expect(body).toContain('Invalid .github/dba.yml: fail_on: must be equal to one of the allowed values (error, warning, never)');
    expect(body).toContain('Invalid .github/dba.yml: migrations: unknown key "path"');
    expect(fake.violations).toEqual([]);
  });

  it("keeps a change with 2,000 findings under GitHub's limits: a summarised comment, annotations 50 per call", async () => {
    await send('pull_request', pullRequestPayload('opened', pr(9, 'wide', 'main', 'Wide table')));
    const run = fake.checkRuns.find((r) => r.head_sha === shop.shas.wide);
    expect(run?.status).toBe('completed');
    expect(run?.annotations.length).toBe(2000);
    const updates = fake.requests.filter((r) => r.operationId === 'checks/update' && r.path.endsWith(`/${run?.id}`));
    expect(updates.length).toBe(40);
    expect(updates.every((u) => ((u.body as { output?: { annotations?: unknown[] } }).output?.annotations?.length ?? 0) <= 50)).toBe(true);
    expect(run?.output.summary?.length).toBeLessThanOrEqual(65_535);
    const body = fake.commentsOn(9)[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('### Questions or Flags');
    expect(body).toMatch(/… and \d+ more \(the check run's annotations list them all\)/);
    expect(fake.violations).toEqual([]);
  }, 180_000);

  it('re-runs the review when the check is re-requested, finding the pull request even without it in the payload', async () => {
    const head = shop.shas['add-group-invites'] as string;
    const old = fake.checkRuns.find((r) => r.head_sha === head);
    const before = fake.checkRuns.filter((r) => r.head_sha === head).length;
    await send(
      'check_run',
      checkRunRerequestedPayload(
        { id: old?.id ?? 0, name: CHECK_NAME, headSha: head, pullNumber: 7 },
        { owner: shop.owner, repo: shop.repo, installationId: 42 },
      ),
    );
    const runs = fake.checkRuns.filter((r) => r.head_sha === head);
    expect(runs).toHaveLength(before + 1);
    expect(runs.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(fake.requests.some((r) => r.operationId === 'pulls/get')).toBe(true);
    // A fork's pull request is missing from the payload: the app asks which PR holds the commit.
    await send(
      'check_run',
      checkRunRerequestedPayload({ id: old?.id ?? 0, name: CHECK_NAME, headSha: head }, { owner: shop.owner, repo: shop.repo, installationId: 42 }),
    );
    expect(fake.checkRuns.filter((r) => r.head_sha === head)).toHaveLength(before + 2);
    expect(fake.requests.some((r) => r.operationId === 'repos/list-pull-requests-associated-with-commit')).toBe(true);
    // Another app's check is not ours to re-run.
    await send(
      'check_run',
      checkRunRerequestedPayload({ id: 1, name: 'lint', headSha: head, pullNumber: 7 }, { owner: shop.owner, repo: shop.repo, installationId: 42 }),
    );
    expect(fake.checkRuns.filter((r) => r.head_sha === head)).toHaveLength(before + 2);
    expect(fake.violations).toEqual([]);
  });

  /** Posts `body` as `login` on PR 10 and delivers the webhook; returns the comment and what the bot replied. */
  async function command(body: string, login: string, type: 'User' | 'Bot' = 'User') {
    const comment = fake.addUserComment(10, body, login);
    const res = await send(
      'issue_comment',
      issueCommentPayload({ id: comment.id, body, login, type }, { owner: shop.owner, repo: shop.repo, number: 10, installationId: 42 }),
    );
    expect(res.status).toBe(200);
    return {
      comment,
      replies: fake.commentsOn(10).filter((c) => c.id > comment.id),
      reactions: fake.reactions.filter((r) => r.commentId === comment.id).map((r) => r.content),
    };
  }

  it('answers /dba explain from a writer with the plan on the PR schema, the base schema, and an index tried in the sandbox', async () => {
    const { replies, reactions } = await command('/dba explain\n```sql\nSELECT * FROM group_invites WHERE group_id = $1\n```', 'octo-writer');
    expect(replies).toHaveLength(1);
    const body = replies[0]?.body ?? '';
    expect(body).toContain('@octo-writer');
    expect(body).toContain(`\`/dba explain\` on ${shop.shas['add-group-invites~1']?.slice(0, 7)}`);
    expect(body).toMatch(/Seq Scan on group_invites/);
    expect(body).toContain('public.group_invites 10,000 rows');
    expect(body).toContain('GENERIC_PLAN');
    expect(body).toMatch(/Index tried in the sandbox[\s\S]*Seq Scan, estimated cost [\d,.]+ → (Index|Bitmap Heap) Scan/);
    expect(body).toContain('On the base branch');
    expect(body).toContain('relation "group_invites" does not exist');
    expect(reactions).toEqual(['eyes', 'rocket']);
    expect(fake.violations).toEqual([]);
  }, 60_000);

  it('refuses commands that run SQL to a commenter without write access, running nothing', async () => {
    const before = fake.requests.length;
    const { replies, reactions } = await command('/dba explain analyze DELETE FROM groups', 'octo-triager');
    expect(replies.map((r) => r.body)).toEqual([
      expect.stringContaining('open to people with write, maintain or admin permission on acme/shop (yours: triage). Nothing was run'),
    ]);
    expect(reactions).toEqual(['eyes', 'confused']);
    const asked = fake.requests.slice(before).map((r) => r.operationId);
    expect(asked).toEqual([
      'reactions/create-for-issue-comment',
      'repos/get-collaborator-permission-level',
      'issues/create-comment',
      'reactions/create-for-issue-comment',
    ]);
    // A maintainer may: the permission is asked of the API each time, never assumed.
    const { replies: ok } = await command('/dba explain SELECT count(*) FROM groups', 'octo-maintainer');
    expect(ok[0]?.body).toContain('Aggregate');
    expect(fake.violations).toEqual([]);
  }, 60_000);

  it('lists the commands for /dba help and an unknown command, and ignores bots and plain comments', async () => {
    const help = await command('/dba help', 'someone');
    expect(help.replies[0]?.body).toContain('`/dba explain analyze <SQL>`');
    expect(help.reactions).toEqual(['eyes', 'rocket']);
    const unknown = await command('/dba vacuum', 'someone');
    expect(unknown.replies[0]?.body).toContain('`/dba vacuum` is not a command I know');
    const before = fake.requests.length;
    await command('/dba help', 'other-bot[bot]', 'Bot');
    await command('LGTM, ship it', 'someone');
    expect(fake.requests.length).toBe(before);
  });

  it('re-runs the review on /dba review from a writer', async () => {
    const head = shop.shas['add-group-invites~1'] as string;
    const before = fake.checkRuns.filter((r) => r.head_sha === head).length;
    const trees = () => fake.requests.filter((r) => r.operationId === 'git/get-tree').length;
    const treesBefore = trees();
    const { reactions } = await command('/dba review', 'octo-writer');
    // The same base and head as the review before: their trees come from the app's cache.
    expect(trees()).toBe(treesBefore);
    const runs = fake.checkRuns.filter((r) => r.head_sha === head);
    expect(runs).toHaveLength(before + 1);
    expect(runs.at(-1)).toMatchObject({ status: 'completed', conclusion: 'neutral' });
    expect(fake.commentsOn(10).filter((c) => c.body.includes(STICKY_MARKER))).toHaveLength(1);
    expect(reactions).toEqual(['eyes', 'rocket']);
    expect(fake.violations).toEqual([]);
  }, 60_000);

  it('rejects a forged or missing signature and posts nothing', async () => {
    const before = fake.requests.length;
    const payload = pullRequestPayload('opened', pr(7, 'add-group-invites'));
    expect((await send('pull_request', payload, 'not-the-secret')).status).toBeGreaterThanOrEqual(400);
    expect((await send('pull_request', payload, null)).status).toBeGreaterThanOrEqual(400);
    expect(fake.requests.length).toBe(before);
  });
});
