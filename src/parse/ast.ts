import { scanSync } from 'libpg-query';

/** Small readers over libpg-query parse trees (nodes are { NodeType: body } objects). */

/**
 * A parse tree node read loosely: rules walk nodes of many kinds whose shape @pgsql/types gives
 * only as a union (statementsOf types the statements themselves).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one loose type for parse tree nodes
export type Tree = Record<string, any>;
type Node = Tree;

/** The node's type and body: { ColumnDef: {...} } -> ['ColumnDef', {...}]. */
export function unwrap(node: unknown): [string, Node] {
  // The first key, without listing them all: this runs for every node rules look at.
  for (const kind in (node ?? {}) as Node) return [kind, ((node as Node)[kind] ?? {}) as Node];
  return ['', {}];
}

export function str(node: unknown): string {
  return ((node as Node)?.String?.sval as string | undefined) ?? '';
}

/** The items of a List node: the parts of a qualified name in COMMENT, RENAME, DROP. */
export function listItems(node: unknown): unknown[] {
  return ((node as Node | undefined)?.List?.items ?? []) as unknown[];
}

/** Dotted name from a list of String nodes: ["public", "t"] -> "public.t". */
export function nameOf(list: unknown[] | undefined): string {
  return (list ?? []).map(str).filter(Boolean).join('.');
}

/** The type name of a TypeName node, without pg_catalog: "int4", "varchar", "timestamp". */
export function typeName(typeNode: Node | undefined): string {
  const names = ((typeNode?.names ?? []) as unknown[]).map(str);
  return names.filter((n) => n !== 'pg_catalog').join('.');
}

export function typeModifiers(typeNode: Node | undefined): number[] {
  return ((typeNode?.typmods ?? []) as Node[]).map((m) => Number(m.A_Const?.ival?.ival ?? m.A_Const?.ival ?? NaN));
}

export function isArrayType(typeNode: Node | undefined): boolean {
  return ((typeNode?.arrayBounds ?? []) as unknown[]).length > 0;
}

export interface ColumnDefinition {
  name: string;
  type: string;
  typeNode: Node;
  constraints: Node[];
}

// Many rules read the columns of the same statements: read once per list of nodes.
const columnsOf = new WeakMap<unknown[], ColumnDefinition[]>();

/** Column definitions of a CREATE TABLE or of ALTER TABLE ... ADD COLUMN commands. */
export function columnDefs(nodes: unknown[] | undefined): ColumnDefinition[] {
  if (!nodes) return [];
  let columns = columnsOf.get(nodes);
  if (!columns) {
    columns = nodes.flatMap((n) => {
      const [kind, body] = unwrap(n);
      if (kind !== 'ColumnDef') return [];
      return [
        {
          name: body.colname as string,
          type: typeName(body.typeName),
          typeNode: body.typeName as Node,
          constraints: ((body.constraints ?? []) as Node[]).map((c) => c.Constraint as Node),
        },
      ];
    });
    columnsOf.set(nodes, columns);
  }
  return columns;
}

/** ALTER TABLE commands as [subtype, command]. */
export function alterCommands(node: Node): Node[] {
  return ((node.cmds ?? []) as Node[]).map((c) => c.AlterTableCmd as Node);
}

// Several rules ask the same statement for the same node type: each tree is walked once per type.
const found = new WeakMap<object, Map<string, readonly Node[]>>();

/** Every node of a type anywhere in a tree, in document order. */
export function findAll(tree: unknown, kind: string): readonly Node[] {
  if (!tree || typeof tree !== 'object') return [];
  let byKind = found.get(tree);
  if (!byKind) found.set(tree, (byKind = new Map()));
  let nodes = byKind.get(kind);
  if (!nodes) byKind.set(kind, (nodes = walkFor(tree, kind)));
  return nodes;
}

function walkFor(tree: object, kind: string): Node[] {
  const out: Node[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const item of n) walk(item);
      return;
    }
    for (const k in n) {
      const v = (n as Node)[k];
      if (k === kind) out.push(v as Node);
      if (v && typeof v === 'object') walk(v);
    }
  };
  walk(tree);
  return out;
}

/** Function names called anywhere in an expression tree. */
export function calledFunctions(tree: unknown): string[] {
  return findAll(tree, 'FuncCall').map((f) => nameOf(f.funcname as unknown[]).toLowerCase());
}

/**
 * What a TransactionStmt does to the session's transaction. ROLLBACK TO (a savepoint) and
 * COMMIT/ROLLBACK AND CHAIN (which opens the next) leave it open; two-phase commands are not
 * told apart here.
 */
export function transactionEffect(node: Node): 'opens' | 'ends' | undefined {
  if (node.kind === 'TRANS_STMT_BEGIN' || node.kind === 'TRANS_STMT_START') return 'opens';
  if ((node.kind === 'TRANS_STMT_COMMIT' || node.kind === 'TRANS_STMT_ROLLBACK') && !node.chain) return 'ends';
  return undefined;
}

/** A DefElem option's value in a list of { DefElem } nodes. */
export function option(options: unknown[] | undefined, name: string): Node | undefined {
  const found = (options ?? []).map((o) => (o as Node).DefElem as Node | undefined).find((d) => d?.defname === name);
  return found;
}

/**
 * The statement's tokens as PostgreSQL's scanner reads them, comments left out: what is code,
 * told apart from names, string constants and comments that merely spell a keyword.
 */
export function codeTokens(sql: string): { text: string; tokenName: string; keywordName: string }[] {
  return scanSync(sql).tokens.filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT');
}

/** The statement says these keywords in a row, e.g. ON DELETE (quoted names and strings do not count). */
export function saysKeywords(sql: string, ...words: string[]): boolean {
  const tokens = codeTokens(sql);
  const spells = (i: number, word: string) => tokens[i]?.keywordName !== 'NO_KEYWORD' && tokens[i]?.text.toUpperCase() === word;
  return tokens.some((_, i) => words.every((w, k) => spells(i + k, w)));
}
