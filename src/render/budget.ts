// How much of a review a comment shows: the budget a large change is summarised to, and the capped lists every section uses.
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

export function bullets(lines: string[], empty: string, max = FULL.rows): string {
  return lines.length
    ? capped(lines, max)
        .map((l) => `- ${l}`)
        .join('\n')
    : `- ${empty}`;
}

export function firstLine(sql: string, max = 90): string {
  const line = sql.split('\n')[0] as string;
  return line.length > max || sql.includes('\n') ? `${line.slice(0, max).trimEnd()} …` : line;
}

/** "a, b, c and 12 more": a list of names that stays short. */
export function names(items: string[], max: number): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}
