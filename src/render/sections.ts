// The review comment's seven sections (the seed's format), one function each: one job, a little over 300 lines since Prettier wraps their long messages.
import type { FileOutcome, StatementOutcome } from '../apply/types.js';
import { statementImpacts, type TableImpact } from '../review/measured.js';
import { erDiagram } from './erDiagram.js';
import { summaryOf } from './summary.js';
import { blocksInWords, strength } from '../trace/locks.js';
import type { CatalogChange } from '../catalog/types.js';
import type { ChangeFacts } from '../review/facts.js';
import type { ReviewBase } from '../base/base.js';
import type { Review } from '../review/types.js';
import { evidenceFor, keyQueries, trialLine } from './plans.js';
import { cell, code, fenced, fileLink, ms, plural, row, unqualified } from './text.js';

/** How much detail fits: a large change is summarised step by step to stay under GitHub's limits. */
export interface Budget {
  sqlLines: number;
  /** Rows of the catalog diff, the statement table and each bullet list. */
  rows: number;
  rawTrace: boolean;
  erDiagram: boolean;
}

export const FULL: Budget = { sqlLines: 200, rows: 500, rawTrace: true, erDiagram: true };

/** The first `max` items, and a line saying how many were left out. */
export function capped(lines: string[], max: number, where = 'the check run lists them all'): string[] {
  return lines.length > max ? [...lines.slice(0, max), `… and ${lines.length - max} more (${where})`] : lines;
}

function bullets(lines: string[], empty: string, max = FULL.rows): string {
  return lines.length
    ? capped(lines, max)
        .map((l) => `- ${l}`)
        .join('\n')
    : `- ${empty}`;
}

function firstLine(sql: string, max = 90): string {
  const line = sql.split('\n')[0] as string;
  return line.length > max || sql.includes('\n') ? `${line.slice(0, max).trimEnd()} …` : line;
}

/** "a, b, c and 12 more": a list of names that stays short. */
function names(items: string[], max: number): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}

export function objective(review: Review, facts: ChangeFacts, budget: Budget = FULL): string {
  const lines: string[] = [];
  const subject = review.subject;
  lines.push(`${subject.number ? `#${subject.number} ` : ''}${subject.title}`.trim());
  const summary = summaryOf(subject.body);
  if (summary) lines.push(summary);
  const parts: string[] = [];
  if (facts.newTables.length)
    parts.push(
      `creates ${names(
        facts.newTables.map((t) => `${code(unqualified(t.qualifiedName))} (${plural(t.columns.length, 'column')})`),
        budget.rows,
      )}`,
    );
  if (facts.changedTables.length)
    parts.push(
      `alters ${names(
        facts.changedTables.map((t) => code(unqualified(t.qualifiedName))),
        budget.rows,
      )}`,
    );
  if (facts.droppedTables.length)
    parts.push(
      `drops ${names(
        facts.droppedTables.map((t) => code(unqualified(t))),
        budget.rows,
      )}`,
    );
  const changedFiles = review.changedMigrations;
  const files = `${plural(changedFiles.length, 'migration file')} (${[...new Set(changedFiles.map((c) => c.status))].join(', ')})`;
  lines.push(
    parts.length
      ? `Schema change: ${parts.join('; ')}, in ${files}.`
      : `Changes ${files}${review.catalog ? ', with no effect on tables, columns, indexes or constraints' : ''}.`,
  );
  if (review.histories.length) lines.push(`Migrations: ${review.histories.join('; ')}.`);
  const left = excludedLine(review);
  if (left) lines.push(left);
  return bullets(lines, '', budget.rows);
}

/** The one line that names the changed files `migrations.exclude` left out of the review. */
export function excludedLine(review: Review): string | undefined {
  if (!review.excluded.length) return undefined;
  return `Left out by ${code('migrations.exclude')}: ${names(
    review.excluded.map((p) => code(p)),
    10,
  )}.`;
}

function statementCounts(file: FileOutcome): string {
  const mode = file.transactional ? 'in one transaction' : 'statement by statement';
  return `${plural(file.statements.length, 'statement')}, ${mode}`;
}

function changeLine(change: CatalogChange): string {
  const icon = change.action === 'added' ? '➕' : change.action === 'removed' ? '➖' : '✏️';
  const memberName = change.table ? change.name.slice(change.table.length).replace(/^\.| index | constraint /, '') : change.name;
  const label =
    change.objectType === 'column' || change.objectType === 'index' || change.objectType === 'constraint'
      ? `${change.objectType} ${code(memberName)}`
      : `${change.objectType} ${code(change.name)}`;
  const detail = change.details.length ? `: ${change.details.map((d) => code(d)).join('; ')}` : '';
  return `${icon} ${label}${detail}`;
}

function catalogDiff(review: Review, budget: Budget): string {
  const changes = review.catalog?.changes ?? [];
  if (!changes.length) return '';
  const out: string[] = [`**Catalog diff** (${plural(changes.length, 'change')}, read from the sandbox's system catalog):`, ''];
  const byTable = new Map<string, CatalogChange[]>();
  for (const c of changes) {
    if (c.objectType === 'schema') out.push(`- ${changeLine(c)}`);
    else {
      const key = c.table ?? c.name;
      byTable.set(key, [...(byTable.get(key) ?? []), c]);
    }
  }
  const rows: string[] = [];
  for (const [table, list] of byTable) {
    const own = list.find((c) => c.objectType === 'table');
    rows.push(own ? `- ${changeLine(own)}` : `- table ${code(table)}`);
    for (const c of list) if (c !== own) rows.push(`  - ${changeLine(c)}`);
  }
  return [...out, ...capped(rows, budget.rows, 'the JSON output has the whole diff')].join('\n');
}

export function proposedSchemaChanges(review: Review, budget: Budget = FULL): string {
  const out: string[] = [];
  for (const change of review.changedMigrations.filter((c) => c.status === 'removed')) {
    out.push(`- ${code(change.path)}: **removed** by this change.`);
  }
  for (const file of review.files) {
    const sql = file.statements.map((s) => s.sql + ';').join('\n\n');
    const lines = sql.split('\n');
    const shown =
      lines.length > budget.sqlLines ? `${lines.slice(0, budget.sqlLines).join('\n')}\n-- … ${lines.length - budget.sqlLines} more lines in the file` : sql;
    out.push(
      `${fileLink(review, file.path)} (${file.parseError ? 'does not parse' : statementCounts(file)}):`,
      '',
      file.statements.length ? fenced('sql', shown) : '_No SQL statements._',
      '',
    );
  }
  const diff = catalogDiff(review, budget);
  if (diff) out.push(diff);
  const er = budget.erDiagram ? erDiagram(review) : '';
  if (er) out.push('', '**Tables this change creates or alters, and their foreign-key neighbours:**', '', er);
  return out.join('\n').trim() || '- No migration SQL to apply.';
}

export function indexingStrategy(review: Review, facts: ChangeFacts, budget: Budget = FULL): string {
  const lines: string[] = [];
  for (const { table, index } of facts.addedIndexes) {
    const kind = index.primary ? 'primary key' : index.unique ? 'unique' : index.predicate ? 'partial' : index.method;
    lines.push(
      `New ${kind} index ${code(index.name)} on ${code(unqualified(table))} (${cell(index.columns.map((c) => c ?? '(expression)').join(', '))})${index.predicate ? ` where ${code(index.predicate)}` : ''}.`,
    );
  }
  for (const change of facts.droppedIndexes) lines.push(`Drops ${changeLine(change).replace(/^➖ /, '')}: queries that used it fall back to other plans.`);
  for (const gap of facts.unindexedForeignKeys) {
    const cols = gap.constraint.columns.join(', ');
    const ref = gap.constraint.references;
    const target = ref ? `${unqualified(ref.table)}(${ref.columns.join(', ')})` : '';
    const concurrently = gap.existingTable ? 'CONCURRENTLY ' : '';
    const name = `${gap.table.name}_${gap.constraint.columns.join('_')}_idx`.slice(0, 63);
    lines.push(
      `Foreign key ${code(`${unqualified(gap.table.qualifiedName)}(${cols}) -> ${target}`)} has no index that leads with ${code(cols)}: ` +
        `joins from ${code(ref ? unqualified(ref.table) : 'the parent')} and every ${ref?.onDelete === 'cascade' ? 'cascading ' : ''}DELETE or key UPDATE on it scan ${code(unqualified(gap.table.qualifiedName))}. ` +
        `Add ${code(`CREATE INDEX ${concurrently}${name} ON ${gap.table.qualifiedName} (${cols});`)}` +
        evidenceFor(review, gap.table.qualifiedName, gap.constraint.columns),
    );
  }
  for (const c of review.plans?.comparisons ?? [])
    for (const t of c.trials)
      lines.push(`Key query ${code(c.name)} reads ${code(unqualified(t.relation))} with a sequential scan; tried ${trialLine(t).replace(/^- /, '')}`);
  return bullets(
    lines,
    facts.newTables.length || facts.changedTables.length ? 'No index changes, and every foreign key is served by an index.' : 'No index changes.',
    budget.rows,
  );
}

function strongestTableLock(review: Review, s: StatementOutcome): string {
  const existing = new Set(Object.keys(review.catalog?.before.tables ?? {}));
  const locks = (s.locks ?? []).filter((l) => l.kind === 'table' && existing.has(l.relation));
  if (!s.locks) return s.status === 'applied' && s.observedFrom === undefined && s.kind !== 'TransactionStmt' ? 'not seen' : '';
  const top = locks.reduce<(typeof locks)[number] | undefined>((best, l) => (!best || strength(l.mode) > strength(best.mode) ? l : best), undefined);
  return top ? `${top.mode} on ${code(unqualified(top.relation))}` : '';
}

/** How the base got into the sandbox: replayed, or restored from a cached snapshot (and what that saved). */
function baseSetup(base: ReviewBase): string {
  const { cache } = base;
  const replayed = `replaying the base branch's ${plural(base.paths.length, 'migration')} (${plural(base.statements, 'statement')}) in ${ms(base.durationMs)}`;
  if (cache.unavailable) return `${replayed} (the base snapshot cache could not be used: ${cache.unavailable})`;
  if (cache.status === 'off' || !base.paths.length) return replayed;
  if (cache.status === 'miss') return `${replayed}, with no cached snapshot of it yet`;
  const saved =
    cache.replayMs - cache.restoreMs > 0
      ? `; the snapshot saved ${ms(cache.replayMs - cache.restoreMs)} of replay${cache.rowsRestored ? ' and row generation' : ''}`
      : '';
  const rows = cache.rowsRestored ? ' and of the rows generated for the tables the change touches' : '';
  // The preamble, when there is one, is restored first: the units replayed are migrations.
  const rest = cache.units - cache.restored;
  const what =
    cache.status === 'hit'
      ? `the base branch's ${plural(base.paths.length, 'migration')} (${plural(base.statements, 'statement')})${rows}`
      : `the base branch's first ${plural(base.paths.length - rest, 'migration')} and replaying the other ${rest} (${plural(base.statements, 'statement')} in all)`;
  const ahead = cache.ahead ? ' (a copy started ahead, when the previous review of this base ended)' : '';
  return `restoring a cached snapshot of ${what} in ${ms(base.durationMs)}${ahead}${saved}`;
}

/** "holds AccessExclusiveLock on public.accounts for 41 ms on 5,000 rows while rewriting it and its 2 indexes; blocks all reads and writes" */
function describeImpact(t: TableImpact, quote: (s: string) => string): string {
  const parts: string[] = [];
  const rows = t.rows === null ? '' : t.rows === 0 ? ' on an empty table' : ` on ${plural(t.rows, 'row')}`;
  const doing: string[] = [];
  if (t.rewritten)
    doing.push(`rewriting it${t.indexesRewritten.length ? ` and its ${t.indexesRewritten.length} index${t.indexesRewritten.length === 1 ? '' : 'es'}` : ''}`);
  else if (t.indexesRewritten.length) doing.push(`rebuilding ${t.indexesRewritten.map(quote).join(', ')}`);
  if (t.rowsScanned !== null) doing.push(`scanning it (${plural(t.rowsScanned, 'row')} read)`);
  if (t.mode)
    parts.push(
      `holds ${t.mode} on ${quote(t.table)}${t.heldMs !== null ? ` for ${ms(t.heldMs)}` : ''}${rows}${doing.length ? ` while ${doing.join(' and ')}` : ''}; ${blocksInWords(t.mode)}`,
    );
  else parts.push(`${doing.join(' and ') || 'touches'} ${quote(t.table)}${rows}`);
  return parts.join('');
}

export function performance(review: Review, budget: Budget = FULL): string {
  const lines: string[] = [];
  if (review.postgres && review.base?.copiedFrom) {
    lines.push(
      `Measured in a real PostgreSQL ${review.postgres.version} on a copy of database ${code(review.base.copiedFrom)} (SANDBOX_TEMPLATE: your production-like data, so row counts, plans and durations are real; the original is not touched).`,
    );
  } else if (review.postgres && review.base?.failure) {
    const { file, error } = review.base.failure;
    lines.push(
      `Nothing of the change was measured: replaying the base branch's history in PostgreSQL ${review.postgres.version} (${review.postgres.provider} sandbox) stopped at ${fileLink(review, file, error.position.line)} after ${plural(review.base.statements, 'statement')} (${ms(review.base.durationMs)}).`,
    );
  } else if (review.postgres && review.base) {
    lines.push(`Measured in a real PostgreSQL ${review.postgres.version} (${review.postgres.provider} sandbox) after ${baseSetup(review.base)}.`);
  }
  const filled = Object.entries(review.rows);
  if (filled.length)
    lines.push(
      `Existing tables the change touches held, when it ran: ${filled.map(([t, rows]) => `${code(unqualified(t))} ${plural(rows, 'row')}`).join(', ')} (${review.base?.copiedFrom ? 'from the copy' : 'generated; set `data.rows` in .github/dba.yml'}).`,
    );
  for (const impact of statementImpacts(review)) {
    const where = fileLink(review, impact.statement.file, impact.statement.start.line);
    for (const t of impact.tables) lines.push(`${where}: ${describeImpact(t, (x) => code(unqualified(x)))}.`);
    if (impact.locksUnseen) lines.push(`${where}: finished in ${ms(impact.statement.durationMs)}, before a second session could see its locks.`);
  }
  const statements = review.files.flatMap((f) => f.statements);
  const ran = statements.filter((s) => s.status !== 'not-run');
  if (ran.length) {
    const total = ran.reduce((sum, s) => sum + s.durationMs, 0);
    const slowest = ran.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
    lines.push(
      `The change's ${plural(ran.length, 'statement')} ran in ${ms(total)}; the slowest, ${fileLink(review, slowest.file, slowest.start.line)}, took ${ms(slowest.durationMs)}.`,
    );
  }
  const table = ran.length
    ? [
        '| Statement | Where | Result | Time | Strongest lock on an existing table | Rewrites |',
        '| --- | --- | --- | --- | --- | --- |',
        ...capped(
          statements.map((s) =>
            row([
              code(firstLine(s.sql)),
              fileLink(review, s.file, s.start.line),
              `${s.status}${s.rowCount ? `, ${plural(s.rowCount, 'row')}` : ''}`,
              s.status === 'not-run' ? '' : ms(s.durationMs),
              strongestTableLock(review, s),
              (s.rewrites ?? []).map((r) => code(unqualified(r))).join(', '),
            ]),
          ),
          budget.rows,
          'the JSON output has every statement',
        ),
      ].join('\n')
    : '';
  const plans = keyQueries(review, budget.rows);
  const raw =
    ran.length && budget.rawTrace
      ? `<details><summary>Raw trace (JSON)</summary>\n\n${fenced('json', `[\n${ran.map((s) => JSON.stringify({ file: s.file, line: s.start.line, status: s.status, durationMs: Math.round(s.durationMs * 1000) / 1000, locks: s.locks?.map((l) => `${l.mode} ${l.relation}`), rewrites: s.rewrites, scans: s.scans })).join(',\n')}\n]`)}\n\n</details>`
      : '';
  return [bullets(lines, 'Nothing was applied, so nothing was measured.', budget.rows), table, plans, raw].filter(Boolean).join('\n\n');
}

export function security(facts: ChangeFacts, budget: Budget = FULL): string {
  const lines: string[] = [];
  for (const t of facts.newTables) {
    const rls = t.rowSecurity ? `row level security is on${t.forceRowSecurity ? ' and forced' : ''}` : 'row level security is off';
    const grants = t.acl ? `privileges: ${t.acl.map((a) => code(a)).join(', ')}` : 'no privileges granted beyond its owner';
    lines.push(`${code(unqualified(t.qualifiedName))}: ${rls}; ${grants}.`);
  }
  for (const change of facts.privilegeChanges) lines.push(`Privileges on ${code(change.name)} change: ${change.details.map((d) => code(d)).join('; ')}.`);
  if (facts.personalDataColumns.length) {
    lines.push(
      `Columns that look like personal data: ${names(
        facts.personalDataColumns.map((c) => code(`${unqualified(c.table)}.${c.column}`)),
        budget.rows,
      )}. ` + 'Decide which roles may read them (column privileges or an RLS policy) and whether they need masking outside production.',
    );
  }
  return bullets(lines, 'No privilege, ownership or row level security changes.', budget.rows);
}

export function backupAndHa(review: Review, facts: ChangeFacts, budget: Budget = FULL): string {
  const lines: string[] = [];
  for (const impact of statementImpacts(review)) {
    for (const t of impact.tables.filter((x) => x.rewritten)) {
      const rows = t.rows ? ` (${plural(t.rows, 'row')} here)` : '';
      lines.push(
        `${fileLink(review, impact.statement.file, impact.statement.start.line)} rewrites ${code(unqualified(t.table))}${rows}${t.indexesRewritten.length ? ` and ${plural(t.indexesRewritten.length, 'index', 'indexes')}` : ''}: the whole table goes through WAL again, so replicas replay it (and lag meanwhile) and the WAL archive grows by about its size.`,
      );
    }
  }
  for (const t of facts.tablesWithoutPrimaryKey) {
    lines.push(
      `${code(unqualified(t))} has no primary key: logical replication cannot replicate its UPDATEs and DELETEs (no replica identity), and duplicate rows cannot be told apart in a restore.`,
    );
  }
  for (const t of facts.unloggedTables)
    lines.push(
      `${code(unqualified(t))} is UNLOGGED: it is not written to WAL, so it is absent from replicas and point-in-time recovery, and emptied after a crash.`,
    );
  const durable = facts.newTables.filter((t) => t.persistence === 'permanent' && !facts.tablesWithoutPrimaryKey.includes(t.qualifiedName));
  if (durable.length) {
    lines.push(
      `${names(
        durable.map((t) => code(unqualified(t.qualifiedName))),
        budget.rows,
      )}: WAL-logged with a primary key, so covered by base backups, WAL archiving and streaming replicas, and replicable logically with the default replica identity.`,
    );
  }
  if (facts.droppedTables.length || facts.droppedColumns.length) {
    const dropped = names(
      [...facts.droppedTables, ...facts.droppedColumns].map((n) => code(unqualified(n))),
      budget.rows,
    );
    lines.push(
      `Drops ${dropped}: the data is gone as soon as this runs in production. Take a backup of it first (e.g. ${code('pg_dump --table=…')}) or keep it for a release before dropping.`,
    );
  }
  return bullets(lines, 'No change to what backups or replicas carry.', budget.rows);
}

const TERMINAL_STATES = /^(expired|cancell?ed|rejected|archived|deleted|done|completed|closed|failed|revoked)$/i;

export function questions(facts: ChangeFacts, budget: Budget = FULL): string {
  const lines: string[] = [];
  for (const s of facts.statusColumns) {
    const name = code(`${unqualified(s.table)}.${s.column}`);
    const terminal = s.values.filter((v) => TERMINAL_STATES.test(v));
    if (terminal.length) {
      lines.push(`${name} has terminal states (${terminal.map((v) => code(v)).join(', ')}): should those rows be soft-deleted or purged, and after how long?`);
    } else if (s.values.length) {
      lines.push(
        `${name} takes ${s.values.map((v) => code(v)).join(', ')}: which value do background jobs poll? A partial index on it stays small as the table grows.`,
      );
    } else {
      lines.push(`${name} has no CHECK constraint or enum: which values are valid? Without one, any string is accepted.`);
    }
  }
  for (const r of facts.retentionColumns)
    lines.push(`${code(`${unqualified(r.table)}.${r.column}`)}: what removes rows once this date passes, and how often? That job needs an index on it.`);
  for (const t of facts.timeColumns)
    lines.push(
      `Will ${code(unqualified(t.table))} need time-based analytics by ${code(t.column)}? If so, plan a BRIN index or time partitioning before it grows.`,
    );
  for (const t of facts.newTables) {
    const parents = t.constraints.filter((c) => c.type === 'foreign key').map((c) => c.references?.table ?? '');
    if (parents.length)
      lines.push(
        `What row growth is expected for ${code(unqualified(t.qualifiedName))}? It grows with ${parents.map((p) => code(unqualified(p))).join(', ')}.`,
      );
  }
  return bullets(lines, 'None: the schema gives no reason to ask.', budget.rows);
}
