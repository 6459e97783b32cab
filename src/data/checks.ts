import { loadModule, parseSync, scanSync } from 'libpg-query';
import { unwrap, type Tree } from '../parse/ast.js';

/**
 * CHECK constraints read into per-column facts the value generator can aim at. The parser is
 * PostgreSQL's own (libpg-query), fed pg_get_constraintdef output, so the shapes seen here are the
 * deparsed ones: `IN (...)` arrives as `= ANY (ARRAY[...])`, BETWEEN as `>= AND <=`, constants
 * wrapped in casts. Whatever is not modelled is still enforced by filtering rows on the expression.
 */

export type Op = '<' | '<=' | '>' | '>=' | '=' | '<>';

export interface Literal {
  /** The constant as text: a string's content or a number's digits. */
  text: string;
  /** Its value when it is a number. */
  number: number | null;
}

export type Fact =
  | { column: string; kind: 'in'; values: Literal[] }
  | { column: string; kind: 'compare'; op: Op; value: Literal }
  | { column: string; kind: 'length'; op: Op; value: number }
  | { column: string; kind: 'not null' };

export interface CheckReading {
  facts: Fact[];
  /** True when the facts say everything the expression does, so generated values cannot fail it. */
  complete: boolean;
}

export interface Check {
  /** The boolean expression, e.g. `(status = ANY (ARRAY['a'::text, 'b'::text]))`. */
  expression: string;
  /** NOT ENFORCED (PostgreSQL 18): rows need not satisfy it. */
  enforced: boolean;
}

let loading: Promise<void> | null = null;
/** libpg-query's WebAssembly module must be loaded once before the synchronous calls. */
export const loadParser = (): Promise<void> => (loading ??= loadModule());

/** `CHECK ((a > 0)) NO INHERIT NOT VALID` -> `(a > 0)`; null for other constraint kinds. */
export function checkOf(definition: string): Check | null {
  const m = /^CHECK \((.*)\)((?: (?:NO INHERIT|NOT VALID|NOT ENFORCED))*)$/s.exec(definition);
  return m ? { expression: m[1] as string, enforced: !(m[2] as string).includes('NOT ENFORCED') } : null;
}

const COMPARISONS = new Set<string>(['<', '<=', '>', '>=', '=', '<>']);
const FLIPPED: Record<Op, Op> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '<>': '<>' };
const NEGATED: Record<Op, Op> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '=': '<>', '<>': '=' };
const LENGTH_FUNCTIONS = new Set(['length', 'char_length', 'character_length']);

/** Casts say nothing about the value: `(c)::text`, `'-5'::integer`, `(ARRAY[...])::text[]`. */
function stripCasts(node: unknown): [string, Tree] {
  let [kind, body] = unwrap(node);
  while (kind === 'TypeCast') [kind, body] = unwrap(body.arg);
  return [kind, body];
}

function constant(node: unknown): Literal | null {
  const [kind, body] = stripCasts(node);
  if (kind !== 'A_Const' || body.isnull) return null;
  // Protobuf JSON leaves out zero values: `{ ival: {} }` is 0, `{ boolval: {} }` is false.
  if (body.ival) return { text: String(body.ival.ival ?? 0), number: Number(body.ival.ival ?? 0) };
  if (body.fval) return { text: String(body.fval.fval), number: Number(body.fval.fval) };
  if (body.boolval) return { text: body.boolval.boolval ? 'true' : 'false', number: null };
  if (body.sval) {
    const text = String(body.sval.sval ?? '');
    // One way through the digits (`\d+(\.\d*)?`, not `\d+\.?\d*`): a long literal that is not a number fails in linear time.
    return { text, number: /^\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i.test(text) ? Number(text) : null };
  }
  return null;
}

/** Reads one CHECK expression; in a domain's check, `VALUE` stands for `valueColumn`. */
export function readCheck(expression: string, valueColumn?: string): CheckReading {
  const column = (node: unknown): string | null => {
    const [kind, body] = stripCasts(node);
    const fields = (body.fields ?? []) as Tree[];
    if (kind !== 'ColumnRef' || fields.length !== 1) return null;
    const name = fields[0]?.String?.sval as string | undefined;
    return name === undefined ? null : valueColumn && name === 'value' ? valueColumn : name;
  };
  const lengthOf = (node: unknown): string | null => {
    const [kind, body] = stripCasts(node);
    const fn = ((body.funcname ?? []) as Tree[]).at(-1)?.String?.sval as string | undefined;
    return kind === 'FuncCall' && fn && LENGTH_FUNCTIONS.has(fn) && body.args?.length === 1 ? column(body.args[0]) : null;
  };
  const facts: Fact[] = [];
  const comparison = (op: Op, left: unknown, right: unknown): boolean => {
    for (const [side, other, o] of [
      [left, right, op],
      [right, left, FLIPPED[op]],
    ] as const) {
      const value = constant(other);
      if (!value) continue;
      const col = column(side);
      if (col) {
        facts.push(o === '=' ? { column: col, kind: 'in', values: [value] } : { column: col, kind: 'compare', op: o, value });
        return true;
      }
      const measured = lengthOf(side);
      if (measured && value.number !== null) {
        facts.push({ column: measured, kind: 'length', op: o, value: value.number });
        return true;
      }
    }
    return false;
  };
  const walk = (node: unknown): boolean => {
    const [kind, body] = unwrap(node);
    if (kind === 'BoolExpr' && body.boolop === 'AND_EXPR') return ((body.args ?? []) as unknown[]).map(walk).every(Boolean);
    if (kind === 'BoolExpr' && body.boolop === 'NOT_EXPR') {
      const [innerKind, inner] = unwrap(body.args?.[0]);
      const op = inner.name?.[0]?.String?.sval as string | undefined;
      return (
        innerKind === 'A_Expr' &&
        inner.kind === 'AEXPR_OP' &&
        op !== undefined &&
        COMPARISONS.has(op) &&
        comparison(NEGATED[op as Op], inner.lexpr, inner.rexpr)
      );
    }
    if (kind === 'NullTest') {
      const col = body.nulltesttype === 'IS_NOT_NULL' ? column(body.arg) : null;
      if (col) facts.push({ column: col, kind: 'not null' });
      return col !== null;
    }
    if (kind !== 'A_Expr') return false;
    const op = body.name?.[0]?.String?.sval as string | undefined;
    if (body.kind === 'AEXPR_OP' && op && COMPARISONS.has(op)) return comparison(op as Op, body.lexpr, body.rexpr);
    const col = column(body.lexpr);
    if (!col) return false;
    if ((body.kind === 'AEXPR_OP_ANY' && op === '=') || (body.kind === 'AEXPR_IN' && (op === '=' || op === '<>'))) {
      const [listKind, list] = stripCasts(body.rexpr);
      const items = (listKind === 'A_ArrayExpr' ? list.elements : listKind === 'List' ? list.items : null) as unknown[] | null;
      const values = (items ?? []).map(constant);
      if (!items || values.some((v) => v === null)) return false;
      if (op === '=') facts.push({ column: col, kind: 'in', values: values as Literal[] });
      else for (const value of values as Literal[]) facts.push({ column: col, kind: 'compare', op: '<>', value });
      return true;
    }
    if (body.kind === 'AEXPR_BETWEEN') {
      const [low, high] = ((body.rexpr?.List?.items ?? []) as unknown[]).map(constant);
      if (!low || !high) return false;
      facts.push({ column: col, kind: 'compare', op: '>=', value: low }, { column: col, kind: 'compare', op: '<=', value: high });
      return true;
    }
    return false;
  };
  let root: unknown;
  try {
    root = (parseSync(`SELECT ${expression}`).stmts?.[0]?.stmt as Tree | undefined)?.SelectStmt?.targetList?.[0]?.ResTarget?.val;
  } catch {
    return { facts: [], complete: false };
  }
  const complete = walk(root);
  return { facts, complete };
}

/** A domain's check made a column's: `(VALUE > 0)` -> `("price" > 0)`, leaving string constants alone. */
export function domainCheckFor(expression: string, column: string): string {
  const bytes = Buffer.from(expression, 'utf8');
  const parts: Buffer[] = [];
  let at = 0;
  for (const token of scanSync(expression).tokens) {
    if (token.text.toUpperCase() !== 'VALUE' || token.keywordName !== 'UNRESERVED_KEYWORD') continue;
    parts.push(bytes.subarray(at, token.start), Buffer.from(`"${column.replace(/"/g, '""')}"`, 'utf8'));
    at = token.end;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts).toString('utf8');
}

export interface Bound {
  value: Literal;
  inclusive: boolean;
}

/** What CHECK constraints (the table's and the domains') ask of one column. */
export interface ColumnBounds {
  allowed: Literal[] | null;
  excluded: Literal[];
  lower: Bound[];
  upper: Bound[];
  minLength: number;
  maxLength: number | null;
  notNull: boolean;
}

export function boundsFor(column: string, facts: Fact[]): ColumnBounds {
  const bounds: ColumnBounds = { allowed: null, excluded: [], lower: [], upper: [], minLength: 0, maxLength: null, notNull: false };
  const capLength = (n: number) => (bounds.maxLength = Math.min(bounds.maxLength ?? Infinity, n));
  for (const fact of facts) {
    if (fact.column !== column) continue;
    if (fact.kind === 'not null') bounds.notNull = true;
    else if (fact.kind === 'in') bounds.allowed = bounds.allowed ? bounds.allowed.filter((a) => fact.values.some((v) => v.text === a.text)) : fact.values;
    else if (fact.kind === 'compare') {
      if (fact.op === '<>') bounds.excluded.push(fact.value);
      else (fact.op.startsWith('>') ? bounds.lower : bounds.upper).push({ value: fact.value, inclusive: fact.op.endsWith('=') });
    } else {
      const n = fact.value;
      if (fact.op === '>=' || fact.op === '=') bounds.minLength = Math.max(bounds.minLength, Math.ceil(n));
      if (fact.op === '>') bounds.minLength = Math.max(bounds.minLength, Math.floor(n) + 1);
      if (fact.op === '<=' || fact.op === '=') capLength(Math.floor(n));
      if (fact.op === '<') capLength(Math.ceil(n) - 1);
    }
  }
  return bounds;
}
