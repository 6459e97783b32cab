import type { Migration } from '../discover/types.js';
import { parseMigration, type Statement } from '../parse/statements.js';
import type { TemplateSettings } from '../parse/templates.js';
import type { ApplyUnit } from './types.js';

/** Parses migrations, their placeholders rendered with `templates`. */
export async function parseUnits(migrations: Migration[], templates: TemplateSettings): Promise<ApplyUnit[]> {
  return Promise.all(
    migrations.map(async (migration) => ({
      migration,
      parsed: await parseMigration(migration.path, migration.up, { settings: templates, flyway: migration.framework === 'flyway' }),
    })),
  );
}

/**
 * Leaves out COMMENT ON EXTENSION of an extension the platform creates (postgres.extensions): the
 * platform's superuser owns it, only an owner may comment on it, and a comment changes nothing a
 * review measures. A pg_dump-based first migration (Hasura's, Supabase's) has one per extension.
 */
export function withoutPlatformComments(units: ApplyUnit[], extensions: string[]): ApplyUnit[] {
  if (!extensions.length) return units;
  const platform = new Set(extensions);
  const isPlatformComment = (s: Statement) => {
    const comment = (s.ast as { CommentStmt?: { objtype?: string; object?: { String?: { sval?: string } } } }).CommentStmt;
    return comment?.objtype === 'OBJECT_EXTENSION' && platform.has(comment.object?.String?.sval ?? '');
  };
  return units.map((u) =>
    u.parsed.ok && u.parsed.statements.some(isPlatformComment)
      ? { ...u, parsed: { ...u.parsed, statements: u.parsed.statements.filter((s) => !isPlatformComment(s)) } }
      : u,
  );
}
