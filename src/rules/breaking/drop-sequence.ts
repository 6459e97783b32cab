import type { Tree } from '../../parse/ast.js';
import { nameOf } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'drop-sequence',
    category: 'breaking',
    severity: 'warning',
    summary: 'DROP SEQUENCE of an existing sequence.',
    rationale: 'Defaults that call nextval() on it fail, and its current value (which ids have been handed out) is lost.',
    safeAlternative: 'Remove the defaults that use it in one release; drop it later.',
    needs: 'review',
    example: {
      setup: 'CREATE SEQUENCE invoice_no;',
      bad: 'DROP SEQUENCE invoice_no;',
      good: "-- release N: nothing calls nextval('invoice_no') any more; the drop waits for a later migration\nCOMMENT ON SEQUENCE invoice_no IS 'unused since release N; dropped in release N+1';",
    },
  },
  (ctx) =>
    statementsOf(ctx, 'DropStmt')
      .filter((s) => s.node.removeType === 'OBJECT_SEQUENCE')
      .flatMap((s) =>
        ((s.node.objects ?? []) as Tree[])
          .map((o) => nameOf(o.List?.items))
          .map((n) => (n.includes('.') ? n : `public.${n}`))
          .filter((n) => ctx.catalog?.before.objects.sequence[n])
          .map((n) => ({ at: s, object: n, message: `Drops sequence ${n}: defaults that call nextval() on it fail, and its position is lost.` })),
      ),
);
