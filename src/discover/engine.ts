import escapeStringRegexp from 'escape-string-regexp';
import { parse as parseSql } from 'libpg-query';
import { parse as parseToml } from 'smol-toml';
import type { TreeFile } from '../source/types.js';
import { SqlRegions } from '../parse/sqlRegions.js';
import { basename, dirname } from './text.js';
import type { BuildContext, Layout } from './types.js';

/** Which database engine a history or file is written for, and what says so. */
export interface EngineVerdict {
  engine: string;
  evidence: string;
}

const POSTGRES = 'PostgreSQL';

/** Words that name an engine in folder names, connection URL schemes and framework settings. */
const ENGINE_WORDS: Record<string, string> = {
  postgres: POSTGRES,
  postgresql: POSTGRES,
  pg: POSTGRES,
  pgsql: POSTGRES,
  pgx: POSTGRES,
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  sqlite: 'SQLite',
  sqlite3: 'SQLite',
  turso: 'SQLite',
  libsql: 'SQLite',
  clickhouse: 'ClickHouse',
  cockroach: 'CockroachDB',
  cockroachdb: 'CockroachDB',
  crdb: 'CockroachDB',
  mssql: 'SQL Server',
  sqlserver: 'SQL Server',
  oracle: 'Oracle',
  singlestore: 'SingleStore',
  snowflake: 'Snowflake',
  duckdb: 'DuckDB',
  // Flyway and Liquibase projects keep a folder per database they test or ship on.
  h2: 'H2',
  hsqldb: 'HSQLDB',
  hsql: 'HSQLDB',
  derby: 'Derby',
  db2: 'Db2',
  hana: 'SAP HANA',
  firebird: 'Firebird',
  informix: 'Informix',
  sybase: 'Sybase',
  tidb: 'TiDB',
  redshift: 'Redshift',
  spanner: 'Spanner',
  vertica: 'Vertica',
};
// Long enough to name an engine when a folder is one word with it (`riversqlite`, `storemysql`).
const AFFIXED = Object.keys(ENGINE_WORDS).filter((w) => w.length >= 5);
const wordEngine = (word: string | undefined): string | undefined => (word === undefined ? undefined : ENGINE_WORDS[word.toLowerCase()]);

/** The folders from `root` up to the repository root. */
function ancestors(root: string): string[] {
  const out = [root];
  for (let d = root; d !== '.' && d !== '/' && d !== '';) out.push((d = dirname(d)));
  return out;
}

const byPathCache = new WeakMap<TreeFile[], Map<string, TreeFile>>();
function fileAt(tree: TreeFile[], path: string): TreeFile | undefined {
  let index = byPathCache.get(tree);
  if (!index) byPathCache.set(tree, (index = new Map(tree.map((f) => [f.path, f]))));
  return index.get(path.replace(/^\.\//, ''));
}

/** The nearest file of one of these names in the root's folder or above, with its text. */
async function nearest(root: string, names: string[], ctx: BuildContext): Promise<{ path: string; text: string } | undefined> {
  for (const dir of ancestors(root)) {
    for (const name of names) {
      const file = fileAt(ctx.tree, dir === '.' ? name : `${dir}/${name}`);
      const text = file && (await ctx.text(file));
      if (file && text !== undefined) return { path: file.path, text };
    }
  }
  return undefined;
}

/** A folder named for an engine (`migrations/sqlite`, `storage-mysql`, `clickhouse/`): the deepest one decides. */
function fromFolders(root: string): EngineVerdict | undefined {
  const segments = root.split('/').reverse();
  for (const segment of segments) {
    const words = segment.toLowerCase().split(/[-_.]/);
    let engines = [...new Set(words.flatMap((w) => wordEngine(w) ?? []))];
    if (!engines.length)
      engines = [...new Set(words.flatMap((w) => AFFIXED.filter((a) => w !== a && (w.startsWith(a) || w.endsWith(a))).map((a) => ENGINE_WORDS[a] as string)))];
    if (engines.length === 1) return { engine: engines[0] as string, evidence: `folder name \`${segment}\`` };
  }
  return undefined;
}

/** Diesel's and sqlx's backend features in the crate's Cargo.toml: one backend names the engine. */
async function fromCargo(root: string, ctx: BuildContext): Promise<EngineVerdict | undefined> {
  const cargo = await nearest(root, ['Cargo.toml'], ctx);
  if (!cargo) return undefined;
  let manifest: Record<string, unknown>;
  try {
    manifest = parseToml(cargo.text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const tables = ['dependencies', 'dev-dependencies'].flatMap((k) => [manifest[k], (manifest.workspace as Record<string, unknown> | undefined)?.[k]]);
  for (const crate of ['diesel', 'sqlx']) {
    const features = tables.flatMap((t) => {
      const dep = (t as Record<string, unknown> | undefined)?.[crate];
      return typeof dep === 'object' && dep !== null && Array.isArray((dep as { features?: unknown }).features)
        ? ((dep as { features: unknown[] }).features as string[])
        : [];
    });
    const engines = [...new Set(features.flatMap((f) => wordEngine(String(f)) ?? []))];
    if (engines.length === 1)
      return { engine: engines[0] as string, evidence: `${crate}'s \`${features.find((f) => wordEngine(String(f)))}\` feature in ${cargo.path}` };
  }
  return undefined;
}

/** Prisma: migration_lock.toml beside the migrations, else the schema's datasource provider. */
async function fromPrisma(root: string, ctx: BuildContext): Promise<EngineVerdict | undefined> {
  const schemas = [
    `${root}/migration_lock.toml`,
    `${dirname(root)}/schema.prisma`,
    ...ctx.tree.filter((f) => dirname(f.path) === `${dirname(root)}/schema` && f.path.endsWith('.prisma')).map((f) => f.path),
  ];
  for (const path of schemas) {
    const file = fileAt(ctx.tree, path);
    const text = file && (await ctx.text(file));
    const provider =
      text === undefined
        ? undefined
        : /^[ \t]*provider[ \t]*=[ \t]*"(\w+)"/m.exec(path.endsWith('.toml') ? text : (/datasource\s+\w+\s*\{[^}]*\}/.exec(text)?.[0] ?? ''))?.[1];
    const engine = wordEngine(provider);
    if (engine) return { engine, evidence: `provider "${provider}" in ${file?.path}` };
  }
  return undefined;
}

/** A connection URL's scheme or a driver name in a settings line, e.g. `DATABASE_URL=postgres://…`, `GOOSE_DRIVER=mysql`. */
async function fromEnv(root: string, ctx: BuildContext, variable: string): Promise<EngineVerdict | undefined> {
  const env = await nearest(root, ['.env', '.env.example', '.env.sample', '.env.dist', '.env.template', '.env.local.example'], ctx);
  const value = env && new RegExp(`^[ \\t]*(?:export[ \\t]+)?${escapeStringRegexp(variable)}[ \\t]*=[ \\t]*["']?([A-Za-z0-9+]+)`, 'm').exec(env.text)?.[1];
  const engine = wordEngine(value?.split('+')[0]);
  return engine && env ? { engine, evidence: `${variable} in ${env.path}` } : undefined;
}

/** Drizzle's journal and sqitch's and Flyway's settings name their dialect. */
async function fromFrameworkConfig(layout: Layout, root: string, ctx: BuildContext): Promise<EngineVerdict | undefined> {
  switch (layout.id) {
    case 'prisma':
      return fromPrisma(root, ctx);
    case 'drizzle': {
      const journal = fileAt(ctx.tree, `${root}/meta/_journal.json`);
      const text = journal && (await ctx.text(journal));
      const dialect = text && /"dialect"\s*:\s*"(\w+)"/.exec(text)?.[1];
      const engine = wordEngine(dialect ?? undefined);
      return engine ? { engine, evidence: `dialect "${dialect}" in ${journal?.path}` } : undefined;
    }
    case 'sqitch': {
      const conf = await nearest(root, ['sqitch.conf'], ctx);
      const word = conf && /^[ \t]*engine[ \t]*=[ \t]*(\w+)/m.exec(conf.text)?.[1];
      const engine = wordEngine(word ?? undefined);
      return engine && conf ? { engine, evidence: `engine = ${word} in ${conf.path}` } : undefined;
    }
    case 'flyway': {
      const conf = await nearest(root, ['flyway.conf', 'flyway.toml', 'conf/flyway.conf', 'conf/flyway.toml'], ctx);
      const word = conf && /jdbc:(\w+):/.exec(conf.text)?.[1];
      const engine = wordEngine(word ?? undefined);
      return engine && conf ? { engine, evidence: `jdbc:${word} URL in ${conf.path}` } : undefined;
    }
    case 'atlas': {
      // atlas.hcl's env blocks: `url = "postgres://…"`, `dev = "docker://mysql/8/dev"`; every one must agree.
      const conf = await nearest(root, ['atlas.hcl'], ctx);
      const words = conf ? [...conf.text.matchAll(/^[ \t]*(?:url|dev)[ \t]*=[ \t]*"(?:docker:\/\/)?(\w+)/gm)].map((m) => m[1] as string) : [];
      const engines = [...new Set(words.flatMap((w) => wordEngine(w) ?? []))];
      return engines.length === 1 && conf ? { engine: engines[0] as string, evidence: `the database URLs in ${conf.path}` } : undefined;
    }
    case 'dbmate':
      return fromEnv(root, ctx, 'DATABASE_URL');
    case 'goose':
      return fromEnv(root, ctx, 'GOOSE_DRIVER');
    default:
      return undefined;
  }
}

/**
 * The engine of one history, from what names it, most specific first: a folder named for an
 * engine, a framework that supports only one, the framework's own settings, then Diesel's or
 * sqlx's backend in Cargo.toml. Undefined when nothing does.
 */
export async function historyEngine(layout: Layout, root: string, ctx: BuildContext): Promise<EngineVerdict | undefined> {
  return (
    fromFolders(root) ??
    (layout.engine ? { engine: layout.engine, evidence: `${layout.label} runs only on PostgreSQL` } : undefined) ??
    (await fromFrameworkConfig(layout, root, ctx)) ??
    (await fromCargo(root, ctx))
  );
}

/** What marks SQL of another engine, checked only once PostgreSQL's parser has refused the file. */
const DIALECT_SIGNS: [string, RegExp, string][] = [
  ['ClickHouse', /\bENGINE\s*=\s*\w*MergeTree\b|\bLowCardinality\s*\(/i, 'a ClickHouse table engine'],
  ['MySQL', /`[^`\n]+`/, 'MySQL backticks'],
  ['MySQL', /\bAUTO_INCREMENT\b|\bENGINE\s*=\s*InnoDB\b/i, 'MySQL AUTO_INCREMENT or ENGINE'],
  ['SQLite', /\bAUTOINCREMENT\b|\bWITHOUT\s+ROWID\b|^[ \t]*PRAGMA\b/im, 'SQLite AUTOINCREMENT, WITHOUT ROWID or PRAGMA'],
];

/**
 * For a file of a history whose engine nothing names: another engine when PostgreSQL's parser
 * refuses the file and it shows that engine's syntax. A file that fails without such signs stays
 * PostgreSQL's, so a real syntax error is still reported.
 */
export async function sqlDialect(path: string, sql: string): Promise<EngineVerdict | undefined> {
  // A sign in a comment (a backtick quoting a name in prose) shows nothing.
  const code = new SqlRegions(sql).withoutComments();
  const sign = DIALECT_SIGNS.find(([, re]) => re.test(code));
  if (!sign) return undefined;
  try {
    await parseSql(sql);
    return undefined;
  } catch {
    return { engine: sign[0], evidence: `${basename(path)} does not parse as PostgreSQL and has ${sign[2]}` };
  }
}
