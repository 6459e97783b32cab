import { alterExisting, rule } from '../helpers.js';

export default rule(
  {
    id: 'replica-identity-change',
    category: 'breaking',
    severity: 'warning',
    summary: 'ALTER TABLE ... REPLICA IDENTITY on an existing table.',
    rationale:
      'Logical replication and CDC consumers (Debezium, publications) depend on what old-row data UPDATE and DELETE write to WAL; changing it changes what they receive, and FULL multiplies WAL volume.',
    safeAlternative: "Coordinate with the consumers of the table's changes; prefer a primary key (the default identity) over FULL.",
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint NOT NULL, email text);',
      bad: 'ALTER TABLE accounts REPLICA IDENTITY FULL;',
      good: '-- a primary key makes the default identity work: consumers keep receiving the key of changed rows\nCREATE UNIQUE INDEX CONCURRENTLY accounts_id_key ON accounts (id);\nALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_key;',
    },
  },
  (ctx) =>
    alterExisting(ctx)
      .filter(({ cmds }) => cmds.some((c) => c.subtype === 'AT_ReplicaIdentity'))
      .map(({ s, table }) => ({
        at: s,
        object: table,
        message: `Changes the replica identity of ${table}: logical replication and CDC consumers receive different old-row data from now on.`,
      })),
);
