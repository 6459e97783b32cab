import { LAYOUTS } from '../../discover/layouts/index.js';
import { rule } from '../helpers.js';

export default rule(
  {
    id: 'missing-down-migration',
    category: 'hygiene',
    severity: 'info',
    summary: 'A new migration without a down migration, in a framework that has them.',
    rationale: 'When a deploy goes wrong, the down migration is the rehearsed way back; without it the rollback is improvised under pressure.',
    safeAlternative: 'Write the down (or state in it why the change cannot be undone).',
    needs: 'sql',
    example: {
      setup: '',
      bad: '-- +goose Up\nCREATE TABLE notes (id bigint PRIMARY KEY);',
      good: '-- +goose Up\nCREATE TABLE notes (id bigint PRIMARY KEY);\n-- +goose Down\nDROP TABLE notes;',
    },
  },
  (ctx) =>
    ctx.migrations
      .filter((m) => m.supportsDown && !m.hasDown && m.statements.length)
      .map((m) => ({
        at: m.statements[0]!,
        message: `No down migration: ${LAYOUTS[m.framework].label} supports one, and a rollback would have to be improvised.`,
      })),
);
