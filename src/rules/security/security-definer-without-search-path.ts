import type { Tree } from '../../parse/ast.js';
import { nameOf, option } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';
import type { RuleContext } from '../types.js';

export function setsSearchPath(options: unknown[] | undefined): boolean {
  return ((options ?? []) as Tree[]).some((o) => o.DefElem?.defname === 'set' && o.DefElem.arg?.VariableSetStmt?.name === 'search_path');
}

/** The change gives the function a search_path with ALTER FUNCTION ... SET search_path. */
export function searchPathSetLater(ctx: RuleContext, name: string): boolean {
  return ctx.statements.some((o) => o.stmt.kind === 'AlterFunctionStmt' && nameOf(o.node.func?.objname) === name && setsSearchPath(o.node.actions));
}

export default rule(
  {
    id: 'security-definer-without-search-path',
    category: 'security',
    severity: 'error',
    summary: 'A SECURITY DEFINER function without SET search_path.',
    rationale:
      "The function runs with its owner's privileges but resolves names through the caller's search_path: a caller who can create objects in a schema on that path can make it call their function or operator, with the owner's rights (privilege escalation).",
    safeAlternative: "Add SET search_path = pg_catalog, public (or '') to the function and schema-qualify names in its body.",
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE FUNCTION delete_user(uid bigint) RETURNS void LANGUAGE sql SECURITY DEFINER AS $$ DELETE FROM users WHERE id = uid $$;',
      good: "CREATE FUNCTION delete_user(uid bigint) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ DELETE FROM public.users WHERE id = uid $$;",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'CreateFunctionStmt')
      .filter((s) => option(s.node.options, 'security')?.arg?.Boolean?.boolval === true && !setsSearchPath(s.node.options))
      .filter((s) => !searchPathSetLater(ctx, nameOf(s.node.funcname)))
      .map((s) => ({
        at: s,
        object: nameOf(s.node.funcname),
        message: `SECURITY DEFINER function ${nameOf(s.node.funcname)} has no SET search_path: callers can redirect the names it uses and run code with its owner's privileges.`,
      })),
);
