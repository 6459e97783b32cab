import { newColumns, rule } from '../helpers.js';

export default rule(
  {
    id: 'ban-money-type',
    category: 'design',
    severity: 'warning',
    summary: 'The money type.',
    rationale: 'money depends on lc_monetary (a dump restored under another locale changes values), has a fixed number of decimals and no currency.',
    safeAlternative: 'numeric(p,s) with a currency column, or integer minor units.',
    needs: 'sql',
    example: {
      setup: '',
      bad: 'CREATE TABLE invoices (id bigint PRIMARY KEY, total money);',
      good: "CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric(12,2), currency text NOT NULL DEFAULT 'EUR');",
    },
  },
  (ctx) =>
    newColumns(ctx)
      .filter(({ col }) => col.type === 'money')
      .map(({ s, table, col }) => ({
        at: s,
        object: `${table}.${col.name}`,
        message: `${col.name} is money: its value depends on lc_monetary. Use numeric and a currency column.`,
      })),
);
