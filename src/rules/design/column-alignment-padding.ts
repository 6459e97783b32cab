import { rule, statementFor, touchedTables } from '../helpers.js';

// Alignment of common types (typalign): 8-byte types first wastes no padding.
const ALIGN: [RegExp, number][] = [
  [/^(bigint|double precision|timestamp|timestamp with time zone|time without time zone|interval|money|date_|bigserial)/, 8],
  [/^(integer|real|date|oid)$/, 4],
  [/^smallint$/, 2],
  [/^(boolean|"char")$/, 1],
];

function align(type: string): number {
  return ALIGN.find(([re]) => re.test(type))?.[1] ?? 0;
}

/** Bytes of padding fixed-width columns waste in declaration order. */
export function padding(types: string[]): number {
  let offset = 0;
  let wasted = 0;
  for (const t of types) {
    const a = align(t);
    if (!a) continue; // variable-width: placement rules differ; leave them out
    const pad = (a - (offset % a)) % a;
    wasted += pad;
    offset += pad + a;
  }
  return wasted;
}

export default rule(
  {
    id: 'column-alignment-padding',
    category: 'design',
    severity: 'info',
    summary: 'A new table whose fixed-width columns waste alignment padding in every row.',
    rationale: 'PostgreSQL aligns 8-byte values on 8-byte boundaries: a boolean or int between bigints costs padding bytes in every row of a large table.',
    safeAlternative: 'Declare 8-byte columns first, then 4-, 2- and 1-byte ones, then variable-width ones.',
    needs: 'review',
    example: {
      setup: '',
      bad: 'CREATE TABLE readings (active boolean, id bigint, flag boolean, at timestamptz);',
      good: 'CREATE TABLE readings (id bigint, at timestamptz, active boolean, flag boolean);',
    },
  },
  (ctx) =>
    touchedTables(ctx)
      .filter((t) => !ctx.existedBefore(t.qualifiedName))
      .flatMap((t) => {
        const types = t.columns.map((c) => c.type);
        const wasted = padding(types);
        const best = padding([...types].sort((a, b) => align(b) - align(a)));
        const at = statementFor(ctx, t.qualifiedName);
        return wasted - best >= 4 && at
          ? [
              {
                at,
                object: t.qualifiedName,
                message: `Column order wastes ${wasted - best} bytes of alignment padding per row of ${t.qualifiedName}: declare 8-byte columns first.`,
              },
            ]
          : [];
      }),
);
