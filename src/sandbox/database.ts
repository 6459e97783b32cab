import pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { PostgresServer, SandboxLimits } from './server.js';
import { adoptSetupRoles, lockSuperuserPhase } from './setupRoles.js';

/** Prefix of every database and role the bot makes, which marks them as its own. */
export const REVIEW_PREFIX = 'dba_review_';

/**
 * Roles the review role administers, and those these administer in turn. From PostgreSQL 16 a
 * CREATEROLE role gets ADMIN OPTION on every role it creates, which is how the roles a review
 * created are found, whatever it renamed them to.
 */
const ADMINISTERED = `
WITH RECURSIVE administered(oid) AS (
  SELECT roleid FROM pg_auth_members WHERE member = $1::regrole AND admin_option
  UNION
  SELECT m.roleid FROM pg_auth_members m JOIN administered a ON m.member = a.oid WHERE m.admin_option)
SELECT oid::int AS oid, quote_ident(rolname) AS name FROM pg_roles JOIN administered USING (oid)`;

/**
 * Hands every object of a copied database (schemas, relations, functions, types) to the review
 * role, except what extensions own. Not REASSIGN OWNED: it would also hand over the roles' other
 * databases, and refuses objects of the bootstrap superuser.
 */
const ADOPT = `DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT format('ALTER SCHEMA %I OWNER TO :role', nspname) AS sql FROM pg_namespace n
            WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
    UNION ALL SELECT format('ALTER %s %s OWNER TO :role', CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, c.oid::regclass)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND nspname !~ '^pg_' AND nspname <> 'information_schema'
             AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
    UNION ALL SELECT format('ALTER ROUTINE %s OWNER TO :role', p.oid::regprocedure) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    UNION ALL SELECT format('ALTER TYPE %s OWNER TO :role', t.oid::regtype) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
           WHERE (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
             AND nspname !~ '^pg_' AND nspname <> 'information_schema' AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
  LOOP EXECUTE r.sql; END LOOP;
END $$`;

/** Function privileges are per database: revoked in each of a review's, so its role may signal no backend. */
const NO_SIGNALS = `DO $$ DECLARE f regprocedure; BEGIN
  FOR f IN SELECT oid FROM pg_proc WHERE proname IN ('pg_cancel_backend', 'pg_terminate_backend') LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
  END LOOP;
END $$`;

/** The review role's name (also its database's) and password. */
export interface ReviewLogin {
  name: string;
  password: string;
}

/**
 * A database and a role made for one review and dropped after it, so reviews never see each
 * other and nothing of one stays on the server. The change's SQL runs as the role: it owns the
 * database and its public schema but is no superuser, so PostgreSQL itself refuses what would
 * reach past the database (server files and programs, other sessions, server settings, untrusted
 * languages and extensions). See docs/security.md.
 */
export class ReviewDatabase {
  /** Roles the review role administered once setup was done that existed before: the rest it created. */
  private setupRoles = new Set<number>();
  /** Roles the setup created that the review role may not administer (setupRoles.ts), dropped by oid. */
  private unadopted: number[] = [];

  private constructor(
    readonly server: PostgresServer,
    /** The database's name, which is also its role's. */
    readonly name: string,
    private readonly password: string,
    private readonly limits: SandboxLimits,
    /** Set when the database lives on a server started for this review alone: dropping it stops that server. */
    private readonly release?: () => Promise<void>,
  ) {}

  get role(): string {
    return this.name;
  }

  /** What a restored copy of this database's cluster needs to open it again (see onOwnServer). */
  get login(): ReviewLogin {
    return { name: this.name, password: this.password };
  }

  /**
   * A review database that `create` made on a cluster since snapshotted, restored and started for
   * this review alone (snapshots.ts): the role, its limits and the database came with the copy.
   */
  static onOwnServer(server: PostgresServer, login: ReviewLogin, limits: SandboxLimits, release: () => Promise<void>): ReviewDatabase {
    return new ReviewDatabase(server, login.name, login.password, limits, release);
  }

  static async create(server: PostgresServer, limits: SandboxLimits): Promise<ReviewDatabase> {
    const name = `${REVIEW_PREFIX}${randomBytes(6).toString('hex')}`;
    const password = randomBytes(24).toString('base64url');
    const db = new ReviewDatabase(server, name, password, limits);
    try {
      await withAdmin(server, async (c) => {
        // Stamped in the same transaction, so a clean-up on another process never sees it unstamped.
        await c.query(`CREATE ROLE ${name} LOGIN PASSWORD '${password}' ${db.attributes}; COMMENT ON ROLE ${name} IS '${stamp('role')}'`);
        // A copy of the operator's production-like database, or an empty one to replay the base into.
        await db.makeDatabase(c, name, server.template ? pg.escapeIdentifier(server.template) : undefined);
      });
      // The copy's objects belong to production's roles: the change's SQL must be able to alter them.
      await db.prepare(name, async (c) => {
        if (server.template) await c.query(ADOPT.replaceAll(':role', name));
      });
    } catch (err) {
      // Half made is not left behind; the error says what failed.
      await db.drop().catch(() => {});
      throw err;
    }
    return db;
  }

  /** A database of the review role's that no one else may connect to, stamped for the clean-up, with the role's limits in it. */
  private async makeDatabase(admin: pg.Client, database: string, template?: string): Promise<void> {
    await admin.query(`CREATE DATABASE ${database} OWNER ${this.name}${template ? ` TEMPLATE ${template}` : ''}`);
    await admin.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
    // When it was made, for the clean-up of databases a crashed process left behind.
    await admin.query(`COMMENT ON DATABASE ${database} IS '${stamp('database')}'`);
    await this.setLimits(admin, database);
  }

  /** Inside such a database, as superuser: `more`, the public schema the role's, and no backend it may signal. */
  private async prepare(database: string, more: (admin: pg.Client) => Promise<void>): Promise<void> {
    await withAdmin(
      this.server,
      async (c) => {
        // From 15 the public schema belongs to pg_database_owner, which is the role already.
        if (this.server.major < 15) await c.query(`ALTER SCHEMA public OWNER TO ${this.name}`);
        await more(c);
        // Function privileges are per database: here the role may signal no backend, not even the
        // review's own sessions (a role may signal its own by default).
        await c.query(NO_SIGNALS);
      },
      database,
    );
  }

  /** Everything the role may do beyond owning its database. */
  private get attributes(): string {
    // CREATEROLE only from 16, where it covers just the roles its holder creates: before, it
    // could alter and grant any non-superuser role.
    return `NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS ${this.server.major >= 16 ? 'CREATEROLE' : 'NOCREATEROLE'}`;
  }

  /**
   * The session limits, as the role's defaults in its database (the most specific level). Not
   * startup options: temp_file_limit may only be set by a superuser, so the role cannot lift it;
   * the timeouts it can SET are bounded by the review's budget still.
   */
  private async setLimits(admin: pg.Client, database = this.name): Promise<void> {
    const set = (parameter: string, value: number) => `ALTER ROLE ${this.name} IN DATABASE ${database} SET ${parameter} = ${value}`;
    await admin.query(
      [
        set('statement_timeout', this.limits.statementTimeoutMs),
        set('lock_timeout', this.limits.lockTimeoutMs),
        set('idle_in_transaction_session_timeout', this.limits.idleInTransactionTimeoutMs),
        set('temp_file_limit', this.limits.tempFileLimitKb),
      ].join(';\n'),
    );
  }

  /**
   * Creates extensions as the superuser, before any other SQL runs: those a project's platform
   * provides and its unprivileged role could not create. Returns the problem when one cannot be.
   */
  async createExtensions(names: string[]): Promise<string | null> {
    if (!names.length) return null;
    return withAdmin(
      this.server,
      async (c) => {
        const { rows } = await c.query<{ name: string }>('SELECT name FROM pg_available_extensions WHERE name = ANY($1)', [names]);
        const missing = names.filter((n) => !rows.some((r) => r.name === n));
        if (missing.length) return `postgres.extensions lists ${missing.join(', ')}, which PostgreSQL ${this.server.version} here does not have.`;
        for (const name of names) {
          try {
            await c.query(`CREATE EXTENSION IF NOT EXISTS ${pg.escapeIdentifier(name)} CASCADE`);
          } catch (err) {
            return `postgres.extensions lists ${name}, which could not be created: ${(err as Error).message}.`;
          }
        }
        return null;
      },
      this.name,
    );
  }

  /**
   * Runs the platform's own SQL (the preamble) as the review role while it holds SUPERUSER, so
   * what it creates belongs to the role the migrations run as, as in production where the
   * migration user owns the schema. No other session of the role is open meanwhile; afterwards,
   * whatever happened, the role gets back its attributes and limits, which the SQL could change.
   */
  async asSuperuser<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    return withAdmin(this.server, async (admin) => {
      const before = await lockSuperuserPhase(admin);
      await admin.query(`ALTER ROLE ${this.name} SUPERUSER`);
      try {
        return await this.session(fn);
      } finally {
        await admin.query(`ALTER ROLE ${this.name} ${this.attributes}`);
        await this.setLimits(admin);
        const made = await adoptSetupRoles(admin, this.name, this.server.major, before, REVIEW_PREFIX);
        const adopted = new Set(made.adopted);
        this.unadopted = made.unadopted;
        this.setupRoles = new Set((await admin.query<{ oid: number }>(ADMINISTERED, [this.name])).rows.map((r) => r.oid).filter((oid) => !adopted.has(oid)));
      }
    });
  }

  /**
   * What SQL run as the superuser left the role holding that reaches past its database: an
   * extension only a superuser may create (its owner may run every function in it, those
   * PostgreSQL restricts by privilege included, like dblink_connect_u), or membership in a
   * superuser or predefined role (pg_execute_server_program...).
   */
  async escalations(): Promise<string[]> {
    const { rows } = await withAdmin(
      this.server,
      (c) =>
        c.query<{ what: string }>(
          `SELECT 'owning the extension ' || e.extname AS what
             FROM pg_extension e LEFT JOIN pg_available_extension_versions v ON v.name = e.extname AND v.version = e.extversion
            WHERE e.extowner = $1::regrole AND NOT coalesce((to_jsonb(v) ->> 'trusted')::boolean, false)
           UNION ALL
           SELECT 'a member of ' || r.rolname FROM pg_roles r
            WHERE (r.rolsuper OR (r.oid < 16384 AND r.rolname <> 'pg_database_owner')) AND r.oid <> $1::regrole AND pg_has_role($1::regrole::oid, r.oid, 'MEMBER')`,
          [this.name],
        ),
      this.name,
    );
    return rows.map((r) => r.what);
  }

  /** `fn` in a session of its own as the review role, closed after. */
  async session<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = await this.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  /**
   * An empty database beside this one for the restore drill, owned by the review role with the
   * same limits and `extensions` (those the bot created as superuser), so what a restore runs has
   * no more power than the change had. Dropped by the function returned, or with this database.
   */
  async sibling(extensions: string[]): Promise<{ name: string; drop: () => Promise<void> }> {
    const name = `${this.name}_restore`;
    const drop = () => withAdmin(this.server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {});
    try {
      await withAdmin(this.server, (c) => this.makeDatabase(c, name, 'template0'));
      await this.prepare(name, async (c) => {
        for (const e of extensions) await c.query(`CREATE EXTENSION IF NOT EXISTS ${pg.escapeIdentifier(e)} CASCADE`);
      });
    } catch (err) {
      await drop().catch(() => {});
      throw err;
    }
    return { name, drop };
  }

  /** Host, port and the review role's login, as libpq's environment gives them to pg_dump and pg_restore. */
  get clientEnv(): Record<string, string> {
    const parts = { ...this.server.admin, ...connectionParts(this.server.admin) };
    return { PGHOST: String(parts.host ?? '127.0.0.1'), PGPORT: String(parts.port ?? 5432), PGUSER: this.name, PGPASSWORD: this.password };
  }

  /** A session as the review role, with the limits its role carries. */
  async connect(database = this.name): Promise<pg.Client> {
    const client = new pg.Client({
      ...this.server.admin,
      connectionString: undefined,
      ...connectionParts(this.server.admin),
      user: this.name,
      password: this.password,
      database,
      application_name: 'pg-dba-review',
    });
    // A server that goes away mid-review must fail the query, not crash the process.
    client.on('error', () => {});
    await client.connect();
    return client;
  }

  /** Drops the database, the roles the review created and the review role; ends any session left. */
  async drop(): Promise<void> {
    if (this.release) return this.release();
    await withAdmin(this.server, async (c) => {
      const created = (await c.query<{ oid: number; name: string }>(ADMINISTERED, [this.name])).rows.filter((r) => !this.setupRoles.has(r.oid));
      if (this.unadopted.length)
        created.push(
          ...(
            await c.query<{ oid: number; name: string }>('SELECT oid::int AS oid, quote_ident(rolname) AS name FROM pg_roles WHERE oid = ANY($1::oid[])', [
              this.unadopted,
            ])
          ).rows,
        );
      await c.query(`DROP DATABASE IF EXISTS ${this.name} WITH (FORCE)`);
      // One statement: roles that granted each other memberships go together.
      await c.query(`DROP ROLE IF EXISTS ${[...created.map((r) => r.name), this.name].join(', ')}`);
    });
  }
}

/** When a review's database or role was made, in its comment: what tells a crashed process's leftovers from a live review's. */
export function stamp(kind: 'database' | 'role', at = new Date()): string {
  return `pg-dba-review review ${kind}, created ${at.toISOString()}`;
}

/** Host, port, user and password of a config that may be given as a connection string. */
function connectionParts(config: pg.ClientConfig): pg.ClientConfig {
  if (!config.connectionString) return {};
  const url = new URL(config.connectionString);
  return {
    host: decodeURIComponent(url.hostname),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}

/** A superuser session, on the server's own database or on `database`. */
export async function withAdmin<T>(server: PostgresServer, fn: (c: pg.Client) => Promise<T>, database?: string): Promise<T> {
  const client = new pg.Client(database ? { ...server.admin, connectionString: undefined, ...connectionParts(server.admin), database } : server.admin);
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
