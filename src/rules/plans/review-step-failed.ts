import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'review-step-failed',
  category: 'plans',
  severity: 'warning',
  summary:
    'The review cannot read a table the change creates to fill it with rows, because of an object the change creates (a forced row security policy whose function fails).',
  rationale:
    'The sandbox reads the new table as an application session does: an error there (a row security policy whose function fails in a plain session) is one the application and a maintenance job get too, and without rows the plans and index trials of the review measure an empty table.',
  safeAlternative:
    'Make the object work in a plain session: a policy or default whose function reads a setting should give it a fallback (current_setting(name, true)), and every name it uses should resolve without the session search_path.',
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
