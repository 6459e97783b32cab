import { rule } from '../helpers.js';
import { directiveName, findSuppressions } from '../suppress.js';

export default rule(
  {
    id: 'suppression-without-reason',
    category: 'hygiene',
    severity: 'warning',
    summary: 'A `-- dba-ignore:` or `-- dba-ignore-file:` comment without a reason.',
    rationale:
      'A suppression is a decision someone took; without the reason the next reader cannot tell a considered exception from a silenced warning. A suppression without a reason is not applied.',
    safeAlternative: '`-- dba-ignore: rule-id the reason it does not apply here`',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE t (id bigint PRIMARY KEY, n int);',
      bad: '-- dba-ignore: create-index-non-concurrently\nCREATE INDEX t_n ON t (n);',
      good: '-- dba-ignore: create-index-non-concurrently t holds 12 rows in every environment\nCREATE INDEX t_n ON t (n);',
    },
  },
  (ctx) =>
    ctx.migrations
      .flatMap(findSuppressions)
      .filter((s) => !s.reason)
      .map((s) => ({
        at: { file: s.file, line: s.line, column: 1 },
        message: `${directiveName(s)} for ${s.ruleIds.join(', ')} gives no reason, so it is not applied: say why the finding does not apply here, after the rule ids.`,
      })),
);
