import { OffsetMap, type Replacement } from './templates.js';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters. */
  column: number;
}

/**
 * A templated file: its text as written and the placeholders replaced in it (plain data, so a
 * parsed file can cross to and from a worker thread).
 */
export interface RenderedFrom {
  text: string;
  replaced: Replacement[];
}

/**
 * A file's text with offset conversions. libpg-query reports byte offsets into the UTF-8
 * text and Postgres reports character positions, while JS strings index UTF-16 units.
 * `text` is what runs; for a templated file it is the rendered text, and positions are those
 * of the file as written.
 */
export class SourceText {
  private readonly lineStarts: number[] = [0];
  private readonly ascii: boolean;
  private byteIndex?: Uint32Array;
  /** The file as written (the same as `text` unless it was rendered from a template). */
  readonly original: string;
  private readonly map?: OffsetMap;

  constructor(
    readonly text: string,
    readonly from?: RenderedFrom,
  ) {
    this.original = from?.text ?? text;
    if (from) this.map = new OffsetMap(from.replaced);
    for (let i = 0; i < this.original.length; i++) if (this.original.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.ascii = Buffer.byteLength(text, 'utf8') === text.length;
  }

  /** JS string index of a UTF-8 byte offset. */
  indexOfByte(byteOffset: number): number {
    if (this.ascii) return byteOffset;
    if (!this.byteIndex) {
      // byteIndex[i] = byte offset of string index i (one extra slot for the end).
      const map = new Uint32Array(this.text.length + 1);
      let bytes = 0;
      for (let i = 0; i < this.text.length; i++) {
        map[i] = bytes;
        const code = this.text.charCodeAt(i);
        if (code < 0x80) bytes += 1;
        else if (code < 0x800) bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff) {
          // A surrogate pair: four bytes; its second unit is mapped past them.
          bytes += 4;
          map[++i] = bytes;
        } else bytes += 3;
      }
      map[this.text.length] = bytes;
      this.byteIndex = map;
    }
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.byteIndex[mid] as number) < byteOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** JS string index of the Nth character (code point) after a start index. */
  indexAfterChars(start: number, chars: number): number {
    let i = start;
    for (let n = 0; n < chars && i < this.text.length; n++) {
      const code = this.text.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
    return i;
  }

  /** Line and column in the file as written of an index into `text`. */
  positionAt(rendered: number): Position {
    const index = this.map ? this.map.toOriginal(rendered) : rendered;
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= index) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo] as number;
    return { line: lo + 1, column: [...this.original.slice(lineStart, index)].length + 1 };
  }

  /** First index at or after `index` that is not whitespace or a comment. */
  skipTrivia(index: number, end = this.text.length): number {
    const t = this.text;
    let i = index;
    while (i < end) {
      const c = t[i] as string;
      if (/\s/.test(c)) i++;
      else if (c === '-' && t[i + 1] === '-') {
        const nl = t.indexOf('\n', i);
        i = nl === -1 ? end : nl + 1;
      } else if (c === '/' && t[i + 1] === '*') {
        // Postgres block comments nest.
        let depth = 1;
        i += 2;
        while (i < end && depth > 0) {
          if (t[i] === '/' && t[i + 1] === '*') {
            depth++;
            i += 2;
          } else if (t[i] === '*' && t[i + 1] === '/') {
            depth--;
            i += 2;
          } else i++;
        }
      } else break;
    }
    return Math.min(i, end);
  }
}
