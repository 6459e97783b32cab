import { alterExisting, measuredScan, tookHere, rowsIn, rule } from '../helpers.js';

export default rule(
  {
    id: 'set-not-null-scan',
    category: 'locking',
    severity: 'error',
    summary: 'SET NOT NULL on an existing column without a validated CHECK proving it first.',
    rationale:
      'PostgreSQL scans the whole table under ACCESS EXCLUSIVE to check for NULLs (no reads or writes meanwhile), and the migration fails if one exists. Since PostgreSQL 12 a valid CHECK (col IS NOT NULL) lets it skip that scan.',
    safeAlternative:
      'ADD CONSTRAINT ... CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT (weaker lock); then SET NOT NULL (no scan); then drop the CHECK.',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);',
      bad: 'ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;',
      good: 'ALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE accounts VALIDATE CONSTRAINT accounts_email_not_null;\nALTER TABLE accounts ALTER COLUMN email SET NOT NULL;\nALTER TABLE accounts DROP CONSTRAINT accounts_email_not_null;',
    },
  },
  (ctx) =>
    alterExisting(ctx)
      .filter(({ cmds }) => cmds.some((c) => c.subtype === 'AT_SetNotNull'))
      // Measured: no scan means a validated CHECK already proved it.
      .filter(({ s, table }) => measuredScan(s, table) !== false)
      .map(({ s, table, cmds }) => ({
        at: s,
        object: table,
        message: `SET NOT NULL on ${cmds
          .filter((c) => c.subtype === 'AT_SetNotNull')
          .map((c) => c.name)
          .join(
            ', ',
          )} ${measuredScan(s, table) ? 'scanned' : 'scans'} all of ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE.${tookHere(s)} Prove it first with CHECK (... IS NOT NULL) NOT VALID and VALIDATE CONSTRAINT.`,
      })),
);
