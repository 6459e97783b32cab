import { describe, expect, it } from '@jest/globals';
import type { StatementOutcome } from '../src/apply/types.js';
import { resolveConfigText } from '../src/config/resolve.js';
import { parseCommand } from '../src/github/commands.js';
import type { Finding } from '../src/model/finding.js';
import { renderCheckRun } from '../src/render/checkRun.js';
import { renderSarif } from '../src/render/sarif.js';
import { applyAcks, fingerprint, parseAcks, type Ack } from '../src/review/acks.js';
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
