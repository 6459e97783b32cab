import { describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { startCheckRun } from '../src/github/publish.js';
import { STICKY_MARKER } from '../src/render/comment.js';
import { reviewPullRequest } from '../src/github/reviewPullRequest.js';
import type { GitHubApi } from '../src/source/github.js';
import { FakeGitHub } from './support/fakeGitHub.js';
import { testSandbox } from './support/postgres.js';
import type { StatementOutcome } from '../src/apply/types.js';
import { resolveConfigText } from '../src/config/resolve.js';
import { parseCommand } from '../src/github/commands.js';
import type { Finding } from '../src/model/finding.js';
import { renderCheckRun } from '../src/render/checkRun.js';
import { renderSarif } from '../src/render/sarif.js';
import { applyAcks, fingerprint, parseAcks, withPending, type Ack } from '../src/review/acks.js';
import { configErrorReview } from '../src/review/run.js';
import type { Review } from '../src/review/types.js';
import { RULE_NAMES } from '../src/rules/index.js';

const HEAD = 'a'.repeat(40);
const FILE = 'db/migrations/002_idx.sql';

function statement(sql: string, line: number): StatementOutcome {
  const lines = sql.split('\n');
  return {
    file: FILE,
    index: 0,
    sql,
    kind: 'IndexStmt',
    start: { line, column: 1 },
    end: { line: line + lines.length - 1, column: (lines.at(-1) as string).length + 1 },
    status: 'applied',
    durationMs: 1,
    rowCount: null,
  };
}

/** A reviewed head with these statements in one file and these findings on them. */
function review(statements: StatementOutcome[], findings: Finding[]): Review {
  const r = configErrorReview({ title: 'Index', baseSha: 'b'.repeat(40), headSha: HEAD, repository: 'acme/ledger' }, []);
  r.outcome = 'reviewed';
  r.problems = [];
  r.files = [
    {
      key: FILE,
      path: FILE,
      status: 'applied',
      framework: 'plain',
      transaction: 'wrapped',
      transactional: true,
      incompatible: [],
      statements,
      heldAtCommit: [],
    },
  ];
  r.findings = findings;
  return r;
}

const finding = (line: number, ruleId = 'create-index-non-concurrently', message = 'CREATE INDEX without CONCURRENTLY: it took 15 ms here.'): Finding => ({
  ruleId,
  severity: 'error',
  file: FILE,
  line,
  column: 1,
  message,
});

describe('parseCommand: /dba ack', () => {
  it('reads the rule id and the reason, which may wrap onto the next lines', () => {
    expect(parseCommand('/dba ack Create-Index-Non-Concurrently the table holds 40 rows')).toEqual({
      kind: 'ack',
      ruleId: 'create-index-non-concurrently',
      reason: 'the table holds 40 rows',
    });
    expect(parseCommand('Looked at it.\n/dba ack drop-column nothing reads it\nsince v2.3\n\nthanks')).toEqual({
      kind: 'ack',
      ruleId: 'drop-column',
      reason: 'nothing reads it since v2.3',
    });
  });

  it('leaves what is missing empty, for the reply to name', () => {
    expect(parseCommand('/dba ack drop-column')).toEqual({ kind: 'ack', ruleId: 'drop-column', reason: '' });
    expect(parseCommand('/dba ack')).toEqual({ kind: 'ack', ruleId: '', reason: '' });
  });
});

describe('ack.teams in .github/dba.yml', () => {
  it('takes team slugs, and names a wrong entry', () => {
    const ok = resolveConfigText('ack:\n  teams: [dba-team, platform_db]\n', RULE_NAMES);
    expect(ok.ok && ok.config.ack).toEqual({ teams: ['dba-team', 'platform_db'] });
    expect(resolveConfigText('ack:\n  teams: [acme/dba-team]\n  users: [octo]\n', RULE_NAMES)).toMatchObject({
      ok: false,
      errors: ['ack: unknown key "users"', 'ack.teams.0: must match pattern "^[A-Za-z0-9_.-]{1,100}$"'],
    });
  });
});

describe('applyAcks', () => {
  const pending = (reason = 'small table'): Ack => ({ rule: 'create-index-non-concurrently', reason, by: 'octo-writer', head: HEAD });

  it('binds an ack given on this head to its rule’s findings, which then no longer count', () => {
    const r = review([statement('CREATE INDEX i ON t (a)', 1)], [finding(1), finding(1, 'missing-lock-timeout', 'no lock_timeout')]);
    const kept = applyAcks(r, [pending()]);
    expect(kept).toEqual([
      { rule: 'create-index-non-concurrently', reason: 'small table', by: 'octo-writer', fingerprints: [expect.stringMatching(/^[\w-]{10}$/)] },
    ]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['missing-lock-timeout']);
    expect(r.acknowledged).toEqual([{ finding: finding(1), reason: 'small table', by: 'octo-writer' }]);
    expect(r.notes).toEqual([]);
  });

  it('follows the statement, not its line or spacing, and re-opens it when its text changes', () => {
    const [bound] = applyAcks(review([statement('CREATE INDEX i ON t (a)', 1)], [finding(1)]), [pending()]) as [Ack];
    const moved = review([statement('CREATE INDEX i\n  ON t (a)', 4)], [finding(4)]);
    applyAcks(moved, [bound]);
    expect(moved.findings).toEqual([]);
    expect(moved.acknowledged).toHaveLength(1);
    const changed = review([statement('CREATE INDEX i ON t (a, b)', 4)], [finding(4)]);
    expect(applyAcks(changed, [bound])).toEqual([bound]);
    expect(changed.findings).toEqual([finding(4)]);
    expect(changed.notes).toEqual([
      `The ack of create-index-non-concurrently by @octo-writer no longer applies to ${FILE}:4: the statement changed since (or is new), so it counts again. Comment /dba ack to accept it as it is now.`,
    ]);
  });

  it('drops, with a note, an ack given on another head or on a rule this review has no finding of', () => {
    const r = review([statement('CREATE INDEX i ON t (a)', 1)], [finding(1)]);
    const kept = applyAcks(r, [
      { ...pending(), head: 'c'.repeat(40) },
      { ...pending(), rule: 'drop-table' },
    ]);
    expect(kept).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.notes).toEqual([
      'The ack of create-index-non-concurrently by @octo-writer was not recorded: it was given on ccccccc and a newer push came before it took effect. Comment /dba ack again to accept what this review found.',
      'The ack of drop-table by @octo-writer was not recorded: this review has no finding of that rule. Comment /dba ack again to accept what this review found.',
    ]);
  });

  it('knows a finding on no statement by its message without its numbers', () => {
    const r = review([], [finding(1, 'migration-edited', 'edited 3 lines')]);
    expect(fingerprint(r, finding(1, 'migration-edited', 'edited 3 lines'))).toBe(fingerprint(r, finding(9, 'migration-edited', 'edited 12 lines')));
    expect(fingerprint(r, finding(1, 'migration-edited', 'edited 3 lines'))).not.toBe(fingerprint(r, finding(1, 'migration-edited', 'renamed')));
  });
});

describe('parseAcks', () => {
  it('keeps well-formed acks of a hand-edited comment and drops the rest', () => {
    const good = { rule: 'drop-table', reason: 'ok', by: 'octo', fingerprints: ['abcdefghij'] };
    expect(parseAcks([good, { ...good, by: '<img>' }, { ...good, fingerprints: [1] }, { rule: 'x', reason: 'y', by: 'z' }, null, 'text'])).toEqual([good]);
    expect(parseAcks({ acks: 1 })).toEqual([]);
  });
});

describe('acknowledged findings in the check run and SARIF', () => {
  const acked = () => {
    const r = review([statement('CREATE INDEX i ON t (a)', 1)], [finding(1)]);
    applyAcks(r, [{ rule: 'create-index-non-concurrently', reason: 'small table', by: 'octo-writer', head: HEAD }]);
    return r;
  };

  it('concludes success with the finding as a notice', () => {
    const check = renderCheckRun(acked(), '');
    expect(check.conclusion).toBe('success');
    expect(check.annotations).toEqual([
      expect.objectContaining({ annotation_level: 'notice', message: expect.stringMatching(/^Acknowledged by @octo-writer: small table\n\n/) }),
    ]);
  });

  it('carries the finding with an external suppression and its reason', () => {
    const sarif = JSON.parse(renderSarif(acked(), '0.0.0')) as {
      runs: { results: Record<string, unknown>[]; tool: { driver: { rules: { id: string }[] } } }[];
    };
    expect(sarif.runs[0]?.results).toEqual([
      expect.objectContaining({ ruleId: 'create-index-non-concurrently', level: 'error', suppressions: [{ kind: 'external', justification: 'small table' }] }),
    ]);
    expect(sarif.runs[0]?.tool.driver.rules.map((r) => r.id)).toEqual(['create-index-non-concurrently']);
  });
});

describe('an ack carried by the review job /dba ack asked for', () => {
  const ack = (over: Partial<Ack> = {}): Ack => ({ rule: 'create-index-non-concurrently', reason: 'small table', by: 'octo-writer', head: HEAD, ...over });

  it("adds the job's pending ack the comment lost, and replaces a bound one of its rule; the comment's newer pending one wins", () => {
    const other = ack({ rule: 'drop-column', fingerprints: ['x'] });
    expect(withPending([other], [ack()])).toEqual([other, ack()]);
    expect(withPending([ack({ reason: 'old', fingerprints: ['y'] })], [ack()])).toEqual([ack()]);
    expect(withPending([ack({ reason: 'newer' })], [ack()])).toEqual([ack({ reason: 'newer' })]);
  });

  it('accepts the finding when a review of the same head rewrote the comment without the ack', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dba-ack-race-'));
    const fake = new FakeGitHub();
    try {
      await buildGitRepo(dir, [{ branch: 'main', message: 'base', files: { 'README.md': 'ledger\n' } }]);
      fake.addRepo({ owner: 'acme', name: 'ledger', dir, defaultBranch: 'main', pulls: {} });
      const api = new Octokit({
        baseUrl: await fake.start(),
        auth: 'ghs_test',
        throttle: { enabled: false },
        retry: { enabled: false },
      }) as unknown as GitHubApi;
      const repo = { owner: 'acme', repo: 'ledger' };
      const log = { info: () => {}, error: () => {} };
      const publish = async (acks: Ack[] | undefined) => {
        const checkRunId = await startCheckRun(api, repo, HEAD);
        const job = { repo, number: 5, title: 'Index', body: null, baseSha: 'b'.repeat(40), headSha: HEAD, checkRunId, ...(acks ? { acks } : {}) };
        const built = { review: review([statement('CREATE INDEX i ON t (a)', 1)], [finding(1)]), changedFiles: [] };
        await reviewPullRequest(job, { api, sandbox: testSandbox(), log, build: async () => built, suggestions: false });
        return fake.checkRuns.find((r) => r.id === checkRunId);
      };
      // The comment as the racing review left it: its findings, and no ack.
      expect(await publish(undefined)).toMatchObject({ conclusion: 'failure' });
      expect(fake.commentsOn(5)[0]?.body).not.toContain('Acknowledged');
      // The review the command asked for brings the ack itself.
      expect(await publish([ack()])).toMatchObject({ conclusion: 'success' });
      const body = fake.commentsOn(5)[0]?.body ?? '';
      expect(body).toContain(STICKY_MARKER);
      expect(body).toContain('small table');
      expect(fake.violations).toEqual([]);
    } finally {
      await fake.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
