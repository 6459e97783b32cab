// What a column's type is under its domains and aliases, as a kind of value the generator can make.

import type pg from 'pg';

/** Kinds of values, in generation units: numbers count units of 10^-scale so bounds stay exact. */
export type Kind =
  | { t: 'number'; scale: number; min: number; max: number }
  | { t: 'text'; maxLength: number | null }
  | { t: 'enum'; labels: string[] }
  | { t: 'array'; element: ResolvedType }
  | { t: 'uuid' | 'bool' | 'date' | 'timestamp' | 'time' | 'interval' | 'json' | 'jsonb' | 'bytea' | 'inet' | 'cidr' | 'macaddr' };

export interface ResolvedType {
  kind: Kind;
  /** What generated values are cast to: the column's type, or the base type under its domains. */
  sqlType: string;
  /** A NOT NULL domain. */
  notNull: boolean;
  /** The domains' CHECK expressions, written with VALUE. */
  checks: string[];
}

export interface TypeCatalog {
  /** Enum type (format_type) -> labels in pg_enum order. */
  enums: Map<string, string[]>;
  domains: Map<string, { base: string; notNull: boolean; checks: string[] }>;
}

export async function readTypeCatalog(client: pg.Client): Promise<TypeCatalog> {
  const enums = await client.query<{ name: string; labels: string[] }>(
    `SELECT format_type(enumtypid, NULL) AS name, array_agg(enumlabel::text ORDER BY enumsortorder) AS labels FROM pg_enum GROUP BY enumtypid`,
  );
  const domains = await client.query<{ name: string; base: string; not_null: boolean; checks: string[] }>(
    `SELECT format_type(t.oid, NULL) AS name, format_type(t.typbasetype, t.typtypmod) AS base, t.typnotnull AS not_null,
            array_remove(array_agg(pg_get_constraintdef(c.oid) ORDER BY c.conname), NULL) AS checks
       FROM pg_type t LEFT JOIN pg_constraint c ON c.contypid = t.oid AND c.contype = 'c'
      WHERE t.typtype = 'd' GROUP BY t.oid`,
  );
  return {
    enums: new Map(enums.rows.map((r) => [r.name, r.labels])),
    domains: new Map(domains.rows.map((r) => [r.name, { base: r.base, notNull: r.not_null, checks: r.checks }])),
  };
}

// Past 2^53 JavaScript numbers lose integers; generated numbers stay inside.
const SAFE = Number.MAX_SAFE_INTEGER;
const INTEGERS: Record<string, [number, number]> = { smallint: [-32768, 32767], integer: [-2147483648, 2147483647], bigint: [-SAFE, SAFE] };
const SIMPLE = new Set(['uuid', 'date', 'json', 'jsonb', 'bytea', 'inet', 'cidr', 'macaddr']);

/** The type under a column's domains: a NULL cast to it passes whatever the domains forbid. */
export function baseTypeOf(type: string, catalog: TypeCatalog): string {
  const domain = catalog.domains.get(type);
  return domain ? baseTypeOf(domain.base, catalog) : type;
}

/** The kind of a column type (format_type output), through domains and arrays; null when unknown. */
export function resolveType(type: string, catalog: TypeCatalog): ResolvedType | null {
  const plain = (kind: Kind): ResolvedType => ({ kind, sqlType: type, notNull: false, checks: [] });
  if (type.endsWith('[]')) {
    const element = resolveType(type.slice(0, -2), catalog);
    // An array of the base type: casting to an array of domains would check the elements before the filter can.
    return element && { ...plain({ t: 'array', element }), sqlType: `${element.sqlType}[]` };
  }
  const domain = catalog.domains.get(type);
  if (domain) {
    const base = resolveType(domain.base, catalog);
    return base && { ...base, notNull: base.notNull || domain.notNull, checks: [...base.checks, ...domain.checks] };
  }
  const labels = catalog.enums.get(type);
  if (labels) return plain({ t: 'enum', labels });
  const integer = INTEGERS[type];
  if (integer) return plain({ t: 'number', scale: 0, min: integer[0], max: integer[1] });
  const numeric = /^numeric(?:\((\d+),(\d+)\))?$/.exec(type);
  if (numeric) {
    if (!numeric[1]) return plain({ t: 'number', scale: 2, min: -1e15, max: 1e15 });
    const [p, s] = [Number(numeric[1]), Number(numeric[2])];
    // More than 6 decimals adds nothing a plan can see; the digits before the point must fit.
    const scale = Math.min(s, 6);
    const max = Math.min(10 ** (p - s + scale) - 1, SAFE);
    return plain({ t: 'number', scale, min: -max, max });
  }
  if (/^(real|double precision|money)$/.test(type)) return plain({ t: 'number', scale: 2, min: -1e15, max: 1e15 });
  const text = /^(?:text|bpchar|character varying|(?:[\w"]+\.)?"?citext"?|(character varying|character)\((\d+)\)|(name)|("char"))$/.exec(type);
  if (text) return plain({ t: 'text', maxLength: text[2] ? Number(text[2]) : text[3] ? 63 : text[4] ? 1 : null });
  if (type === 'boolean') return plain({ t: 'bool' });
  if (SIMPLE.has(type)) return plain({ t: type as 'uuid' });
  if (/^timestamp(\(\d\))? with(out)? time zone$/.test(type)) return plain({ t: 'timestamp' });
  if (/^time(\(\d\))? with(out)? time zone$/.test(type)) return plain({ t: 'time' });
  if (/^interval\b/.test(type)) return plain({ t: 'interval' });
  return null;
}
