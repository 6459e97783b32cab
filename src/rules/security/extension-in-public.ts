import { option, str } from '../../parse/ast.js';
import { rule, statementsOf } from '../helpers.js';

export default rule(
  {
    id: 'extension-in-public',
    category: 'security',
    severity: 'info',
    summary: 'An extension installed into the public schema.',
    rationale:
      'Its functions and operators land next to application objects in a schema every role can usually use and often create in, where they can be shadowed or clutter dumps and API surfaces.',
    safeAlternative: 'CREATE SCHEMA extensions; CREATE EXTENSION ... WITH SCHEMA extensions;',
    needs: 'sql',
    example: { setup: '', bad: 'CREATE EXTENSION pg_trgm;', good: 'CREATE SCHEMA IF NOT EXISTS extensions;\nCREATE EXTENSION pg_trgm WITH SCHEMA extensions;' },
  },
  (ctx) =>
    statementsOf(ctx, 'CreateExtensionStmt')
      .filter((s) => {
        const schema = option(s.node.options, 'schema')?.arg;
        return !schema || str(schema) === 'public';
      })
      .map((s) => ({ at: s, object: s.node.extname, message: `Extension ${s.node.extname} goes into public: install it WITH SCHEMA extensions.` })),
);
