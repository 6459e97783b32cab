import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../src/model/finding.js';
import { escapeData, escapeProperty, findingCommands, workflowCommand } from '../src/render/workflowCommands.js';

const finding = (f: Partial<Finding>): Finding => ({
  ruleId: 'add-required-column',
  severity: 'error',
  file: 'db/migrations/002.sql',
  line: 3,
  column: 5,
  message: 'x',
  ...f,
});

describe('GitHub Actions workflow commands', () => {
  it('escapes a message as @actions/core does: %, CR and LF only', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    // An escape already in the text stays text, not the character it spells.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('escapes a property as @actions/core does: the message escapes, and : and ,', () => {
    expect(escapeProperty('C:\\db,old\n50%')).toBe('C%3A\\db%2Cold%0A50%25');
  });

  it('writes ::name key=value,…::message, leaving out properties without a value', () => {
    expect(workflowCommand('warning', { file: 'a,b.sql', line: 2, title: undefined }, 'two\nlines')).toBe('::warning file=a%2Cb.sql,line=2::two%0Alines\n');
    expect(workflowCommand('notice', {}, 'plain')).toBe('::notice::plain\n');
  });

  it('annotates each finding at its file and lines, info as a notice, and a detached one with no file', () => {
    const text = findingCommands([
      finding({ endLine: 6, message: 'Adding a NOT NULL column: 50% of rows\nfail' }),
      finding({ severity: 'info', ruleId: 'personal-data-column', line: 9, column: 1 }),
      finding({ severity: 'warning', ruleId: 'migration-deleted', file: 'db/migrations/001.sql', line: 1, column: 1, detached: true, message: 'deleted' }),
    ]);
    expect(text.split('\n')).toEqual([
      '::error file=db/migrations/002.sql,line=3,endLine=6,col=5,title=add-required-column::Adding a NOT NULL column: 50%25 of rows%0Afail',
      '::notice file=db/migrations/002.sql,line=9,endLine=9,col=1,title=personal-data-column::x',
      '::warning title=migration-deleted::deleted',
      '',
    ]);
  });
});
