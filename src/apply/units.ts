import type { Migration } from '../discover/types.js';
import { parseMigration } from '../parse/statements.js';
import type { TemplateSettings } from '../parse/templates.js';
import type { ApplyUnit } from './types.js';

/** Parses migrations, their placeholders rendered with `templates`. */
export async function parseUnits(migrations: Migration[], templates: TemplateSettings): Promise<ApplyUnit[]> {
  return Promise.all(migrations.map(async (migration) => ({ migration, parsed: await parseMigration(migration.path, migration.up, { settings: templates, flyway: migration.framework === 'flyway' }) })));
}
