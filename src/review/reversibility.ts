import type pg from 'pg';
import { applyChanges } from '../apply/apply.js';
import { diffCatalog } from '../catalog/diff.js';
import { readCatalog } from '../catalog/read.js';
import type { CatalogChange, CatalogState } from '../catalog/types.js';
import type { Migration } from '../discover/types.js';
import { parseMigration } from '../parse/statements.js';
import type { TemplateSettings } from '../parse/templates.js';
import type { Detection } from '../model/finding.js';

export interface AppliedStep {
  migration: Migration;
  before: CatalogState;
  after: CatalogState;
}

/** One change as the diff tells it, to tell it once. */
const changeKey = (c: CatalogChange) => JSON.stringify([c.objectType, c.name, c.action, c.action === 'changed' ? c.details : []]);

function describe(changes: CatalogChange[]): string {
  const shown = changes.slice(0, 6).map((c) => {
    const verb = c.action === 'added' ? 'left behind' : c.action === 'removed' ? 'not restored' : 'left changed';
    return `${c.objectType} ${c.name} ${verb}${c.action === 'changed' ? ` (${c.details.join('; ')})` : ''}`;
  });
  return `${shown.join('; ')}${changes.length > shown.length ? `; and ${changes.length - shown.length} more` : ''}`;
}

/**
 * Runs the down migrations of the applied steps, newest first, and compares each result with
 * the catalog before that step's up: anything left behind or lost is a finding, and so is a
 * down migration that fails. What a newer down left is told once, at that down, not again at
 * every older one. Stops at the first step without a down (older ones cannot be reached) or
 * whose down fails.
 */
export async function checkReversibility(client: pg.Client, major: number, steps: AppliedStep[], templates: TemplateSettings): Promise<Detection[]> {
  const findings: Detection[] = [];
  const told = new Set<string>();
  for (const step of [...steps].reverse()) {
    const { migration } = step;
    if (!migration.down) break;
    const parsed = await parseMigration(migration.down.path, migration.down.sql, { settings: templates, flyway: migration.framework === 'flyway' });
    const [outcome] = await applyChanges(client, [{ migration: { ...migration, key: `${migration.key} (down)`, path: migration.down.path }, parsed }], major);
    const failed = outcome?.statements.find((s) => s.status === 'failed');
    if (!outcome || outcome.status === 'failed') {
      const position = failed?.error?.position ?? outcome?.parseError?.position ?? { line: 1, column: 1 };
      findings.push({
        ruleId: 'down-migration-failed',
        file: migration.down.path,
        line: position.line,
        column: position.column,
        message: `The down migration of ${migration.path} fails right after its up: ${failed?.error?.message ?? outcome?.parseError?.message ?? 'it did not run'}. A rollback in an incident would stop here.`,
      });
      break;
    }
    const left = diffCatalog(step.before, await readCatalog(client)).filter((c) => !told.has(changeKey(c)));
    for (const c of left) told.add(changeKey(c));
    if (!left.length) continue;
    // An up that changes no schema here (a data backfill, a DROP ... IF EXISTS of a name that is not there) has nothing for its down to undo.
    const upChanged = diffCatalog(step.before, step.after).length > 0;
    findings.push({
      ruleId: 'down-migration-incomplete',
      file: migration.down.path,
      line: 1,
      column: 1,
      message: upChanged
        ? `Running ${migration.path} up and then down does not give back the schema it started from: ${describe(left)}.`
        : `${migration.path} changes no schema here, but its down does: ${describe(left)}. Check that the up does what the down undoes (a name it drops IF EXISTS may not be the one PostgreSQL gave).`,
    });
  }
  return findings;
}
