import type { TreeFile } from '../source/types.js';
import type { HostLanguageMigration } from './types.js';

const PATTERNS: [RegExp, string][] = [
  [/(^|\/)db\/migrate\/\d+_[^/]+\.rb$/, 'Rails (Active Record)'],
  [/(^|\/)(alembic|migrations)\/versions\/[^/]+\.py$/, 'Alembic'],
  [/(^|\/)migrations\/\d{4}_[^/]+\.py$/, 'Django'],
  [/(^|\/)priv\/repo\/migrations\/[^/]+\.exs$/, 'Ecto'],
  [/(^|\/)database\/migrations\/[^/]+\.php$/, 'Laravel'],
  [/(^|\/)\d+_[^/.]+\.(up|down)\.fizz$/, "gobuffalo pop fizz (pop's own DSL, turned into SQL by pop at run time)"],
  [/(^|\/)migrations?\/[^/]*\d[^/]*\.go$/, 'Go (goose or golang-migrate Go migrations)'],
  [/(^|\/)migrations?\/(?:[^/]+\/)*[^/]*\d[^/]*(?<!\.d)\.(js|cjs|mjs|ts)$/, 'JavaScript/TypeScript (Knex, TypeORM, Sequelize, node-pg-migrate...)'],
];

/** Migrations written in a host language: they cannot be replayed as SQL, but must not go unmentioned. */
export function findHostLanguageMigrations(files: TreeFile[]): HostLanguageMigration[] {
  const out: HostLanguageMigration[] = [];
  for (const f of files) {
    const hit = PATTERNS.find(([re]) => re.test(f.path));
    if (hit) out.push({ path: f.path, framework: hit[1] });
  }
  return out;
}
