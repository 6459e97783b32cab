import { rule } from '../helpers.js';
import { findAll } from '../ast.js';

export default rule(
  {
    id: 'identifier-too-long',
    category: 'design',
    severity: 'error',
    summary: 'An identifier longer than 63 bytes.',
    rationale: 'PostgreSQL silently truncates identifiers to 63 bytes: two long names can collide, and the object is not called what the migration (or the ORM) says.',
    safeAlternative: 'Shorten the name to 63 bytes or fewer.',
    needs: 'sql',
    example: { setup: '', bad: `CREATE TABLE ${'a'.repeat(70)} (id bigint PRIMARY KEY);`, good: 'CREATE TABLE short_name (id bigint PRIMARY KEY);' },
  },
  (ctx) =>
    ctx.statements.flatMap((s) => {
      const names = new Set<string>();
      for (const key of ['relname', 'colname', 'idxname', 'conname', 'policy_name', 'trigname']) for (const n of findAll(s.node, key)) if (typeof n === 'string') names.add(n);
      for (const rv of findAll(s.stmt.ast, 'relname')) if (typeof rv === 'string') names.add(rv);
      return [...names].filter((n) => Buffer.byteLength(n) > 63).map((n) => ({ at: s, object: n, message: `"${n.slice(0, 40)}…" is ${Buffer.byteLength(n)} bytes: PostgreSQL truncates it to 63 silently.` }));
    }),
);
