import { pipelineRule } from '../helpers.js';

export default pipelineRule({
  id: 'restore-fails',
  category: 'hygiene',
  severity: 'warning',
  summary: 'A pg_dump of the database after the change does not restore, or restores to a different schema.',
  rationale:
    "A backup that does not restore is no backup. pg_restore runs with search_path = '', so a function that a CHECK constraint, a default, a generated column or an index expression calls and that finds a table or function through the search path fails there: the table's rows or the index are missing from the restored database, found only on the day the backup is needed.",
  safeAlternative:
    'Schema-qualify what such a function reads and calls (public.limits), or give it SET search_path = public; the finding names the object pg_restore failed on and why.',
  needs: 'review',
  example: {
    setup: 'CREATE TABLE limits (n int);\nINSERT INTO limits VALUES (100);',
    bad: "CREATE FUNCTION under_limit(v int) RETURNS boolean LANGUAGE sql AS 'SELECT v < (SELECT max(n) FROM limits)';\nCREATE TABLE items (id int PRIMARY KEY, v int CHECK (under_limit(v)));\nINSERT INTO items VALUES (1, 5);",
    good: "CREATE FUNCTION under_limit(v int) RETURNS boolean LANGUAGE sql AS 'SELECT v < (SELECT max(n) FROM public.limits)';\nCREATE TABLE items (id int PRIMARY KEY, v int CHECK (under_limit(v)));\nINSERT INTO items VALUES (1, 5);",
  },
});
