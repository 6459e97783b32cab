import { nameOf, option } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';
import { searchPathSetLater, setsSearchPath } from './security-definer-without-search-path.js';

export default rule(
  {
    id: 'function-search-path-mutable',
    category: 'security',
    severity: 'info',
    summary: 'A function in an exposed schema without a fixed search_path.',
    rationale: "Its behaviour depends on the caller's search_path: the same call can resolve to different tables or functions for different sessions.",
    safeAlternative: "SET search_path = '' (and schema-qualified names) on the function.",
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE FUNCTION total() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM orders $$;',
      good: "CREATE FUNCTION total() RETURNS bigint LANGUAGE sql SET search_path = '' AS $$ SELECT count(*) FROM public.orders $$;",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'CreateFunctionStmt')
      .filter((s) => option(s.node.options, 'security')?.arg?.Boolean?.boolval !== true && !setsSearchPath(s.node.options))
      .filter((s) => ['public', ''].includes(nameOf(s.node.funcname).split('.').length > 1 ? (nameOf(s.node.funcname).split('.')[0] as string) : ''))
      .filter((s) => !searchPathSetLater(ctx, nameOf(s.node.funcname)))
      .map((s) => ({
        at: s,
        object: nameOf(s.node.funcname),
        message: `${nameOf(s.node.funcname)} resolves names through the caller's search_path. Fix it with SET search_path.`,
      })),
);
