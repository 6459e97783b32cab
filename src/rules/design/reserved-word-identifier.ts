import { newColumns, rule, statementsOf } from '../helpers.js';

// Reserved key words of PostgreSQL (Appendix C, "reserved" and "reserved (can be function or type)").
const RESERVED = new Set(
  'all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation column concurrently constraint create cross current_catalog current_date current_role current_schema current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references returning right select session_user similar some symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when where window with'.split(
    ' ',
  ),
);

export default rule(
  {
    id: 'reserved-word-identifier',
    category: 'design',
    severity: 'warning',
    summary: 'A table or column named with an SQL reserved word (user, order, group, ...).',
    rationale: 'Every query must quote it ("user"), hand-written SQL and tools that forget fail with syntax errors, and it reads ambiguously.',
    safeAlternative: 'Pick another name: users, sort_order, user_group.',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE "user" (id bigint PRIMARY KEY, "order" int);',
      good: 'CREATE TABLE users (id bigint PRIMARY KEY, sort_order int);',
    },
  },
  (ctx) => [
    ...statementsOf(ctx, 'CreateStmt')
      .filter((s) => RESERVED.has(String(s.node.relation?.relname).toLowerCase()))
      .map((s) => ({
        at: s,
        object: String(s.node.relation?.relname),
        message: `Table "${s.node.relation?.relname}" is a reserved word: every query must quote it.`,
      })),
    ...newColumns(ctx)
      .filter(({ col }) => RESERVED.has(col.name.toLowerCase()))
      .map(({ s, table, col }) => ({ at: s, object: `${table}.${col.name}`, message: `Column "${col.name}" is a reserved word: every query must quote it.` })),
  ],
);
