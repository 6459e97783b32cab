import { calledFunctions } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

/** Functions that read, list or write the database server's own files. */
const FILE_FUNCTIONS = new Set([
  'pg_read_file',
  'pg_read_binary_file',
  'pg_ls_dir',
  'pg_stat_file',
  'pg_ls_logdir',
  'pg_ls_waldir',
  'pg_ls_tmpdir',
  'pg_ls_archive_statusdir',
  'lo_import',
  'lo_export',
  'pg_file_write',
  'pg_file_rename',
  'pg_file_unlink',
]);

export default rule(
  {
    id: 'server-file-access',
    category: 'security',
    severity: 'error',
    summary:
      "A migration that reads or writes the database server's files or runs a program there (COPY to or from a file or PROGRAM, pg_read_file, lo_export, ...).",
    rationale:
      "Files and programs on the database server are outside the schema: they differ between environments, so the migration works in one and fails in another, and the rights it needs (superuser, pg_read_server_files, pg_write_server_files, pg_execute_server_program) let the migration role read any file or run any command as the server's OS user.",
    safeAlternative:
      "Load data from the client side (psql's \\copy, COPY ... FROM STDIN from the migration tool) or ship it as SQL in the migration; keep server files and programs out of the application's migrations.",
    needs: 'sql',
    example: {
      setup: 'CREATE TABLE countries (code text PRIMARY KEY, name text);',
      bad: "COPY countries FROM '/tmp/countries.csv' (FORMAT csv);",
      good: "INSERT INTO countries (code, name) VALUES ('NL', 'Netherlands'), ('PT', 'Portugal');",
    },
  },
  (ctx) => [
    ...statementsOf(ctx, 'CopyStmt')
      .filter((s) => s.node.filename !== undefined)
      .map((s) => {
        const where = s.node.is_program ? `the program \`${s.node.filename}\` on the server` : `the server file ${s.node.filename}`;
        return {
          at: s,
          message: `COPY ${s.node.is_from ? 'reads from' : 'writes to'} ${where}: it runs as the database server's OS user, not where the migration runs.`,
        };
      }),
    ...ctx.statements.flatMap((s) => {
      const used = [
        ...new Set(
          calledFunctions(s.node)
            .map((f) => f.replace(/^pg_catalog\./, ''))
            .filter((f) => FILE_FUNCTIONS.has(f)),
        ),
      ];
      return used.length
        ? [
            {
              at: s,
              message: `${used.join(', ')} reaches the database server's own files, which the migration cannot count on and should not have the rights to touch.`,
            },
          ]
        : [];
    }),
  ],
);
