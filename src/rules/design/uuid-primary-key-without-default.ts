import { rule, statementFor, touchedTables } from '../helpers.js';

export default rule(
  {
    id: 'uuid-primary-key-without-default',
    category: 'design',
    severity: 'info',
    summary: 'A uuid primary key with no default.',
    rationale:
      'Every writer must generate the id itself; one that forgets (a script, a manual fix) fails, and writers may pick different UUID versions with different index locality.',
    safeAlternative: 'DEFAULT gen_random_uuid() (PostgreSQL 13+; uuidv7() on 18+ for better index locality).',
    needs: 'review',
    example: { setup: '', bad: 'CREATE TABLE invites (id uuid PRIMARY KEY);', good: 'CREATE TABLE invites (id uuid PRIMARY KEY DEFAULT gen_random_uuid());' },
  },
  (ctx) =>
    touchedTables(ctx)
      .filter((t) => !ctx.existedBefore(t.qualifiedName))
      .flatMap((t) => {
        const pk = t.constraints.find((c) => c.type === 'primary key');
        const col = pk?.columns.length === 1 ? t.columns.find((c) => c.name === pk.columns[0]) : undefined;
        const at = statementFor(ctx, t.qualifiedName);
        // A key that is also a foreign key (a 1:1 table extending another) takes the other row's id: no default is right.
        const borrowed = t.constraints.some((c) => c.type === 'foreign key' && c.columns.length === 1 && c.columns[0] === col?.name);
        return !borrowed && col?.type === 'uuid' && col.default === null && at
          ? [
              {
                at,
                object: `${t.qualifiedName}.${col.name}`,
                message: `${t.qualifiedName}.${col.name} is a uuid primary key with no default: every writer must generate ids. Add DEFAULT gen_random_uuid()${ctx.serverMajor >= 18 ? ' (or uuidv7())' : ''}.`,
              },
            ]
          : [];
      }),
);
