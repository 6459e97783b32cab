import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { CONFIG_PATH, type ConfigIssue } from './resolve.js';

export interface LocatedIssue {
  line: number;
  message: string;
}

/**
 * The line of the config file's text each issue is about: an unknown key's own line, a bad
 * value's line (its key's, when it has none). An issue the text does not hold (it came from a
 * config the file `_extends`) is put on line 1. A file that is not valid YAML gives its syntax errors instead.
 */
export function locateIssues(text: string, issues: ConfigIssue[]): LocatedIssue[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    return doc.errors.map((e) => ({ line: e.linePos?.[0].line ?? 1, message: `${CONFIG_PATH} is not valid YAML: ${e.message.split('\n')[0]}` }));
  }
  return issues.map((issue) => {
    const offset = offsetOf(doc.contents, issue.key === undefined ? issue.path : [...issue.path, issue.key], issue.key !== undefined);
    return { line: offset === undefined ? 1 : lineCounter.linePos(offset).line, message: issue.message };
  });
}

/** Where the node at `path` starts (its key, with `atKey` or when it has no value), following maps by key and lists by index. */
function offsetOf(root: unknown, path: (string | number)[], atKey: boolean): number | undefined {
  let node = root;
  let key: unknown;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return undefined;
      key = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      key = undefined;
      node = node.items[Number(segment)];
    } else return undefined;
  }
  const at = atKey || !isNode(node) ? key : node;
  return isNode(at) ? at.range?.[0] : undefined;
}
