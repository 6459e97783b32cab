import type { FrameworkId, Layout } from '../types.js';
import { atlas } from './atlas.js';
import { dbmate } from './dbmate.js';
import { diesel } from './diesel.js';
import { drizzle } from './drizzle.js';
import { flyway } from './flyway.js';
import { golangMigrate } from './golangMigrate.js';
import { goose } from './goose.js';
import { graphileMigrate } from './graphileMigrate.js';
import { hasura } from './hasura.js';
import { liquibase } from './liquibase.js';
import { nodePgMigrate } from './nodePgMigrate.js';
import { plain } from './plain.js';
import { pop } from './pop.js';
import { prisma } from './prisma.js';
import { sqitch } from './sqitch.js';
import { sqlx } from './sqlx.js';
import { supabase } from './supabase.js';

/** Layouts known by what their files say; a marker beats a path shape. */
export const CONTENT_LAYOUTS: Layout[] = [goose, dbmate, liquibase, nodePgMigrate];
/** Layouts known by their paths, most specific first. */
// Hasura before Diesel (the same folder shape, told apart by Hasura's config.yaml); pop before sqlx
// and golang-migrate (all read <version>_<name>.up.sql; pop's folders are known by their dialect
// files, a crate's by its Cargo.toml); Atlas takes what is left beside atlas.sum.
export const PATH_LAYOUTS: Layout[] = [sqitch, drizzle, prisma, hasura, diesel, graphileMigrate, flyway, pop, sqlx, golangMigrate, atlas, supabase];

export const LAYOUTS: Record<FrameworkId, Layout> = {
  prisma,
  flyway,
  'golang-migrate': golangMigrate,
  goose,
  dbmate,
  sqitch,
  supabase,
  drizzle,
  'node-pg-migrate': nodePgMigrate,
  liquibase,
  diesel,
  sqlx,
  hasura,
  'graphile-migrate': graphileMigrate,
  atlas,
  pop,
  plain,
};
