/** A `/dba` command found in a pull request comment. */
export type DbaCommand =
  | { kind: 'help'; unknown?: string }
  | { kind: 'review' }
  | { kind: 'explain'; analyze: boolean; sql: string };

export const HELP_TEXT = `**pg-dba-review commands** (in a comment on a pull request):

| Command | What it does |
|---|---|
| \`/dba explain <SQL>\` | EXPLAIN the query on this pull request's schema with the configured data (\`data:\` in .github/dba.yml), compared with the base branch; sequential scans on large tables come with an index tried in the sandbox. The SQL may follow on the same line or in a fenced code block. Queries with \`$1\` parameters get the generic plan (PostgreSQL 16+). |
| \`/dba explain analyze <SQL>\` | The same with EXPLAIN (ANALYZE, BUFFERS): the query runs, in a transaction that is always rolled back. |
| \`/dba review\` | Runs the review of the current head again. |
| \`/dba help\` | This list. |

Commands that run SQL (\`explain\`, \`review\`) are for people with write, maintain or admin permission on the repository.`;

const FENCE = /^\s*(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\s*\1\s*$/m;

/**
 * The first `/dba` command of a comment, or null when it has none. The SQL of `explain` is the
 * fenced block after the command if there is one, else the rest of the command's line and the
 * lines after it up to the first blank line.
 */
export function parseCommand(body: string): DbaCommand | null {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const at = lines.findIndex((l) => /^\s*\/dba(\s|$)/.test(l));
  if (at < 0) return null;
  const [word = 'help', ...rest] = (lines[at] as string).trim().split(/\s+/).slice(1);
  const verb = word.toLowerCase();
  if (verb === 'help') return { kind: 'help' };
  if (verb === 'review') return { kind: 'review' };
  if (verb !== 'explain') return { kind: 'help', unknown: word };
  const analyze = rest[0]?.toLowerCase() === 'analyze';
  const inline = (analyze ? rest.slice(1) : rest).join(' ');
  const after = lines.slice(at + 1).join('\n');
  const fence = FENCE.exec(after);
  if (fence && !inline.trim()) return { kind: 'explain', analyze, sql: (fence[2] as string).trim() };
  const more = after.split(/\n\s*\n/)[0] ?? '';
  return { kind: 'explain', analyze, sql: [inline, more].join('\n').trim() };
}

const WRITERS = new Set(['admin', 'maintain', 'write']);

/** Whether a role name from the collaborator permission API may run commands that execute SQL. */
export function mayRunSql(permission: { permission: string; role_name: string }): boolean {
  return WRITERS.has(permission.role_name) || WRITERS.has(permission.permission);
}
