import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);

/** What is wrong with a SARIF log by the SARIF 2.1.0 schema (@microsoft/jest-sarif's copy): nothing, for a valid one. */
export async function sarifErrors(log: unknown): Promise<unknown[]> {
  const schema = JSON.parse(await readFile(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The SARIF schema is JSON Schema draft-04.
  const AjvDraft04 = AjvDraft04Module as unknown as typeof AjvDraft04Module.default;
  const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
  (addFormatsModule as unknown as (a: unknown) => void)(ajv);
  const validate = ajv.compile(schema);
  return validate(log) ? [] : (validate.errors ?? []);
}
