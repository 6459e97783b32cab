import { findAll, saysKeywords } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'foreign-key-without-on-delete',
    category: 'design',
    severity: 'info',
    summary: 'A foreign key without an explicit ON DELETE policy.',
    rationale: 'The default (NO ACTION) makes deleting a parent fail while children exist; that is sometimes right, but it should be a decision: CASCADE, SET NULL or RESTRICT say what happens to the children.',
    safeAlternative: 'State it: REFERENCES parent (id) ON DELETE CASCADE | SET NULL | RESTRICT.',
    needs: 'sql',
    example: { setup: 'CREATE TABLE groups (id bigint PRIMARY KEY);', bad: 'CREATE TABLE members (id bigint PRIMARY KEY, group_id bigint REFERENCES groups (id));', good: 'CREATE TABLE members (id bigint PRIMARY KEY, group_id bigint REFERENCES groups (id) ON DELETE CASCADE);' },
  },
  (ctx) =>
    statementsOf(ctx, 'CreateStmt', 'AlterTableStmt')
      // A foreign key is written with REFERENCES: the text rules out most statements before their tree is walked.
      .filter((s) => /REFERENCES/i.test(s.stmt.sql) && findAll(s.node, 'Constraint').some((c) => c.contype === 'CONSTR_FOREIGN') && !saysKeywords(s.stmt.sql, 'ON', 'DELETE'))
      .map((s) => ({ at: s, message: 'Foreign key without ON DELETE: deleting a parent row fails while children exist. Decide, and write ON DELETE CASCADE, SET NULL or RESTRICT.' })),
);
