// What a pull request says it is for, read from its description.

/** Text without its HTML comments; an unclosed one runs to the end. By index, in one pass: the text is the pull request's. */
function withoutComments(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', at)) {
    out += text.slice(at, open);
    const close = text.indexOf('-->', open + 4);
    if (close === -1) return out;
    at = close + 3;
  }
  return out + text.slice(at);
}

/**
 * The first paragraph of prose in a pull request's description: a template's headings and HTML
 * comments ("## What kind of change does this PR introduce?") are not what the change is for.
 */
export function summaryOf(body: string | undefined): string | undefined {
  const paragraphs = withoutComments(body ?? '').split(/\r?\n[ \t]*\r?\n/);
  for (const paragraph of paragraphs) {
    const prose = paragraph
      .split(/\r?\n/)
      .filter((line) => !/^\s{0,3}#{1,6}(\s|$)/.test(line))
      .join(' ')
      .trim();
    if (prose) return prose.slice(0, 500);
  }
  return undefined;
}
