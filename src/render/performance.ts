// Performance Considerations: what the sandbox measured of the change (locks held, rewrites, scans, durations) and the key queries' plans.
import type { StatementOutcome } from '../apply/types.js';
import type { ReviewBase } from '../base/base.js';
import { statementImpacts, type TableImpact } from '../review/measured.js';
import type { Review } from '../review/types.js';
import { blocksInWords, strength } from '../trace/locks.js';
import { durationRange, estimateLines } from './estimates.js';
import { bullets, capped, firstLine, FULL, type Budget } from './budget.js';
import { statisticsLine } from '../explain/statistics.js';
import { keyQueries } from './plans.js';
import { code, fenced, fileLink, ms, plural, row, unqualified } from './text.js';

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
  if (review.plans?.statistics) lines.push(statisticsLine(review.plans.statistics));
  for (const impact of statementImpacts(review)) {
    const where = fileLink(review, impact.statement.file, impact.statement.start.line);
    for (const t of impact.tables) lines.push(`${where}: ${describeImpact(t, (x) => code(unqualified(x)))}.`);
    if (impact.locksUnseen) lines.push(`${where}: finished in ${ms(impact.statement.durationMs)}, before a second session could see its locks.`);
  }
  const estimates = estimateLines(review, budget.rows);
  lines.push(...estimates.lines);
  const statements = review.files.flatMap((f) => f.statements);
  const ran = statements.filter((s) => s.status !== 'not-run');
  if (ran.length) {
    const total = ran.reduce((sum, s) => sum + s.durationMs, 0);
    const slowest = ran.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
    lines.push(
      `The change's ${plural(ran.length, 'statement')} ran in ${ms(total)}; the slowest, ${fileLink(review, slowest.file, slowest.start.line)}, took ${ms(slowest.durationMs)}.`,
    );
  }
  // The estimate column only when there are estimates: most changes rewrite nothing.
  const estimateColumn = estimates.lines.length > 0;
  const table = ran.length
    ? [
        `| Statement | Where | Result | Time | Strongest lock on an existing table | Rewrites |${estimateColumn ? ' Estimated time at production size |' : ''}`,
        `| --- | --- | --- | --- | --- | --- |${estimateColumn ? ' --- |' : ''}`,
        ...capped(
          statements.map((s) =>
            row([
              code(firstLine(s.sql)),
              fileLink(review, s.file, s.start.line),
              `${s.status}${s.rowCount ? `, ${plural(s.rowCount, 'row')}` : ''}`,
              s.status === 'not-run' ? '' : ms(s.durationMs),
              strongestTableLock(review, s),
              (s.rewrites ?? []).map((r) => code(unqualified(r))).join(', '),
              ...(estimateColumn ? [s.estimate ? durationRange(s.estimate.seconds) : ''] : []),
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
  return [bullets(lines, 'Nothing was applied, so nothing was measured.', budget.rows), table, estimates.derivation, plans, raw].filter(Boolean).join('\n\n');
}
