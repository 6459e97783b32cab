import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';
import type { Review } from './types.js';

/**
 * A `/dba ack` kept in the pull request's comment: a rule's findings accepted, why, and by whom.
 * It accepts statements, not lines: a push that moves a statement keeps it accepted, one that
 * changes it re-opens it.
 */
export interface Ack {
  rule: string;
  reason: string;
  /** The login of whoever acknowledged it. */
  by: string;
  /** Fingerprints of the statements accepted; absent until a review of `head` binds the ack to its findings. */
  fingerprints?: string[];
  /** The head commit whose findings the ack was given on, until it is bound. */
  head?: string;
}

/** Acknowledgements a pull request keeps at most. */
export const MAX_ACKS = 50;
/** Characters a reason may have. */
export const MAX_REASON = 300;
/** Characters the acknowledgements may take in the comment's hidden state (their JSON): the comment's room is kept for the rest. */
export const ACK_ROOM = 12_000;

/**
 * JSON that can sit inside an HTML comment: `<` and `>` are escaped (still valid JSON), so a
 * reason holding `-->` cannot end the comment that hides it.
 */
export function hiddenJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const RULE = /^[a-z0-9-]{1,80}$/;
const FINGERPRINT = /^[A-Za-z0-9_-]{10}$/;
const SHA = /^[0-9a-f]{40}$/;

/** The acknowledgements of a parsed comment state, without the ones that are not well formed (the comment can be edited by hand). */
export function parseAcks(value: unknown): Ack[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((a: Partial<Record<keyof Ack, unknown>>): Ack[] => {
    if (typeof a !== 'object' || a === null) return [];
    const { rule, reason, by, fingerprints, head } = a;
    if (typeof rule !== 'string' || !RULE.test(rule) || typeof by !== 'string' || !LOGIN.test(by)) return [];
    if (typeof reason !== 'string' || !reason || reason.length > MAX_REASON) return [];
    if (Array.isArray(fingerprints) && fingerprints.every((f) => typeof f === 'string' && FINGERPRINT.test(f)))
      return [{ rule, reason, by, fingerprints: fingerprints as string[] }];
    if (typeof head === 'string' && SHA.test(head)) return [{ rule, reason, by, head }];
    return [];
  });
}

/** The statement a finding is on, from the statements the review ran (undefined for a finding on no statement of the change). */
function statementOf(review: Pick<Review, 'files'>, f: Finding): string | undefined {
  const file = review.files.find((o) => o.path === f.file);
  const on = (file?.statements ?? []).filter((s) => s.start.line <= f.line && f.line <= s.end.line);
  // Several statements on the finding's line: the last one starting at or before its column.
  return (on.filter((s) => s.start.line < f.line || s.start.column <= f.column).at(-1) ?? on[0])?.sql;
}

/**
 * What an ack accepts of a finding: its rule, its file and its statement's text with whitespace
 * collapsed, never its line. A finding on no statement of the change (an edited migration of the
 * base, a file that does not parse) is known by its object, else by its message without numbers
 * (timings and counts vary from run to run).
 */
export function fingerprint(review: Pick<Review, 'files'>, f: Finding): string {
  const what = statementOf(review, f) ?? f.object ?? f.message.replace(/\d[\d,.]*/g, '#');
  const text = [f.ruleId, f.file, what.replace(/\s+/g, ' ').trim()].join('\0');
  return createHash('sha256').update(text).digest('base64url').slice(0, 10);
}

/** The rules with findings in the review, acknowledged or not: what a `/dba ack` on it may name. */
export function rulesWithFindings(review: Review): string[] {
  return [...new Set([...review.findings, ...(review.acknowledged ?? []).map((a) => a.finding)].map((f) => f.ruleId))].sort();
}

function where(findings: Finding[]): string {
  const places = [...new Set(findings.map((f) => `${f.file}:${f.line}`))];
  return places.length > 3 ? `${places.slice(0, 3).join(', ')} and ${places.length - 3} more` : places.join(', ');
}

/**
 * Applies the pull request's acknowledgements to a review of it: the findings they accept move
 * to `review.acknowledged` (no longer counted), an ack given on this head is bound to its rule's
 * findings here, and the notes say which acks no longer apply. Returns the acks to keep.
 */
export function applyAcks(review: Review, acks: Ack[]): Ack[] {
  if (!acks.length) return [];
  const prints = new Map(review.findings.map((f) => [f, fingerprint(review, f)]));
  // Bound ones first, so the room check of a pending one counts them all.
  const kept: Ack[] = acks.filter((a) => a.fingerprints);
  for (const ack of acks.filter((a) => !a.fingerprints)) {
    const head = ack.head ?? '';
    const mine = review.findings.filter((f) => f.ruleId === ack.rule);
    const bound: Ack = { rule: ack.rule, reason: ack.reason, by: ack.by, fingerprints: [...new Set(mine.map((f) => prints.get(f) as string))] };
    const problem =
      head !== review.subject.headSha
        ? `it was given on ${head.slice(0, 7)} and a newer push came before it took effect`
        : !mine.length
          ? 'this review has no finding of that rule'
          : hiddenJson([...kept, bound]).length > ACK_ROOM
            ? `its ${bound.fingerprints?.length} statements do not fit in the room the comment keeps for acknowledgements`
            : undefined;
    if (problem)
      review.notes.push(`The ack of ${ack.rule} by @${ack.by} was not recorded: ${problem}. Comment /dba ack again to accept what this review found.`);
    else kept.push(bound);
  }
  const byRule = new Map(kept.map((a) => [a.rule, a]));
  const acknowledged: NonNullable<Review['acknowledged']> = [];
  const open: Finding[] = [];
  for (const f of review.findings) {
    const ack = byRule.get(f.ruleId);
    if (ack?.fingerprints?.includes(prints.get(f) as string)) acknowledged.push({ finding: f, reason: ack.reason, by: ack.by });
    else open.push(f);
  }
  for (const ack of kept) {
    const reopened = open.filter((f) => f.ruleId === ack.rule);
    if (reopened.length)
      review.notes.push(
        `The ack of ${ack.rule} by @${ack.by} no longer applies to ${where(reopened)}: the statement changed since (or is new), so it counts again. Comment /dba ack to accept it as it is now.`,
      );
  }
  review.findings = open;
  review.acknowledged = acknowledged;
  return kept;
}

/**
 * The acks a review applies: the comment's, and the pending ones its job carries. The comment's
 * copy of a pending ack is lost when a review of the same head rewrites the comment between the
 * command recording it and the review it asked for; the job's copy brings it back. For a rule the
 * comment holds a newer pending ack of, the comment's wins; a bound one is replaced, as a new
 * `/dba ack` of the rule replaces it.
 */
export function withPending(state: Ack[], pending: Ack[]): Ack[] {
  const out = [...state];
  for (const ack of pending) {
    const i = out.findIndex((a) => a.rule === ack.rule);
    if (i === -1) out.push(ack);
    else if (out[i]?.fingerprints) out[i] = ack;
  }
  return out;
}
