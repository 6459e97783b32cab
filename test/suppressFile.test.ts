import { describe, expect, it } from '@jest/globals';
import { parseMigration } from '../src/parse/statements.js';
import { buildContext } from '../src/rules/context.js';
import { RULE_IDS, RULES } from '../src/rules/index.js';
import { runRules } from '../src/rules/run.js';

// `-- dba-ignore-file:` as the rules see it, with no PostgreSQL: two migrations, one of them suppressing drop-column for all of it.
async function lint(files: Record<string, string>) {
  const migrations = await Promise.all(
    Object.entries(files).map(async ([path, sql]) => ({
      migration: { key: path, path, framework: 'plain' as const, transaction: 'none' as const },
      parsed: await parseMigration(path, sql),
    })),
  );
  const { findings, suppressed } = runRules(buildContext({ mode: 'lint', serverMajor: 18, migrations, ruleIds: RULE_IDS }), RULES);
  const at = (f: { file: string; line: number }) => `${f.file}:${f.line}`;
  return {
    findings: (rule: string) => findings.filter((f) => f.ruleId === rule).map(at),
    suppressed: suppressed.map((s) => ({ rule: s.finding.ruleId, at: at(s.finding), reason: s.reason })),
  };
}

const CLEANUP = 'db/migrations/001_cleanup.sql';
const MORE = 'db/migrations/002_more.sql';

describe('-- dba-ignore-file', () => {
  it('suppresses its rule for every statement of its file, and only there', async () => {
    const result = await lint({
      [CLEANUP]:
        'ALTER TABLE accounts DROP COLUMN note;\n\n-- dba-ignore-file: drop-column no reader since release 41\nALTER TABLE accounts DROP COLUMN balance;\nCREATE INDEX accounts_email ON accounts (email);\n',
      [MORE]: 'ALTER TABLE accounts DROP COLUMN email;\n',
    });
    expect(result.suppressed).toEqual([
      { rule: 'drop-column', at: `${CLEANUP}:1`, reason: 'no reader since release 41' },
      { rule: 'drop-column', at: `${CLEANUP}:4`, reason: 'no reader since release 41' },
    ]);
    expect(result.findings('drop-column')).toEqual([`${MORE}:1`]);
    // Another rule in the same file is not suppressed.
    expect(result.findings('create-index-non-concurrently')).toEqual([`${CLEANUP}:5`]);
    expect([...result.findings('suppression-without-reason'), ...result.findings('unknown-rule-in-suppression')]).toEqual([]);
  });

  it('is reported, not applied, without a reason or with an unknown rule id, as dba-ignore is', async () => {
    const result = await lint({
      [CLEANUP]: '-- dba-ignore-file: drop-column\nALTER TABLE accounts DROP COLUMN note;\n',
      [MORE]: '-- dba-ignore-file: drop-colum the column is unused\nALTER TABLE accounts DROP COLUMN email;\n',
    });
    expect(result.suppressed).toEqual([]);
    expect(result.findings('drop-column')).toEqual([`${CLEANUP}:2`, `${MORE}:2`]);
    expect(result.findings('suppression-without-reason')).toEqual([`${CLEANUP}:1`]);
    expect(result.findings('unknown-rule-in-suppression')).toEqual([`${MORE}:1`]);
  });

  it('is read from comments only: the same text in a string literal is no directive', async () => {
    const result = await lint({
      [CLEANUP]: "ALTER TABLE accounts DROP COLUMN note;\nCOMMENT ON TABLE accounts IS '\n-- dba-ignore-file: drop-column quoted';\n",
    });
    expect(result.findings('drop-column')).toEqual([`${CLEANUP}:1`]);
  });
});
