import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { STICKY_MARKER } from '../src/render/comment.js';
import { FakeGitHub } from './support/fakeGitHub.js';
import { startApp, type AppHarness } from './support/appHarness.js';
import { issueCommentPayload, pullRequestPayload } from './support/webhooks.js';

const RULE = 'create-index-non-concurrently';
const FILE = 'db/migrations/002_accounts_name.sql';
const ledger = { owner: 'acme', repo: 'ledger', dir: '' };
const shas: Record<string, string> = {};
const pulls: Record<number, { base: string; head: string; title?: string }> = {};
let tmp: string;
let fake: FakeGitHub;
let harness: AppHarness;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dba-ack-test-'));
  ledger.dir = join(tmp, 'ledger');
  // One finding that fails the check (an index built without CONCURRENTLY on an existing table);
  // then a push that only moves it (a comment above, other spacing), then one that changes it.
  const [main, plain, moved, changed] = await buildGitRepo(ledger.dir, [
    {
      branch: 'main',
      message: 'accounts',
      files: {
        '.github/dba.yml': 'ack:\n  teams: [dba-team]\n',
        'db/migrations/001_accounts.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);\n',
      },
    },
    { branch: 'index', message: 'index', files: { [FILE]: 'CREATE INDEX accounts_name_idx ON accounts (name);\n' } },
    { branch: 'index', message: 'comment', files: { [FILE]: '-- lookups by name\n\nCREATE INDEX accounts_name_idx\n    ON accounts (name);\n' } },
    { branch: 'index', message: 'lower', files: { [FILE]: '-- lookups by name\n\nCREATE INDEX accounts_name_idx\n    ON accounts (lower(name));\n' } },
  ]);
  Object.assign(shas, { main, plain, moved, changed });
  fake = new FakeGitHub();
  fake.addRepo({
    owner: ledger.owner,
    name: ledger.repo,
    dir: ledger.dir,
    defaultBranch: 'main',
    pulls,
    collaborators: { 'octo-writer': 'write', 'octo-reader': 'read' },
  });
  fake.addTeam('acme', 'dba-team', ['dba-carol']);
  harness = await startApp({ fake });
});

afterAll(async () => {
  await harness?.close();
  await rm(tmp, { recursive: true, force: true });
});

/** Points PR 1 at `head` and delivers the push (opened the first time). */
async function push(head: 'plain' | 'moved' | 'changed', action: 'opened' | 'synchronize') {
  pulls[1] = { base: 'main', head: shas[head] as string, title: 'Index account names' };
  await harness.send(
    'pull_request',
    pullRequestPayload(action, {
      ...ledger,
      number: 1,
      title: 'Index account names',
      body: null,
      baseSha: shas.main as string,
      headSha: shas[head] as string,
      installationId: 42,
    }),
  );
}

/** Posts `body` as `login` on PR 1 and delivers the webhook; returns what the bot replied and reacted. */
async function command(body: string, login: string) {
  const comment = fake.addUserComment(1, body, login);
  await harness.send('issue_comment', issueCommentPayload({ id: comment.id, body, login }, { ...ledger, number: 1, installationId: 42 }));
  return {
    replies: fake
      .commentsOn(1)
      .filter((c) => c.id > comment.id)
      .map((c) => c.body),
    reactions: fake.reactions.filter((r) => r.commentId === comment.id).map((r) => r.content),
  };
}

const runsOf = (head: string) => fake.checkRuns.filter((r) => r.head_sha === shas[head]);
const sticky = () => fake.commentsOn(1).find((c) => c.body.includes(STICKY_MARKER))?.body ?? '';

describe('/dba ack through the app', () => {
  it('fails the check on the finding before any ack', async () => {
    await push('plain', 'opened');
    expect(runsOf('plain').at(-1)).toMatchObject({ conclusion: 'failure', output: { title: '1 error in 1 migration' } });
    expect(runsOf('plain').at(-1)?.annotations).toEqual([expect.objectContaining({ path: FILE, start_line: 1, title: RULE, annotation_level: 'failure' })]);
    expect(fake.violations).toEqual([]);
  });

  it('refuses a read-only commenter and records nothing', async () => {
    const before = { body: sticky(), runs: fake.checkRuns.length };
    const { replies, reactions } = await command(`/dba ack ${RULE} the table is small`, 'octo-reader');
    expect(replies).toEqual([
      expect.stringContaining(
        "@octo-reader thanks, but `/dba ack` accepts findings on the reviewers' behalf, so it is open to people with write, maintain or admin permission on acme/ledger (yours: read), and to members of `acme/dba-team`",
      ),
    ]);
    expect(replies[0]).toContain('Nothing was recorded');
    expect(reactions).toEqual(['eyes', 'confused']);
    expect(sticky()).toBe(before.body);
    expect(fake.checkRuns.length).toBe(before.runs);
    expect(fake.requests.filter((r) => r.operationId === 'teams/get-membership-for-user-in-org').map((r) => r.status)).toEqual([404]);
    expect(fake.violations).toEqual([]);
  });

  it('answers an unknown rule, a rule without findings and a missing reason with what is wrong', async () => {
    const before = sticky();
    const unknown = await command('/dba ack no-such-rule because', 'octo-writer');
    expect(unknown.replies).toEqual([
      `@octo-writer \`no-such-rule\` is not a rule id of pg-dba-review (see docs/rules/README.md). Rules with findings in this review: \`${RULE}\`. Nothing was recorded.`,
    ]);
    expect(unknown.reactions).toEqual(['eyes', 'confused']);
    const none = await command('/dba ack drop-table we mean it', 'octo-writer');
    expect(none.replies[0]).toBe(
      `@octo-writer the review of ${shas.plain?.slice(0, 7)} has no finding of \`drop-table\`. Rules with findings in it: \`${RULE}\`. Nothing was recorded.`,
    );
    expect(none.reactions).toEqual(['eyes', 'confused']);
    const bare = await command(`/dba ack ${RULE}`, 'octo-writer');
    expect(bare.replies[0]).toContain(`give a reason after the rule id: \`/dba ack ${RULE} <why it is acceptable here>\``);
    expect(bare.reactions).toEqual(['eyes', 'confused']);
    expect(sticky()).toBe(before);
    expect(fake.violations).toEqual([]);
  });

  it("accepts a writer's ack: the check passes, the annotation is a notice, the comment lists it", async () => {
    const before = runsOf('plain').length;
    const { replies, reactions } = await command(`/dba ack ${RULE} the table holds 40 rows in every environment`, 'octo-writer');
    expect(replies).toEqual([]);
    expect(reactions).toEqual(['eyes', 'rocket']);
    const runs = runsOf('plain');
    expect(runs).toHaveLength(before + 1);
    expect(runs.at(-1)).toMatchObject({ conclusion: 'success', output: { title: 'All clear: 1 migration applied, 1 finding acknowledged' } });
    expect(runs.at(-1)?.annotations).toEqual([
      expect.objectContaining({
        path: FILE,
        start_line: 1,
        annotation_level: 'notice',
        title: `${RULE} (acknowledged)`,
        message: expect.stringMatching(/^Acknowledged by @octo-writer: the table holds 40 rows in every environment\n\nCREATE INDEX without CONCURRENTLY/),
      }),
    ]);
    for (const text of [sticky(), runs.at(-1)?.output.summary ?? '']) {
      expect(text).toContain('**Acknowledged** (not counted in the verdict):');
      expect(text).toContain(
        `:1\`](https://github.com/acme/ledger/blob/${shas.plain}/${FILE}#L1): Acknowledged by @octo-writer: the table holds 40 rows in every environment`,
      );
      expect(text).not.toContain('| Severity | Rule |');
    }
    expect(fake.commentsOn(1).filter((c) => c.body.includes(STICKY_MARKER))).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it('keeps the ack when a push only moves the statement, and re-opens it when a push changes it', async () => {
    await push('moved', 'synchronize');
    expect(runsOf('moved').at(-1)).toMatchObject({ conclusion: 'success' });
    expect(runsOf('moved').at(-1)?.annotations).toEqual([expect.objectContaining({ start_line: 3, annotation_level: 'notice' })]);

    await push('changed', 'synchronize');
    expect(runsOf('changed').at(-1)).toMatchObject({ conclusion: 'failure', output: { title: '1 error in 1 migration' } });
    expect(runsOf('changed').at(-1)?.annotations).toEqual([expect.objectContaining({ start_line: 3, title: RULE, annotation_level: 'failure' })]);
    expect(sticky()).toContain(
      `Note: The ack of ${RULE} by @octo-writer no longer applies to ${FILE}:3: the statement changed since (or is new), so it counts again.`,
    );
    expect(sticky()).not.toContain('**Acknowledged**');
    expect(fake.violations).toEqual([]);
  });

  it('accepts an ack from a member of a team in ack.teams, whatever its reason holds', async () => {
    const reason = 'small table --> no lock worth noting <b>';
    const { reactions } = await command(`/dba ack ${RULE} ${reason}`, 'dba-carol');
    expect(reactions).toEqual(['eyes', 'rocket']);
    expect(runsOf('changed').at(-1)).toMatchObject({ conclusion: 'success' });
    const body = sticky();
    // The reason cannot close the hidden state's HTML comment, nor add a tag to the comment.
    expect(body.split('-->')[2]).toMatch(/^\n## PostgreSQL DBA Review/);
    expect(body).toContain('Acknowledged by @dba-carol: small table --> no lock worth noting \\<b>');
    expect(body).not.toContain('no longer applies');
    expect(fake.violations).toEqual([]);
  });
});
