import { replaceInColumnLine } from '../fixes.js';
import { newColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'prefer-jsonb',
    category: 'design',
    severity: 'warning',
    summary: 'json instead of jsonb.',
    rationale: 'json stores the raw text: no equality operator (so no DISTINCT, GROUP BY or unique index), no GIN indexing, and every access re-parses it.',
    safeAlternative: 'jsonb.',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE events (id bigint PRIMARY KEY, payload json);',
      good: 'CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);',
    },
  },
  (ctx) =>
    newColumns(ctx)
      .filter(({ col }) => col.type === 'json')
      .map(({ s, table, col }) => ({
        at: s,
        object: `${table}.${col.name}`,
        fix: replaceInColumnLine(s, col.name, /\bjson\b/i, 'jsonb'),
        message: `${col.name} is json: it has no equality operator and cannot be indexed with GIN. Use jsonb.`,
      })),
);
