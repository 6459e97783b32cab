import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'review-step-failed',
  category: 'plans',
  severity: 'warning',
  summary: 'A step the review runs on the changed schema (filling a new table with rows, planning key queries, trying an index) fails because of an object the change creates.',
  rationale:
    'The sandbox reads and writes the new objects as an application session does: an error there (a row security policy whose function fails, a view or default that cannot be evaluated) is one the application, a backup or a maintenance job gets too, and what that step would have measured is missing from the review.',
  safeAlternative: 'Make the object work in a plain session: a policy or default whose function reads a setting should give it a fallback (current_setting(name, true)), and every name it uses should resolve without the session search_path.',
  needs: 'review',
  example: {
    setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);',
    bad:
      "CREATE FUNCTION current_tenant() RETURNS bigint LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN current_setting('app.tenant')::bigint; END $$;\n" +
      'CREATE TABLE notes (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, tenant bigint);\n' +
      'ALTER TABLE notes ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\n' +
      'CREATE POLICY notes_tenant ON notes USING (tenant = current_tenant());',
    good:
      "CREATE FUNCTION current_tenant() RETURNS bigint LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN current_setting('app.tenant', true)::bigint; END $$;\n" +
      'CREATE TABLE notes (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, tenant bigint);\n' +
      'ALTER TABLE notes ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\n' +
      'CREATE POLICY notes_tenant ON notes USING (tenant = current_tenant());',
  },
});
