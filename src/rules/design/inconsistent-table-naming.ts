import { rule, statementsOf, targetTable } from '../helpers.js';

const plural = (name: string) => /(s|ies|es)$/.test(name) && !/(ss|us|is)$/.test(name);

export default rule(
  {
    id: 'inconsistent-table-naming',
    category: 'design',
    severity: 'info',
    summary: 'A new table named in the singular where the schema names tables in the plural (or the reverse).',
    rationale: 'Mixed conventions make every query a guess (user or users?) and ORMs map names inconsistently.',
    safeAlternative: 'Follow the convention most existing tables use.',
    needs: 'review',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE TABLE invoices (id bigint PRIMARY KEY);',
      bad: 'CREATE TABLE payment (id bigint PRIMARY KEY);',
      good: 'CREATE TABLE payments (id bigint PRIMARY KEY);',
    },
  },
  (ctx) => {
    const existing = Object.values(ctx.catalog?.before.tables ?? {}).map((t) => t.name.split('_').pop() as string);
    if (existing.length < 3) return [];
    const plurals = existing.filter(plural).length;
    const convention = plurals / existing.length >= 0.75 ? 'plural' : plurals / existing.length <= 0.25 ? 'singular' : null;
    if (!convention) return [];
    return (
      statementsOf(ctx, 'CreateStmt')
        // A temporary table, or one the change drops again, is no name anyone will live with.
        .filter(
          (s) =>
            s.node.relation?.relpersistence !== 't' &&
            !ctx.existedBefore(targetTable(ctx, s)) &&
            (!ctx.catalog || ctx.catalog.after.tables[targetTable(ctx, s)] !== undefined) &&
            plural(String(s.node.relation?.relname).split('_').pop() ?? '') !== (convention === 'plural'),
        )
        .map((s) => ({
          at: s,
          object: targetTable(ctx, s),
          message: `${s.node.relation?.relname} is ${convention === 'plural' ? 'singular' : 'plural'}, while ${Math.round(((convention === 'plural' ? plurals : existing.length - plurals) / existing.length) * 100)}% of the existing tables are ${convention}.`,
        }))
    );
  },
);
