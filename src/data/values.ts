// Generated values per column kind, within the bounds its CHECKs allow: one job, a little over 300 lines since Prettier wraps its tables.
import { boundsFor, checkOf, readCheck, type Bound, type ColumnBounds, type Literal } from './checks.js';
import type { Kind, ResolvedType } from './columnTypes.js';
import {
  BIRTH,
  CITIES,
  CREATION_TIME,
  DOMAINS,
  EVENT_TIME,
  FIRST_NAMES,
  FUTURE,
  hintName,
  LAST_NAMES,
  lit,
  RARE_FLAG,
  STATUS_CODES,
  VOCABULARIES,
  WORDS,
} from './vocabulary.js';

/**
 * SQL expressions that compute one column's value from the row number `g.i`. Everything is a
 * hash of the row number (hashint8extended), never random(), so the same input gives the same
 * rows, and the shapes aim at what the planner sees in production: a few dominant values in
 * status-like columns, fully distinct keys, row times that grow with the row number.
 */

/** A 31-bit seed per (table, column, purpose), so columns do not move in step. */
export function seedOf(...parts: string[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) h = Math.imul(h ^ (ch.codePointAt(0) as number), 0x01000193);
  return (h >>> 0) & 0x7fffffff;
}

/** Uniform in (0, 1) from the low 32 bits of a hash, never 0 or 1, so strict bounds hold. */
export const unit = (hash: string): string => `(((${hash} & 4294967295)::float8 + 0.5) / 4294967296::float8)`;
const pick = (values: string[], index: string) => `(ARRAY[${values.join(', ')}])[${index}]`;
const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toPrecision(17));

/** Zipf-like: the k-th value is 1/k as likely as the first, so one or two values dominate. */
function zipf(values: string[], u: string): string {
  if (values.length === 1) return values[0] as string;
  const weights = values.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  const thresholds = weights.slice(0, -1).map((w) => (sum += w / total).toFixed(6));
  return pick(values, `1 + width_bucket(${u}, '{${thresholds.join(',')}}'::float8[])`);
}

/** Share of NULLs in a nullable column: most event times, a few of other non-key columns. */
export function nullShareOf(column: string, nullable: boolean, keyed: boolean): number {
  if (!nullable || keyed) return 0;
  return EVENT_TIME.test(hintName(column)) ? 0.9 : 0.05;
}

interface TimeWindow {
  /** Epoch seconds. */
  start: number;
  end: number;
}

export interface ValueSpec {
  table: string;
  column: string;
  /** The column's declared type: a domain's name is a hint too (`email_address`). */
  typeName: string;
  type: ResolvedType;
  bounds: ColumnBounds;
  /** Distinct for distinct row numbers (a unique key's column). */
  injective: boolean;
  /** SQL of the column's 0-based index when it is a digit of a unique key's mixed-radix number. */
  digit: string | null;
  nullShare: number;
  /** Rows the table holds when full: row times spread over the window in row order. */
  total: number;
  /** Rows the table had before: row numbers start after them. */
  present: number;
  /** Largest value (in units) an injective number column already holds, for new values to follow. */
  above: number | null;
  /** Epoch seconds of today 00:00, which the windows of row times end at. */
  anchor: number;
  /** Time bounds of CHECKs, evaluated by the server: literal text -> epoch seconds. */
  epochOf: Map<string, number>;
  /** Varies seeds between the elements of an array. */
  salt?: string;
  /** SQL of a 64-bit hash of the row number for a seed (a column of the row source). */
  hash: (seed: number) => string;
}

/** Values a column takes from a fixed list (CHECK list, enum, status-like name), first ones commonest; null when it is not such a column. */
function categoriesOf(column: string, type: ResolvedType, bounds: ColumnBounds): string[] | null {
  const { kind } = type;
  const numeric = kind.t === 'number';
  const fits = (l: Literal) =>
    !bounds.excluded.some((e) => e.text === l.text) &&
    (!numeric ||
      l.number === null ||
      (bounds.lower.every((b) => boundHolds(l.number as number, b, 1)) && bounds.upper.every((b) => boundHolds(l.number as number, b, -1)))) &&
    (kind.t !== 'text' || (l.text.length >= bounds.minLength && l.text.length <= Math.min(bounds.maxLength ?? Infinity, kind.maxLength ?? Infinity)));
  const from = (list: Literal[]) => {
    const kept = list.filter(fits);
    return (kept.length ? kept : list).map((l) => lit(l.text));
  };
  if (bounds.allowed?.length) return from(bounds.allowed);
  if (kind.t === 'enum') return from(kind.labels.map((text) => ({ text, number: null })));
  if (kind.t === 'bool') return [lit('false'), lit('true')];
  if (kind.t === 'text') {
    const words = VOCABULARIES.find(([re]) => re.test(hintName(column)))?.[1];
    return words ? from(words.map((text) => ({ text, number: null }))) : null;
  }
  if (numeric && kind.scale === 0 && VOCABULARIES[0]?.[0].test(hintName(column))) {
    const codes = STATUS_CODES.map((text) => ({ text, number: Number(text) })).filter(fits);
    return codes.length ? codes.map((c) => c.text) : null;
  }
  return null;
}

const boundHolds = (n: number, b: Bound, side: 1 | -1) =>
  b.value.number === null || (side === 1 ? (b.inclusive ? n >= b.value.number : n > b.value.number) : b.inclusive ? n <= b.value.number : n < b.value.number);

/** Kinds a value can be made distinct in: they grow with the row number. */
export function canBeInjective(column: string, type: ResolvedType, bounds: ColumnBounds): boolean {
  return ['number', 'text', 'uuid', 'timestamp', 'bytea', 'inet', 'cidr'].includes(type.kind.t) && categoriesOf(column, type, bounds) === null;
}

/** How many values a column offers as a mixed-radix digit: its category count, unbounded for dates, null when it cannot be a digit. */
export function digitRadix(column: string, type: ResolvedType, bounds: ColumnBounds): number | 'unbounded' | null {
  if (type.kind.t === 'date') return 'unbounded';
  return categoriesOf(column, type, bounds)?.length ?? null;
}

const DAY = 86400;
const TWO_YEARS = 730 * DAY;

/** The window a time column's values fall in: the last two years, moved to fit CHECK bounds. */
function windowOf(spec: ValueSpec): TimeWindow {
  const step = spec.type.kind.t === 'date' ? DAY : 1;
  if (BIRTH.test(hintName(spec.column))) return { start: Date.UTC(1950, 0, 1) / 1000, end: Date.UTC(2005, 11, 31) / 1000 };
  const epochs = (bounds: Bound[], sign: 1 | -1) =>
    bounds.flatMap((b) => {
      const e = spec.epochOf.get(b.value.text);
      return e === undefined ? [] : [e + (b.inclusive ? 0 : sign * step)];
    });
  const low = Math.max(-Infinity, ...epochs(spec.bounds.lower, 1));
  const high = Math.min(Infinity, ...epochs(spec.bounds.upper, -1));
  let start = Math.max(spec.anchor - TWO_YEARS, low);
  let end = Math.min(spec.anchor, high);
  if (start > end) {
    // The CHECK puts the values outside the last two years: two years next to its bound instead.
    [start, end] = low > spec.anchor ? [low, Math.min(low + TWO_YEARS, high)] : [Math.max(high - TWO_YEARS, low), high];
    end = Math.max(start, end); // contradictory bounds: the filter drops what fails them
  }
  return { start, end };
}

/** Seconds since the epoch of the row's time: grows with the row number, so row times follow physical order as in an append-mostly table. */
function rowTime(spec: ValueSpec, w: TimeWindow): string {
  return `(${num(w.start)} + ${num((w.end - w.start) / spec.total)} * (g.i - ${unit(spec.hash(seedOf(spec.table, 'row time')))}))`;
}

function timeSeconds(spec: ValueSpec, u: (p?: string) => string): string {
  const w = windowOf(spec);
  if (BIRTH.test(hintName(spec.column))) return `(${num(w.start)} + ${num(w.end - w.start)} * ${u()})`;
  const created = rowTime(spec, w);
  if (spec.injective || CREATION_TIME.test(hintName(spec.column))) return created;
  const end = w.end + (FUTURE.test(hintName(spec.column)) ? 90 * DAY : 0);
  return `(${created} + (${num(end)} - ${created}) * ${u('later')})`;
}

function numberValue(spec: ValueSpec, kind: Extract<Kind, { t: 'number' }>, u: (p?: string) => string): string {
  const f = 10 ** kind.scale;
  const units = (b: Bound, side: 1 | -1) => {
    const x = (b.value.number as number) * f;
    // Rounded inward, a hair conservative for decimals a float cannot hold exactly.
    return side === 1 ? (b.inclusive ? Math.ceil(x - 1e-9) : Math.floor(x + 1e-9) + 1) : b.inclusive ? Math.floor(x + 1e-9) : Math.ceil(x - 1e-9) - 1;
  };
  const lows = spec.bounds.lower.filter((b) => b.value.number !== null).map((b) => units(b, 1));
  const highs = spec.bounds.upper.filter((b) => b.value.number !== null).map((b) => units(b, -1));
  const checkLow = lows.length ? Math.max(...lows) : null;
  const checkHigh = highs.length ? Math.min(...highs) : null;
  const [hintLow, hintHigh, power] = spec.injective ? [1, kind.max / f, 1] : numberHint(hintName(spec.column), spec.anchor);
  const [dLow, dHigh] = [Math.round(hintLow * f), Math.round(hintHigh * f)];
  let low = checkLow ?? (checkHigh !== null && checkHigh <= dLow ? checkHigh - (dHigh - dLow) : dLow);
  let high = checkHigh ?? (checkLow !== null && checkLow >= dHigh ? checkLow + (dHigh - dLow) : dHigh);
  if (checkLow === null && low > high) low = high - (dHigh - dLow);
  if (checkHigh === null && high < low) high = low + (dHigh - dLow);
  low = Math.max(low, kind.min);
  high = Math.max(low, Math.min(high, kind.max));
  const span = high - low + 1;
  const shift = spec.above === null ? 0 : Math.max(0, Math.floor(spec.above) + 1 - low - spec.present);
  // Injective numbers count up from the bound (after the rows already there), wrapping rather than overflowing.
  let v = spec.injective ? `(${low} + (g.i - 1 + ${shift}) % ${span})` : `(${low} + floor(${span}::float8 * power(${u()}, ${power}))::bigint)`;
  const excluded = new Set(spec.bounds.excluded.filter((e) => e.number !== null).map((e) => Math.round((e.number as number) * f)));
  if (excluded.size) {
    let alt = low;
    while (excluded.has(alt) && alt < high) alt++;
    v = `(CASE WHEN ${v} IN (${[...excluded].join(', ')}) THEN ${alt} ELSE ${v} END)`;
  }
  return kind.scale === 0 ? v : `(${v}::numeric * ${(1 / f).toFixed(kind.scale)})`;
}

/** Plausible ranges by column name: [low, high, power]; a power above 1 piles values at the low end, as amounts and counts are. */
function numberHint(column: string, anchor: number): [number, number, number] {
  const year = new Date(anchor * 1000).getUTCFullYear();
  if (/(^|_)age$/.test(column)) return [18, 90, 1];
  if (/(^|_)year$/.test(column)) return [year - 30, year, 0.5];
  if (/(^|_)(lat|latitude)$/.test(column)) return [-60, 70, 1];
  if (/(^|_)(lng|lon|longitude)$/.test(column)) return [-180, 180, 1];
  if (/(percent|pct|ratio|rate|score|rating)/.test(column)) return [0, 100, 1];
  if (/(position|sort|order|rank|priority|index|seq)/.test(column)) return [0, 100, 1];
  if (/(price|amount|cost|total|balance|fee|salary|revenue|value|budget)/.test(column)) return [0, 1000, 2];
  if (/(count|qty|quantity|num|size|length|weight|duration|attempts|retries)/.test(column)) return [0, 100, 2];
  return [0, 10000, 2];
}

/** A column of emails by its name or its domain's (`email_address`). */
const isEmail = (spec: ValueSpec) => /(^|_)e?mail(_address)?$/.test(hintName(spec.column)) || /e?mail/.test(hintName(spec.typeName));

function textValue(spec: ValueSpec, h: (p?: string) => string): string {
  const c = hintName(spec.column);
  const word = (bits: number) => pick(WORDS, `1 + ((${h()} >> ${bits}) & 1023) % ${WORDS.length}`);
  const name = (list: string[], bits: number) => pick(list, `1 + ((${h()} >> ${bits}) & 1023) % ${list.length}`);
  const [first, last] = [name(FIRST_NAMES.map(lit), 0), name(LAST_NAMES.map(lit), 10)];
  // Emails and handles always embed the row number: they are distinct in production too. Lower
  // case lists rather than lower(): this runs once per row.
  const [firstLower, lastLower] = [
    name(
      FIRST_NAMES.map((n) => lit(n.toLowerCase())),
      0,
    ),
    name(
      LAST_NAMES.map((n) => lit(n.toLowerCase())),
      10,
    ),
  ];
  if (isEmail(spec)) return `${firstLower} || '.' || ${lastLower} || g.i || '@' || ${pick(DOMAINS, `1 + (${h()} >> 20 & 7)`)}`;
  if (/(^|_)(username|user_name|login|handle|nickname)$/.test(c)) return `${firstLower} || '_' || g.i`;
  let base: string;
  if (/(^|_)(first_name|given_name|firstname)$/.test(c)) base = first;
  else if (/(^|_)(last_name|family_name|surname|lastname)$/.test(c)) base = last;
  else if (
    /(^|_)(full_name|display_name|author|contact_name|person)$/.test(c) ||
    (c === 'name' && /(user|member|customer|person|people|employee|author|contact|account)/.test(spec.table))
  )
    base = `${first} || ' ' || ${last}`;
  else if (/(url|uri|link|website|homepage|avatar|image|picture|photo)/.test(c)) base = `'https://example.com/' || ${word(0)} || '/' || (${h()} >> 20 & 65535)`;
  else if (/(phone|mobile|fax)/.test(c)) base = `'+1 555 ' || lpad(((${h()} >> 8 & 16777215) % 10000000)::text, 7, '0')`;
  else if (/(slug|code|token|hash|key|sku|ref|reference|secret|digest|checksum|nonce|external_id|fingerprint)$/.test(c)) base = `lpad(to_hex(${h()}), 16, '0')`;
  else if (/(description|body|content|comment|notes?|message|bio|summary|text|details|reason|about)$/.test(c)) {
    base = [0, 10, 20, 30, 40].map(word).join(` || ' ' || `);
  } else if (/(^|_)city$/.test(c)) base = pick(CITIES, `1 + (${h()} & 1023) % ${CITIES.length}`);
  else if (/(address|street)/.test(c)) base = `(${h()} >> 30 & 1023) || ' ' || initcap(${word(0)}) || ' Street'`;
  else if (/(name|title|label|subject|headline)$/.test(c)) base = `initcap(${word(0)}) || ' ' || ${word(10)}`;
  else base = `${word(0)} || ' ' || ${word(10)} || ' ' || (${h()} >> 20 & 1023)`;
  return spec.injective ? `${base} || '-' || g.i` : base;
}

/** Cuts to the length limit (keeping the end of distinct values, where the row number is) and pads to the minimum. */
function fitText(spec: ValueSpec, kind: Extract<Kind, { t: 'text' }>, v: string): string {
  const max = Math.min(kind.maxLength ?? Infinity, spec.bounds.maxLength ?? Infinity);
  const min = spec.bounds.minLength;
  let out = min > 0 ? `rpad(${v}, greatest(${min}, length(${v})), 'x')` : v;
  if (max < Infinity) out = spec.injective || isEmail(spec) ? `right(${out}, ${max})` : `left(${out}, ${max})`;
  return out;
}

/** The SQL of a column's value for row `g.i`, cast to its (base) type; null when its type is not known. */
export function valueSql(spec: ValueSpec): string | null {
  const { kind } = spec.type;
  const seed = (p: string) => seedOf(spec.table, spec.column, spec.salt ?? '', p);
  // One hash per column (and purpose) and row, computed once below the expressions that use its bits.
  const h = (p = 'value') => spec.hash(seed(p));
  const u = (p = 'value') => unit(h(p));
  const categories = spec.injective ? null : categoriesOf(spec.column, spec.type, spec.bounds);
  let v: string | null;
  if (categories && spec.digit) v = pick(categories, `1 + ${spec.digit}`);
  else if (kind.t === 'bool' && !spec.bounds.allowed) v = `(${u()} < ${RARE_FLAG.test(hintName(spec.column)) ? 0.05 : 0.8})`;
  else if (categories) v = zipf(categories, u());
  else if (kind.t === 'date' && spec.digit) v = `(${lit(new Date(spec.anchor * 1000).toISOString().slice(0, 10))}::date - (${spec.digit})::int)`;
  else v = typedValue(spec, kind, h, u);
  if (v === null) return null;
  v = `(${v})::${spec.type.sqlType}`;
  // NULL or not from the hash's top 16 bits, which the values leave alone (or barely use).
  return spec.nullShare > 0 ? `CASE WHEN (${h()} >> 48 & 65535) < ${Math.round(spec.nullShare * 65536)} THEN NULL ELSE ${v} END` : v;
}

function typedValue(spec: ValueSpec, kind: Kind, h: (p?: string) => string, u: (p?: string) => string): string | null {
  switch (kind.t) {
    case 'number':
      return numberValue(spec, kind, u);
    case 'text':
      return fitText(spec, kind, textValue(spec, h));
    case 'timestamp':
      return `to_timestamp(${timeSeconds(spec, u)})`;
    case 'date':
      return `to_timestamp(${timeSeconds(spec, u)})::date`;
    case 'uuid': {
      // Time-ordered like UUIDv7: the first half is the row's millisecond (inserted in key order,
      // which keeps index inserts cheap), the second a hash. Built from bytes: text functions cost more.
      const startMs = Math.round((spec.anchor - TWO_YEARS) * 1000);
      const stepMs = Math.max(1, Math.round((TWO_YEARS * 1000) / spec.total));
      return `encode(int8send((${startMs} + g.i * ${stepMs}) * 65536 + (g.i & 65535)) || int8send(${h()}), 'hex')::uuid`;
    }
    case 'time':
      return `time '00:00' + floor(86400 * ${u()}) * interval '1 second'`;
    case 'interval':
      return `floor(2592000 * power(${u()}, 2)) * interval '1 second'`;
    case 'json':
    case 'jsonb':
      return `${kind.t}_build_object('source', ${pick(WORDS, `1 + (${h()} & 1023) % ${WORDS.length}`)}, 'attempts', ${h()} >> 10 & 7, 'verified', (${h()} >> 13 & 3) > 0)`;
    case 'bytea':
      return `int8send(${h()}) || int8send(g.i)`;
    case 'inet':
      return spec.injective ? `'10.0.0.0'::inet + g.i % 16777216` : `'10.0.0.0'::inet + (${h()} & 16777215)`;
    case 'cidr':
      return spec.injective ? `('10.0.0.0'::inet + g.i % 16777216)::cidr` : `set_masklen('10.0.0.0'::inet + (${h()} & 65535) * 256, 24)::cidr`;
    case 'macaddr':
      return `lpad(to_hex(${h()} & 281474976710655), 12, '0')::macaddr`;
    case 'array': {
      // Elements of a domain aim at its checks, which the INSERT applies to each of them.
      const facts = kind.element.checks.flatMap((d) => readCheck(checkOf(d)?.expression ?? 'true', spec.column).facts);
      const elements = [1, 2, 3].map((k) =>
        valueSql({ ...spec, type: kind.element, bounds: boundsFor(spec.column, facts), injective: false, digit: null, nullShare: 0, salt: `element ${k}` }),
      );
      if (elements.some((e) => e === null)) return null;
      return `(ARRAY[${elements.join(', ')}])[1:floor(4 * ${u('length')})::int]`;
    }
    case 'enum':
    case 'bool':
      return null; // categories cover them
  }
}
