import type { ApplyUnit } from '../apply/types.js';
import { bareName, mentionedRelations } from '../data/touched.js';
import type { PlanComparison } from '../explain/keyQueries.js';
import type { Statement } from '../parse/statements.js';
import { blocksInWords } from '../trace/locks.js';
import type { Detection } from '../model/finding.js';

/**
 * The statement a key query's regression comes from: the one that names an index the query lost,
 * else the first that touches a table the query reads, else the change's first statement.
 */
function culprit(comparison: PlanComparison, statements: Statement[]): Statement | undefined {
  const lost = comparison.changes.filter((c) => c.kind === 'index-gone').map((c) => /index (\S+),/.exec(c.message)?.[1]);
  const tables = new Set([...(comparison.before.ok ? comparison.before.summary.scans : [])].map((s) => bareName(s.relation)));
  return (
    statements.find((s) => lost.some((name) => name && s.sql.includes(name))) ??
    statements.find((s) => mentionedRelations([s]).some((r) => tables.has(bareName(r)))) ??
    statements[0]
  );
}

/** Findings for key queries the change breaks, slows, or blocks while it runs. */
export function planFindings(comparisons: PlanComparison[], units: ApplyUnit[]): Detection[] {
  const statements = units.flatMap((u) => (u.parsed.ok ? u.parsed.statements : []));
  const findings: Detection[] = [];
  for (const c of comparisons) {
    const at = culprit(c, statements);
    const where = at ? { file: at.file, line: at.start.line, column: at.start.column } : null;
    const fails = c.changes.find((x) => x.kind === 'fails');
    if (fails && where)
      findings.push({
        ruleId: 'key-query-fails',
        ...where,
        object: c.name,
        message: `Key query "${c.name}" (${c.origin}) fails after this change: ${fails.message.replace(/^it no longer runs: /, '')}`,
      });
    const worse = c.changes.filter((x) => x.regression && x.kind !== 'fails');
    if (worse.length && where)
      findings.push({
        ruleId: 'key-query-regressed',
        ...where,
        object: c.name,
        message: `Key query "${c.name}" (${c.origin}) plans worse after this change: ${worse.map((x) => x.message).join('; ')}.`,
      });
    for (const wait of c.blockedBy) {
      findings.push({
        ruleId: 'key-query-blocked',
        file: wait.file,
        line: wait.line,
        column: 1,
        object: c.name,
        message: `Key query "${c.name}" waits while this runs: it holds ${wait.mode.replace(/Lock$/, '')} on ${wait.relation} (${blocksInWords(wait.mode)}) for ${Math.round(wait.heldMs).toLocaleString('en-US')} ms in the sandbox, to its commit.`,
      });
    }
  }
  return findings;
}
