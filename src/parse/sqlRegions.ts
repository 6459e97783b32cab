/** What a character of SQL text is part of, as PostgreSQL's lexer sees it. */
export type RegionKind = 'code' | 'string' | 'identifier' | 'dollar' | 'comment';

interface Region {
  start: number;
  end: number;
  kind: Exclude<RegionKind, 'code'>;
}

/**
 * The quoted and commented parts of a SQL text ('…' and E'…' literals, "…" identifiers,
 * $tag$…$tag$ bodies, -- and nested /* comments), and the square brackets of its code, so a
 * placeholder can be told from the same characters inside a literal or an array slice.
 */
export class SqlRegions {
  private readonly regions: Region[] = [];
  /** Offsets of [ (+1) and ] (-1) in code. */
  private readonly brackets: { at: number; step: 1 | -1 }[] = [];

  constructor(private readonly text: string) {
    const identChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_$]/.test(c);
    let i = 0;
    while (i < text.length) {
      const c = text[i] as string;
      const next = text[i + 1];
      const start = i;
      if (c === '-' && next === '-') {
        const nl = text.indexOf('\n', i);
        i = nl === -1 ? text.length : nl;
        this.regions.push({ start, end: i, kind: 'comment' });
      } else if (c === '/' && next === '*') {
        let depth = 1;
        i += 2;
        while (i < text.length && depth > 0) {
          if (text[i] === '/' && text[i + 1] === '*') {
            depth++;
            i += 2;
          } else if (text[i] === '*' && text[i + 1] === '/') {
            depth--;
            i += 2;
          } else i++;
        }
        this.regions.push({ start, end: i, kind: 'comment' });
      } else if (c === "'") {
        // E'…' takes backslash escapes; standard literals only double the quote.
        const escapes = /[Ee]/.test(text[i - 1] ?? '') && !identChar(text[i - 2]);
        i++;
        while (i < text.length) {
          if (escapes && text[i] === '\\') i += 2;
          else if (text[i] === "'" && text[i + 1] === "'") i += 2;
          else if (text[i] === "'") break;
          else i++;
        }
        i = Math.min(i + 1, text.length);
        this.regions.push({ start, end: i, kind: 'string' });
      } else if (c === '"') {
        i++;
        while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
        i = Math.min(i + 1, text.length);
        this.regions.push({ start, end: i, kind: 'identifier' });
      } else if (c === '$' && !identChar(text[i - 1])) {
        const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
        if (tag) {
          const close = text.indexOf(tag[0], i + tag[0].length);
          i = close === -1 ? text.length : close + tag[0].length;
          this.regions.push({ start, end: i, kind: 'dollar' });
        } else i++;
      } else {
        if (c === '[') this.brackets.push({ at: i, step: 1 });
        else if (c === ']') this.brackets.push({ at: i, step: -1 });
        i++;
      }
    }
  }

  /** The text with its comments blanked (line breaks kept), so offsets and lines stay where they were. */
  withoutComments(): string {
    let out = '';
    let from = 0;
    for (const r of this.regions) {
      if (r.kind !== 'comment') continue;
      out += this.text.slice(from, r.start) + this.text.slice(r.start, r.end).replace(/[^\n]/g, ' ');
      from = r.end;
    }
    return from === 0 ? this.text : out + this.text.slice(from);
  }

  kindAt(offset: number): RegionKind {
    let lo = 0;
    let hi = this.regions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.regions[mid] as Region;
      if (offset < r.start) hi = mid - 1;
      else if (offset >= r.end) lo = mid + 1;
      else return r.kind;
    }
    return 'code';
  }

  /** Whether the offset is inside square brackets of code (an array subscript or slice). */
  inBrackets(offset: number): boolean {
    let depth = 0;
    for (const b of this.brackets) {
      if (b.at >= offset) break;
      depth = Math.max(0, depth + b.step);
    }
    return depth > 0;
  }
}
