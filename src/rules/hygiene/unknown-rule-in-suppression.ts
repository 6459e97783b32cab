import { rule } from '../helpers.js';
import { directiveName, findSuppressions } from '../suppress.js';

export default rule(
  {
    id: 'unknown-rule-in-suppression',
    category: 'hygiene',
    severity: 'error',
    summary: 'A `-- dba-ignore:` or `-- dba-ignore-file:` comment naming a rule that does not exist.',
    rationale: 'A typo in a rule id suppresses nothing, silently: the author believes a finding is handled when it is not.',
    safeAlternative: 'Use a rule id from docs/rules/README.md.',
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE t (id bigint PRIMARY KEY, n int);',
      bad: '-- dba-ignore: create-index-non-concurent t is tiny\nCREATE INDEX t_n ON t (n);',
      good: '-- dba-ignore: create-index-non-concurrently t is tiny\nCREATE INDEX t_n ON t (n);',
    },
  },
  (ctx) =>
    ctx.migrations.flatMap(findSuppressions).flatMap((s) =>
      s.ruleIds
        .filter((id) => !ctx.ruleIds.has(id))
        .map((id) => ({
          at: { file: s.file, line: s.line, column: 1 },
          message: `"${id}" is not a pg-dba-review rule: this ${directiveName(s)} comment suppresses nothing. See docs/rules/README.md for the rule ids.`,
        })),
    ),
);
