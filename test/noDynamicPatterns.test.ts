import { describe, expect, it } from '@jest/globals';
import { RegExpParser } from '@eslint-community/regexpp';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from 'scslre';
import ts from 'typescript';

// Text from a pull request (names, literals, paths) must never become a regular expression, and
// the patterns applied to that text must run in linear time: a column named "(a|a)+_status" once
// hung the process for 19 minutes, and "(_status" crashed the review. This scan keeps it so.

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const ESCAPE = 'escapeStringRegexp';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const line = (file: ts.SourceFile, node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
const isEscaped = (e: ts.Expression) => ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === ESCAPE;

/**
 * A pattern argument is safe when it is fixed text, a template whose every interpolation is
 * escaped, or the source of a regular expression literal (recompiled with other flags).
 */
function safePattern(arg: ts.Expression | undefined): boolean {
  if (!arg || ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg) || ts.isRegularExpressionLiteral(arg)) return true;
  if (ts.isTemplateExpression(arg)) return arg.templateSpans.every((span) => isEscaped(span.expression));
  if (ts.isPropertyAccessExpression(arg) && arg.name.text === 'source') return true;
  return isEscaped(arg);
}

/** `RegExp(...)` and `new RegExp(...)` built from anything but fixed or escaped text; `.match`/`.search` given built text. */
function dynamicPatterns(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp' &&
      !safePattern(node.arguments?.[0])
    ) {
      found.push(`${fileName}:${line(file, node)}: ${node.getText(file).slice(0, 120)}`);
    }
    // A string given to match/matchAll/search is compiled as a pattern.
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['match', 'matchAll', 'search'].includes(node.expression.name.text)) {
      const arg = node.arguments[0];
      if (arg && (ts.isTemplateExpression(arg) || ts.isBinaryExpression(arg) || ts.isStringLiteral(arg)) && !safePattern(arg))
        found.push(`${fileName}:${line(file, node)}: ${node.getText(file).slice(0, 120)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Regular expression literals that can take super-linear time (scslre's analysis), except the
 * ones listed with the reason their input cannot make them slow.
 */
const SLOW_BY_DESIGN: Record<string, string> = {
  // Git paths of changed files: bounded by the host (4096 bytes), not by the migration's size.
  'discover/hostLanguage.ts /(^|\\/)migrations?\\/[^/]*\\d[^/]*\\.go$/': 'path',
  'discover/hostLanguage.ts /(^|\\/)migrations?\\/(?:[^/]+\\/)*[^/]*\\d[^/]*(?<!\\.d)\\.(js|cjs|mjs|ts)$/': 'path',
  // Anchored at a line start; `.*$` always reaches the line's end, so no failing path backtracks.
  'discover/layouts/liquibase.ts /^--\\s*changeset\\s+(\\S+).*$/gim': 'line',
  // Applied to one line at a time; the trade between `\s*` and `(.*)` ends at the line's end.
  'rules/suppress.ts /--\\s*dba-ignore(-file)?:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)\\s*(.*)$/i': 'line',
  // Applied to a constant of this program.
  'sandbox/leftovers.ts /\\S+$/': 'constant',
};

function slowPatterns(): string[] {
  const parser = new RegExpParser();
  const found: string[] = [];
  for (const path of sourceFiles(SRC)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const key = `${relative(SRC, path)} ${node.text}`;
        const { reports } = analyse(parser.parseLiteral(node.text), { reportTypes: { Move: true, Self: true, Trade: true } });
        if (reports.length && !(key in SLOW_BY_DESIGN)) found.push(`${key} (line ${line(file, node)}: ${reports.map((r) => r.type).join(', ')})`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('no text becomes a pattern', () => {
  it('no source file builds a RegExp from unescaped interpolations or variables', () => {
    const found = sourceFiles(SRC).flatMap((path) => dynamicPatterns(relative(SRC, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it.each([
    ['new RegExp(`\\\\b${column}\\\\b`).test(definition)', 1],
    ['RegExp(name)', 1],
    ["new RegExp('^' + name)", 1],
    ['text.match(`${name}_id`)', 1],
    ['new RegExp(`(^|[\\\\s,("])"?${escapeStringRegexp(column)}"?\\\\s+`, "i")', 0],
    ['new RegExp(markers.source, `${markers.flags}g`)', 0],
    ["text.match(/a+/) ?? text.replace(`${name}`, 'x')", 0],
  ])('the scan flags %s %i time(s)', (snippet, times) => {
    expect(dynamicPatterns('snippet.ts', snippet)).toHaveLength(times);
  });

  it('every regular expression literal in src/ runs in linear time, or is listed with why its input is bounded', () => {
    expect(slowPatterns()).toEqual([]);
  });

  it('the linear-time check catches the patterns it replaced', () => {
    const parser = new RegExpParser();
    for (const slow of ['/^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)(e[-+]?\\d+)?\\s*$/i', "/'((?:[^']|'')*)'::/g", '/\\s+$/']) {
      expect(analyse(parser.parseLiteral(slow), { reportTypes: { Move: true, Self: true, Trade: true } }).reports.length).toBeGreaterThan(0);
    }
  });
});
