import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'analyze-fails',
  category: 'breaking',
  severity: 'error',
  summary: 'ANALYZE fails on a table once it holds rows, because of an index (or its function) the change creates.',
  rationale:
    'ANALYZE evaluates every index expression on sampled rows. Since PostgreSQL 17 it, VACUUM, CREATE INDEX, REINDEX and pg_restore do so with search_path = pg_catalog, pg_temp, so an IMMUTABLE function that calls another through the session search_path works for INSERT and fails there: autovacuum never analyzes the table again (its statistics go stale and plans go wrong), and a dump of the database does not restore.',
  safeAlternative:
    'Schema-qualify every name the function calls (or write its body as BEGIN ATOMIC, resolved when it is created), or give the function SET search_path.',
  needs: 'review',
  example: {
    setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);',
    bad:
      "CREATE FUNCTION email_domain(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(e, '@', 2) $$;\n" +
      'CREATE FUNCTION contact_key(e text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN lower(email_domain(e)); END $$;\n' +
      'CREATE TABLE contacts (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, email text);\n' +
      'CREATE INDEX contacts_key ON contacts (contact_key(email));',
    good:
      "CREATE FUNCTION email_domain(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(e, '@', 2) $$;\n" +
      'CREATE FUNCTION contact_key(e text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN lower(public.email_domain(e)); END $$;\n' +
      'CREATE TABLE contacts (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, email text);\n' +
      'CREATE INDEX contacts_key ON contacts (contact_key(email));',
  },
});
