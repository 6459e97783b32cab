/** A `/dba` command found in a pull request comment. */
export type DbaCommand =
  | { kind: 'help'; unknown?: string }
  | { kind: 'review' }
  | { kind: 'explain'; analyze: boolean; sql: string }
  /** Either may be empty: the reply says what is missing. */
  | { kind: 'ack'; ruleId: string; reason: string };

export const HELP_TEXT = `**pg-dba-review commands** (in a comment on a pull request):

| Command | What it does |
|---|---|
| \`/dba explain <SQL>\` | EXPLAIN the query on this pull request's schema with the configured data (\`data:\` in .github/dba.yml), compared with the base branch; sequential scans on large tables come with an index tried in the sandbox. The SQL may follow on the same line or in a fenced code block. Queries with \`$1\` parameters get the generic plan (PostgreSQL 16+). |
| \`/dba explain analyze <SQL>\` | The same with EXPLAIN (ANALYZE, BUFFERS): the query runs, in a transaction that is always rolled back. |
| \`/dba review\` | Runs the review of the current head again. |
| \`/dba ack <rule-id> <reason>\` | Accepts that rule's findings in this pull request, with your reason: they stop counting against the check (shown as acknowledged) until a push changes their statement. |
| \`/dba help\` | This list. |

Commands that run SQL (\`explain\`, \`review\`) are for people with write, maintain or admin permission on the repository; \`ack\` too, and for members of the teams named in \`ack.teams\` of .github/dba.yml.`;

const OPENING = /^\s*(`{3,}|~{3,})/;
const CLOSING = /^(`{3,}|~{3,})$/;

/**
 * The content of the first fenced block (``` or ~~~, closed by the same fence), line by line:
 * a comment full of fences that never close costs one pass, not one per fence.
 */
function fencedBlock(lines: string[]): string | null {
  const closers = new Map<string, number[]>();
  for (const [j, line] of lines.entries()) {
    const fence = line.trim();
    if (!CLOSING.test(fence)) continue;
    const seen = closers.get(fence);
    if (seen) seen.push(j);
    else closers.set(fence, [j]);
  }
  for (const [i, line] of lines.entries()) {
    const fence = OPENING.exec(line)?.[1];
    const at = fence ? closers.get(fence) : undefined;
    // Ascending: when the last closer is above this line, none is below it.
    if (!at || (at.at(-1) as number) <= i) continue;
    return lines
      .slice(
        i + 1,
        at.find((j) => j > i),
      )
      .join('\n');
  }
  return null;
}

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
  // The lines after the command's, up to the first blank line: a long reason or query may wrap.
  const more =
    lines
      .slice(at + 1)
      .join('\n')
      .split(/\n\s*\n/)[0] ?? '';
  if (verb === 'ack') {
    const [ruleId = '', ...reason] = rest;
    return { kind: 'ack', ruleId: ruleId.toLowerCase(), reason: [...reason, more].join(' ').replace(/\s+/g, ' ').trim() };
  }
  if (verb !== 'explain') return { kind: 'help', unknown: word };
  const analyze = rest[0]?.toLowerCase() === 'analyze';
  const inline = (analyze ? rest.slice(1) : rest).join(' ');
  const block = inline.trim() ? null : fencedBlock(lines.slice(at + 1));
  if (block !== null) return { kind: 'explain', analyze, sql: block.trim() };
  return { kind: 'explain', analyze, sql: [inline, more].join('\n').trim() };
}

const WRITERS = new Set(['admin', 'maintain', 'write']);

/** Whether a role name from the collaborator permission API may run commands that execute SQL. */
export function mayRunSql(permission: { permission: string; role_name: string }): boolean {
  return WRITERS.has(permission.role_name) || WRITERS.has(permission.permission);
}
