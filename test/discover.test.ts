import { describe, expect, it } from '@jest/globals';
import { changedMigrations, selectMigrations } from '../src/discover/migrations.js';
import { DEFAULT_MIGRATION_GLOBS } from '../src/config/schema.js';

const file = (path: string) => ({ path, sha: path.length.toString(16).padStart(40, '0') });

describe('migration discovery', () => {
  it('selects the usual layouts with the default globs', () => {
    const paths = [
      'db/migrations/001_init.sql',
      'services/api/migrations/20240101_users.sql',
      'prisma/migrations/20240101000000_init/migration.sql',
      'supabase/migrations/20240101000000_init.sql',
      'db/schema/views.sql',
      'internal/migrate/0001_a.sql',
      'src/app.ts',
      'docs/migrations.md',
      'prisma/schema.prisma',
    ];
    expect(selectMigrations(paths.map(file), DEFAULT_MIGRATION_GLOBS).map((f) => f.path)).toEqual([
      'db/migrations/001_init.sql',
      'db/schema/views.sql',
      'internal/migrate/0001_a.sql',
      'prisma/migrations/20240101000000_init/migration.sql',
      'services/api/migrations/20240101_users.sql',
      'supabase/migrations/20240101000000_init.sql',
    ]);
  });

  it('orders paths naturally, so 2 comes before 10', () => {
    const paths = ['m/10_c.sql', 'm/2_b.sql', 'm/1_a.sql', 'm/V1.10__x.sql', 'm/V1.9__y.sql'];
    expect(selectMigrations(paths.map(file), ['m/*.sql']).map((f) => f.path)).toEqual(['m/1_a.sql', 'm/2_b.sql', 'm/10_c.sql', 'm/V1.9__y.sql', 'm/V1.10__x.sql']);
  });

  it('counts removals and renames out of the migration folders as migration changes', () => {
    const changed = changedMigrations(
      [
        { path: 'db/migrations/003.sql', status: 'removed' },
        { path: 'old/003.sql', status: 'renamed', previousPath: 'db/migrations/003.sql' },
        { path: 'README.md', status: 'modified' },
      ],
      DEFAULT_MIGRATION_GLOBS,
    );
    expect(changed.map((c) => c.path)).toEqual(['db/migrations/003.sql', 'old/003.sql']);
  });
});
