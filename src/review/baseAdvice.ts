import type { StatementError } from '../apply/types.js';
import { INSUFFICIENT_PRIVILEGE } from './outcomeFindings.js';

// SQLSTATEs of a base history that expects an object the platform would have.
const UNDEFINED_FUNCTION = '42883';
const UNDEFINED_OBJECT = '42704';
const INVALID_SCHEMA_NAME = '3F000';
const DUPLICATE_OBJECT = '42710';

/** Functions, types, operator classes and schemas of common extensions: what a history that uses one without creating it expects the platform to have. */
const EXTENSION_OBJECTS: [RegExp, string][] = [
  [
    /^(create_hypertable|create_distributed_hypertable|add_(retention|compression|continuous_aggregate|reorder)_policy|time_bucket|set_chunk_time_interval|timescaledb_\w+)$/,
    'timescaledb',
  ],
  [/^(st_\w+|geometry|geography|box2d|box3d|postgis_\w+)$/, 'postgis'],
  [/^(vector|halfvec|sparsevec|vector_\w+_ops|halfvec_\w+_ops)$/, 'vector'],
  [/^(cron|cron\.\w+)$/, 'pg_cron'],
  [/^(gen_random_bytes|gen_salt|crypt|digest|hmac|pgp_\w+|armor|dearmor)$/, 'pgcrypto'],
  [/^uuid_generate_v[1345](mc)?$/, 'uuid-ossp'],
  [/^citext$/, 'citext'],
  [/^hstore$/, 'hstore'],
  [/^ltree$/, 'ltree'],
  [/^(similarity|word_similarity|gin_trgm_ops|gist_trgm_ops|show_trgm)$/, 'pg_trgm'],
  [/^(unaccent)$/, 'unaccent'],
  [/^(http|http_get|http_post)$/, 'http'],
  [/^(net|net\.\w+)$/, 'pg_net'],
];

/** The object PostgreSQL says does not exist: `function create_hypertable(...)`, `type "vector"`, `schema "cron"`. */
function missingObject(message: string): string | undefined {
  const named = /^(?:function|procedure) ([\w.]+)\(/.exec(message)?.[1] ?? /^(?:type|operator class|schema) "([^"]+)"/.exec(message)?.[1];
  return named?.replace(/^public\./, '').toLowerCase();
}

/** The extension a base history's failure shows it expects the platform to provide. */
export function expectedExtension(error: Pick<StatementError, 'code' | 'message'>): string | undefined {
  if (error.code !== UNDEFINED_FUNCTION && error.code !== UNDEFINED_OBJECT && error.code !== INVALID_SCHEMA_NAME) return undefined;
  const object = missingObject(error.message);
  return object === undefined ? undefined : EXTENSION_OBJECTS.find(([names]) => names.test(object))?.[1];
}

const UNPRIVILEGED =
  'PostgreSQL refused it for lack of privilege: the sandbox runs every migration as an unprivileged role that owns its database (docs/security.md)';
const provide = (extension: string) =>
  `Name it in .github/dba.yml as \`postgres: { extensions: [${extension}] }\`: the sandbox then creates it before the history runs, as your platform does.`;

/** What to set when the base history does not replay: the setting that provides what it expects, when the error shows it. */
export function baseFailureAdvice(error: Pick<StatementError, 'code' | 'message'>, server: { shared: boolean }): string {
  const role = error.code === DUPLICATE_OBJECT ? /^role "([^"]+)" already exists/.exec(error.message)?.[1] : undefined;
  if (role && server.shared) {
    // Roles are the one thing reviews on one server cannot keep apart: the other review drops it when it ends.
    return `Roles are cluster-wide, and this review shares its PostgreSQL server with others: another review that makes ${role} was running. Review again once it has ended, or run reviews on clusters of their own (the embedded provider, the default), where this cannot happen.`;
  }
  if (error.code === INSUFFICIENT_PRIVILEGE) {
    const extension = /^permission denied to create extension "([^"]+)"/.exec(error.message)?.[1];
    if (extension) return `${UNPRIVILEGED}, and only a superuser may create ${extension}. ${provide(extension)}`;
    return `${UNPRIVILEGED}, where this history expects more (a superuser, or a role the platform grants). Grant what it needs in postgres.preamble, which runs with superuser rights, or move the privileged step there.`;
  }
  const extension = expectedExtension(error);
  if (extension)
    return `That is the ${extension} extension's, which this history uses without creating it: it expects the platform to have it. ${provide(extension)}`;
  return `The change cannot be judged on a history that does not apply: fix the base history, or give what the platform provides in postgres.preamble (roles, schemas) and postgres.extensions (extensions the sandbox's unprivileged role cannot create).`;
}
