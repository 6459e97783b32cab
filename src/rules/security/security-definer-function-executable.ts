import { rule, statementFor } from '../helpers.js';

export default rule(
  {
    id: 'security-definer-function-executable',
    category: 'security',
    severity: 'warning',
    summary: 'A new SECURITY DEFINER function that every role (PUBLIC, anon or authenticated) may execute.',
    rationale: "Functions are executable by PUBLIC by default: a SECURITY DEFINER function then gives every role its owner's rights for whatever it does.",
    safeAlternative: 'REVOKE EXECUTE ON FUNCTION ... FROM PUBLIC; GRANT EXECUTE to the roles that need it.',
    needs: 'review',
    example: {
      setup: '',
      bad: "CREATE FUNCTION purge() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ SELECT 1 $$;",
      good: "CREATE FUNCTION purge() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ SELECT 1 $$;\nREVOKE EXECUTE ON FUNCTION purge() FROM PUBLIC;",
    },
  },
  (ctx) => {
    const before = ctx.catalog?.before.objects.function ?? {};
    return Object.entries(ctx.catalog?.after.objects.function ?? {})
      .filter(([name, f]) => !before[name] && f.properties['security definer'] === true)
      .filter(([, f]) => {
        const acl = f.properties.privileges as string[] | null;
        return acl === null || acl.some((a) => /^(=|anon=|authenticated=)[^/]*X/.test(a));
      })
      .flatMap(([name]) => {
        const short = name.split('.').pop()?.replace(/\(.*/, '') ?? name;
        const at =
          ctx.statements.find((s) => s.stmt.kind === 'CreateFunctionStmt' && JSON.stringify(s.node.funcname).includes(`"${short}"`)) ?? statementFor(ctx, name);
        return at
          ? [
              {
                at,
                object: name,
                message: `${name} runs with its owner's rights and every role may execute it. REVOKE EXECUTE ... FROM PUBLIC and grant it to the roles that need it.`,
              },
            ]
          : [];
      });
  },
);
