import { rule, statementsOf } from '../helpers.js';

const RISKY = new Map([
  ['plpython3u', "runs untrusted Python with the server's OS privileges"],
  ['plperlu', "runs untrusted Perl with the server's OS privileges"],
  ['pltclu', "runs untrusted Tcl with the server's OS privileges"],
  ['dblink', 'opens connections from the database server to any host'],
  ['postgres_fdw', 'opens connections from the database server to other servers'],
  ['file_fdw', 'reads files on the database server'],
  ['adminpack', 'writes files on the database server'],
  ['lo', 'manages large objects that escape normal privileges'],
  ['pageinspect', 'exposes raw table pages to superusers'],
]);

export default rule(
  {
    id: 'untrusted-extension',
    category: 'security',
    severity: 'warning',
    summary: 'CREATE EXTENSION of an untrusted language or an extension that reaches outside the database.',
    rationale:
      'Untrusted languages run arbitrary code as the PostgreSQL OS user; dblink and foreign data wrappers let SQL open network connections or read files. Each widens what a compromised account can do.',
    safeAlternative:
      'Use trusted languages (plpgsql, SQL); if the extension is really needed, restrict who may use it and review it with whoever runs the database.',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE EXTENSION dblink;',
      good: '-- the application calls the other service and keeps what it needs in a table of its own\nCREATE TABLE partner_accounts (id bigint PRIMARY KEY, name text NOT NULL, synced_at timestamptz NOT NULL);',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'CreateExtensionStmt')
      .filter((s) => RISKY.has(String(s.node.extname)))
      .map((s) => ({ at: s, object: s.node.extname, message: `CREATE EXTENSION ${s.node.extname}: it ${RISKY.get(String(s.node.extname))}.` })),
);
