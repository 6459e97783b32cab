import { ACK_ROOM, hiddenJson, parseAcks, type Ack } from '../review/acks.js';
import type { Review } from '../review/types.js';
import { RULE_IDS } from '../rules/index.js';
import { renderMarkdown } from './markdown.js';

// The pull request comment: the review's Markdown under a hidden header (the marker the app finds
// its comment by, and the state the next push reads), within GitHub's size limit.

/** GitHub rejects issue comments longer than this. */
export const COMMENT_LIMIT = 65_536;
/** Hidden marker that identifies the bot's one comment per pull request. */
export const STICKY_MARKER = '<!-- pg-dba-review:sticky -->';

/** What the sticky comment last reported, kept in a hidden line so the next push can say what changed. */
export interface StickyState {
  head: string;
  errors: number;
  warnings: number;
  /** Rules with findings in the review of `head`: what `/dba ack` may name. */
  rules?: string[];
  /** The pull request's acknowledgements: they survive pushes and restarts in the comment itself. */
  acks?: Ack[];
}

const STATE = /<!-- pg-dba-review:state (\{.*?\}) -->/;

/** The state of a comment's hidden line, or undefined when it is missing or not what the bot writes (the comment can be edited by hand). */
export function parseState(body: string): StickyState | undefined {
  let raw: Partial<Record<keyof StickyState, unknown>>;
  try {
    raw = JSON.parse(STATE.exec(body)?.[1] ?? 'null') ?? {};
  } catch {
    return undefined;
  }
  const { head, errors, warnings, rules, acks } = raw;
  if (typeof head !== 'string' || typeof errors !== 'number' || typeof warnings !== 'number') return undefined;
  return {
    head,
    errors,
    warnings,
    ...(Array.isArray(rules) ? { rules: rules.filter((r): r is string => typeof r === 'string') } : {}),
    acks: parseAcks(acks),
  };
}

const stateLine = (state: StickyState) => `<!-- pg-dba-review:state ${hiddenJson(state)} -->`;

/** The comment body for rendered Markdown (rendered to fit STICKY_ROOM). */
export function stickyBody(markdown: string, state: StickyState): string {
  return `${STICKY_MARKER}\n${stateLine(state)}\n${markdown}`;
}

/** A comment body with its hidden state replaced and its Markdown as it is. */
export function withState(body: string, state: StickyState): string {
  return body.replace(STATE, () => stateLine(state));
}

/** Room left for the Markdown in a comment, after the hidden header at its largest: every rule with findings, and ACK_ROOM of acknowledgements. */
export const STICKY_ROOM =
  COMMENT_LIMIT - stickyBody('', { head: 'f'.repeat(40), errors: 99_999, warnings: 99_999, rules: [...RULE_IDS], acks: [] }).length - ACK_ROOM;

/**
 * The review as the pull request comment shows it, fitted to GitHub's comment limit: what the
 * app posts under its hidden header and what `review --format markdown` prints, one rendering.
 * (The Action fits the same rendering to its job summary's larger room.)
 */
export function commentMarkdown(review: Review, room = STICKY_ROOM): string {
  return renderMarkdown(review, room);
}
