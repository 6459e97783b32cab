import type { ColumnStats } from '../model/productionStats.js';

/**
 * Column names that look like personal data or secrets (`stats export --mask`). Words are matched
 * against the name's parts (split at `_`, `-`, and lower-to-upper case changes) so that `ip` masks
 * `client_ip` but not `zip`; the long words also match inside a part (`user_email`, `emailaddr`).
 * Masking too much costs only the values of a harmless column, which plans rarely hinge on.
 */
const INSIDE = [
  'email',
  'mail',
  'phone',
  'mobile',
  'name',
  'address',
  'street',
  'postcode',
  'postal',
  'birth',
  'token',
  'password',
  'passwd',
  'secret',
  'passport',
  'iban',
  'salary',
];
const WHOLE = ['ssn', 'ip', 'dob', 'zip', 'city', 'fax', 'tax', 'card', 'cvv', 'pin', 'key', 'lat', 'lng', 'lon', 'latitude', 'longitude', 'gender', 'nin'];

export function looksPersonal(column: string): boolean {
  const parts = column
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_\-\s]+/)
    .filter(Boolean);
  return parts.some((p) => WHOLE.includes(p) || INSIDE.some((w) => p.includes(w)));
}

/** Placeholders in ascending order, so a masked histogram stays sorted: masked-0001, masked-0002, ... */
const placeholders = (count: number) => `{${Array.from({ length: count }, (_, i) => `masked-${String(i + 1).padStart(4, '0')}`).join(',')}}`;

/** Elements of a one-dimensional array literal as pg_stats prints it: {a,"b,c",NULL}. */
function arrayLength(literal: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 1; i < literal.length - 1; i++) {
    const ch = literal[i];
    if (ch === '\\') i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) count++;
  }
  return literal.length > 2 ? count + 1 : 0;
}

/**
 * The column's statistics with its values replaced: text-like columns (string category) get as
 * many ordered placeholders as there were values, so frequencies, counts and the histogram's
 * length stay production's; other types (dates, inet) cannot hold a placeholder, so their values
 * are dropped and only the fractions and counts remain.
 */
export function maskColumn(column: ColumnStats, textLike: boolean): ColumnStats {
  const replace = (literal: string | null) => (literal === null || !textLike ? null : placeholders(arrayLength(literal)));
  return {
    ...column,
    mostCommonVals: replace(column.mostCommonVals),
    mostCommonFreqs: textLike ? column.mostCommonFreqs : null,
    histogramBounds: replace(column.histogramBounds),
    masked: true,
  };
}
