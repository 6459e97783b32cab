import type { FrameworkId, Layout } from '../types.js';
import { dbmate } from './dbmate.js';
import { drizzle } from './drizzle.js';
import { flyway } from './flyway.js';
import { golangMigrate } from './golangMigrate.js';
import { goose } from './goose.js';
import { liquibase } from './liquibase.js';
import { nodePgMigrate } from './nodePgMigrate.js';
import { plain } from './plain.js';
import { pop } from './pop.js';
import { prisma } from './prisma.js';
import { sqitch } from './sqitch.js';
import { supabase } from './supabase.js';

/** Layouts known by what their files say; a marker beats a path shape. */
export const CONTENT_LAYOUTS: Layout[] = [goose, dbmate, liquibase, nodePgMigrate];
/** Layouts known by their paths, most specific first. */
// pop before golang-migrate: both read <version>_<name>.up.sql, pop's folders are known by their dialect files.
export const PATH_LAYOUTS: Layout[] = [sqitch, drizzle, prisma, flyway, pop, golangMigrate, supabase];

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
  pop,
  plain,
};
