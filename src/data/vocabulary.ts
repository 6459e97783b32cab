// The words generated values are made of, and the column-name hints that choose them.

/** Names as words for the hints below: `createdAt` -> `created_at`. */
export const hintName = (column: string) => column.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export const WORDS = [
  'amber', 'apple', 'arrow', 'atlas', 'autumn', 'birch', 'blue', 'bold', 'breeze', 'bright', 'brook', 'cedar', 'cloud', 'coast', 'copper', 'coral',
  'crest', 'dawn', 'delta', 'dune', 'echo', 'ember', 'falcon', 'fern', 'field', 'flint', 'forest', 'frost', 'garden', 'glade', 'granite', 'harbor',
  'hazel', 'hill', 'island', 'ivory', 'jade', 'lake', 'lark', 'leaf', 'maple', 'meadow', 'mist', 'moon', 'north', 'oak', 'ocean', 'orchid',
  'pine', 'quartz', 'rain', 'ridge', 'river', 'sage', 'shore', 'silver', 'sky', 'spring', 'stone', 'summit', 'timber', 'valley', 'willow', 'zephyr',
].map(lit);
export const FIRST_NAMES = [
  'James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth', 'David', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica',
  'Thomas', 'Sarah', 'Carlos', 'Maria', 'Wei', 'Yuki', 'Amit', 'Priya', 'Ahmed', 'Fatima', 'Lukas', 'Anna', 'Olga', 'Ivan', 'Sofia', 'Mateo',
];
export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Taylor',
  'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Kim',
];
export const CITIES = ['London', 'New York', 'Berlin', 'Paris', 'Tokyo', 'Madrid', 'Toronto', 'Sydney', 'Mumbai', 'São Paulo', 'Chicago', 'Lyon'].map(lit);
// Half the addresses at one domain, as with a dominant provider or a company's own.
export const DOMAINS = ['example.com', 'example.com', 'example.com', 'example.com', 'example.org', 'example.org', 'mail.test', 'example.net'].map(lit);

/** Status-like names and the values they get when no CHECK or enum says which: first ones dominate. */
export const VOCABULARIES: [RegExp, string[]][] = [
  [/(^|_)(status|state|stage|phase)$/, ['active', 'pending', 'inactive', 'suspended', 'closed']],
  [/(^|_)role$/, ['member', 'admin', 'owner', 'viewer']],
  [/(^|_)(level|priority|severity)$/, ['low', 'medium', 'high', 'urgent']],
  [/(^|_)(tier|plan)$/, ['free', 'pro', 'team', 'enterprise']],
  [/(^|_)visibility$/, ['private', 'public', 'internal']],
  [/(^|_)(kind|type|category|mode|source|channel)$/, ['standard', 'basic', 'premium', 'custom', 'other']],
  [/(^|_)(country|country_code)$/, ['US', 'GB', 'DE', 'FR', 'IN', 'BR', 'CA', 'JP', 'ES', 'AU']],
  [/(^|_)(currency|currency_code)$/, ['USD', 'EUR', 'GBP', 'JPY', 'CAD']],
  [/(^|_)(locale|lang|language)$/, ['en', 'de', 'fr', 'es', 'pt', 'ja']],
  [/(^|_)(timezone|time_zone|tz)$/, ['UTC', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Asia/Tokyo']],
];
export const STATUS_CODES = ['0', '1', '2', '3', '4'];

/** Nullable times of events most rows have not had: mostly NULL, as in production. */
export const EVENT_TIME = /(^|_)(deleted|archived|cancell?ed|accepted|expired|completed|revoked|closed|resolved|rejected|removed|banned|suspended|disabled|finished|failed|refunded|verified|confirmed|approved|published|locked|read|seen|delivered|paid|shipped|processed|ended|blocked|last_login|last_seen)_(at|on|date|time)$/;
/** Times a row is made at; other times (updated, events, ends, expiries) come after them. */
export const CREATION_TIME = /(^|_)(created|inserted|registered|starts?|begins?|opened|occurred|logged|recorded|issued|joined|signed_up)(_|$)|^(date|day|timestamp|ts|time)$/;
export const BIRTH = /(^|_)(birth|dob|born)/;
export const FUTURE = /(^|_)(expires?|due|until|valid_to|ends?)(_|$)/;
/** Booleans rarely true. */
export const RARE_FLAG = /(^|_)(deleted|archived|disabled|banned|blocked|locked|suspended|hidden|spam|test|flagged|admin|superuser|staff|internal|draft)$/;

