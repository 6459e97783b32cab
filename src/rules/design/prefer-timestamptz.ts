import { replaceInColumnLine } from '../fixes.js';
import { newColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'prefer-timestamptz',
    category: 'design',
    severity: 'warning',
    summary: 'timestamp without time zone.',
    rationale:
      'timestamp stores wall-clock values with no zone: the same instant reads differently per session TimeZone, DST transitions create duplicates and gaps, and comparing with now() (a timestamptz) converts implicitly.',
    safeAlternative: 'timestamptz (timestamp with time zone): it stores an instant and converts on display.',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamp DEFAULT now());',
      good: 'CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());',
    },
  },
  (ctx) =>
    newColumns(ctx)
      .filter(({ col }) => col.type === 'timestamp')
      .map(({ s, table, col }) => ({
        at: s,
        object: `${table}.${col.name}`,
        fix: replaceInColumnLine(s, col.name, /\btimestamp(\s+without\s+time\s+zone)?(?!\s*with)(?=[\s,)(]|$)/i, 'timestamptz'),
        message: `${col.name} is timestamp without time zone: use timestamptz so it records an instant, not a wall-clock reading.`,
      })),
);
