// The review comment's seven sections (the seed's format), one function each; Performance Considerations, the longest, is in performance.ts.
import type { FileOutcome } from '../apply/types.js';
import { statementImpacts } from '../review/measured.js';
import { erDiagram } from './erDiagram.js';
import { growthQuestions, timeLayoutLine } from './growth.js';
import { summaryOf } from './summary.js';
import type { CatalogChange } from '../catalog/types.js';
import type { ChangeFacts } from '../review/facts.js';
import type { RestoreCheck, Review } from '../review/types.js';
import { evidenceFor, trialLine } from './plans.js';
import { cell, code, fenced, fileLink, plural, unqualified } from './text.js';
import { bullets, capped, FULL, names, type Budget } from './budget.js';

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

export function security(facts: ChangeFacts, budget: Budget = FULL): string {
  const lines: string[] = [];
  for (const t of facts.newTables) {
    const rls = t.rowSecurity ? `row level security is on${t.forceRowSecurity ? ' and forced' : ''}` : 'row level security is off';
    const grants = t.acl ? `privileges: ${t.acl.map((a) => code(a)).join(', ')}` : 'no privileges granted beyond its owner';
    lines.push(`${code(unqualified(t.qualifiedName))}: ${rls}; ${grants}.`);
  }
  for (const a of facts.access) {
    const table = code(unqualified(a.table));
    if (a.grants.length)
      lines.push(
        a.fromRoles
          ? `Who writes ${table}: only its owner can use it yet. Least privilege, from the roles the base grants on other tables: ${a.grants.map((g) => code(g)).join(' ')}`
          : `Who writes ${table}: only its owner can use it, and the base grants no other role on its tables. If the application connects as another role, grant it just this: ${a.grants.map((g) => code(g)).join(' ')}`,
      );
    if (a.rls.length)
      lines.push(
        `${table} says whose each row is but has no row level security: if more than one user or tenant reaches it through the same role, a policy keeps their rows apart: ${a.rls.map((g) => code(g)).join(' ')}`,
      );
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

/** The restore drill's result in a sentence: checked and clean, checked and failing, or not checked and why. */
function restoreLine(check: RestoreCheck, findings: number): string {
  if (check.status === 'restored')
    return `Restores cleanly from pg_dump (checked): the database after this change, generated rows included, was dumped with pg_dump ${check.pgDump ?? ''} and restored with pg_restore into an empty database without an error, to the same catalog.`;
  if (check.status === 'failed')
    return `Does not restore from pg_dump (checked with pg_dump ${check.pgDump ?? ''}): ${[
      ...(findings ? [`see the ${plural(findings, 'restore-fails finding')} for what failed and where`] : []),
      ...(check.reason ? [`what failed of objects no statement of this change made: ${check.reason}`] : []),
    ].join('; ')}.`;
  return `Not checked that it restores from pg_dump: ${(check.reason ?? 'the drill did not run').replace(/\.?$/, '.')}`;
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
  const nothing = 'No change to what backups or replicas carry.';
  // The drill's result first, where a cut list still shows it.
  const restoreFails = review.findings.filter((f) => f.ruleId === 'restore-fails').length;
  const restore = review.restore ? [restoreLine(review.restore, restoreFails)] : [];
  return bullets([...restore, ...(lines.length || !restore.length ? lines : [nothing])], nothing, budget.rows);
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
  for (const t of facts.timeColumns) lines.push(timeLayoutLine(t));
  lines.push(...growthQuestions(facts.growth));
  return bullets(lines, 'None: the schema gives no reason to ask.', budget.rows);
}
