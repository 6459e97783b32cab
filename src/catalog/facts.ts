import type { IndexInfo } from './types.js';

/** What a catalog object's name or shape says: read by the rules, the plans and the review's sections. */

/** Column names that suggest a status, a retention date, an event time. */
export const STATUS_NAME = /(^|_)(status|state)$/;
export const RETENTION_NAME = /(^|_)(expires?|expired|expiry|expiration|deleted|archived|purged?)(_at|_on|_date)?$/;
export const TIME_NAME = /(^|_)(created|inserted|occurred|recorded|logged)(_at|_on)?$/;
/** Column names that suggest personal data. */
export const PERSONAL_NAME =
  /(^|_)(e?mail|email_address|phone|phone_number|mobile|address|street|postcode|zip_code|birth_?date|date_of_birth|dob|ssn|national_id|passport|tax_id|ip_address|first_name|last_name|full_name)$/;

/** An index serves a foreign key when its leading key columns are exactly the key's columns. */
export function indexLeadsWith(index: IndexInfo, columns: string[]): boolean {
  if (!index.valid || index.predicate !== null) return false;
  const lead = index.columns.slice(0, columns.length);
  return lead.length === columns.length && columns.every((c) => lead.includes(c));
}
