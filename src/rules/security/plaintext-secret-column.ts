import { newColumns, rule, statementsOf, type StatementOf } from '../helpers.js';
import type { RuleContext } from '../types.js';

const SECRET = /(^|_)(password|passwd|secret|api_key|access_token|refresh_token|token)$/;

/** The change renames the column later, to a name that says it holds no secret (password -> password_hash). */
function renamedAway(ctx: RuleContext, table: string, column: string): boolean {
  return statementsOf(ctx, 'RenameStmt').some(
    (s: StatementOf<'RenameStmt'>) =>
      s.node.renameType === 'OBJECT_COLUMN' && s.node.subname === column && ctx.qualify(s.node.relation) === table && !SECRET.test(s.node.newname ?? ''),
  );
}

export default rule(
  {
    id: 'plaintext-secret-column',
    category: 'security',
    severity: 'warning',
    summary: 'A column named like a password, secret or token, stored as plain text.',
    rationale:
      'Anyone who can read the table, a backup or a replica has the credentials. Passwords must be stored as slow hashes, tokens as hashes or encrypted.',
    safeAlternative: 'Store password_hash (bcrypt/argon2 from the application), token_hash (sha256) or an encrypted value; never the secret itself.',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE users (id bigint PRIMARY KEY, password text);',
      good: 'CREATE TABLE users (id bigint PRIMARY KEY, password_hash text NOT NULL);',
    },
  },
  (ctx) =>
    newColumns(ctx)
      .filter(({ table, col }) => SECRET.test(col.name) && /^(text|varchar|bpchar|character varying)$/.test(col.type) && !renamedAway(ctx, table, col.name))
      .map(({ s, table, col }) => ({
        at: s,
        object: `${table}.${col.name}`,
        message: `${table}.${col.name} holds a secret as plain text: anyone with read access, a backup or a replica has it. Store a hash (or an encrypted value) instead.`,
      })),
);
