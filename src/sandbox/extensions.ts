import { SandboxUnavailableError } from './types.js';

/** Where a well-known extension comes from: the Debian/Ubuntu package and a Docker image that ship it. */
interface Source {
  debian?: (major: number) => string;
  image?: (major: number) => string;
}

const POSTGIS: Source = { debian: (m) => `postgresql-${m}-postgis-3`, image: (m) => `postgis/postgis:${m}-${m >= 18 ? '3.6' : '3.5'}` };

// Packages as Debian and apt.postgresql.org name them; images as their projects publish them.
const SOURCES: Record<string, Source> = {
  vector: { debian: (m) => `postgresql-${m}-pgvector`, image: (m) => `pgvector/pgvector:pg${m}` },
  postgis: POSTGIS,
  postgis_raster: POSTGIS,
  postgis_topology: POSTGIS,
  postgis_tiger_geocoder: POSTGIS,
  address_standardizer: POSTGIS,
  timescaledb: { debian: (m) => `timescaledb-2-postgresql-${m}`, image: (m) => `timescale/timescaledb:latest-pg${m}` },
  pg_cron: { debian: (m) => `postgresql-${m}-cron` },
  http: { debian: (m) => `postgresql-${m}-http` },
  pgrouting: { debian: (m) => `postgresql-${m}-pgrouting` },
  pg_partman: { debian: (m) => `postgresql-${m}-partman` },
  pgaudit: { debian: (m) => `postgresql-${m}-pgaudit` },
  hypopg: { debian: (m) => `postgresql-${m}-hypopg` },
  pg_repack: { debian: (m) => `postgresql-${m}-repack` },
};

const list = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? ''));

/** A review wants extensions that a server lacks: which, and what was asked. */
export class MissingExtensionsError extends SandboxUnavailableError {
  constructor(
    readonly missing: string[],
    readonly major: number,
    /** What lacks them, one phrase each: "the embedded PostgreSQL 18 build". */
    readonly lacking: string[],
  ) {
    super(missingMessage(missing, major, lacking));
  }
}

/** One sentence naming the extensions, what lacks them, and the providers that would have them. */
function missingMessage(missing: string[], major: number, lacking: string[]): string {
  const packages = missing.map((n) => SOURCES[n]?.debian?.(major));
  const images = [...new Set(missing.map((n) => SOURCES[n]?.image?.(major)))];
  const host = packages.every((p) => p)
    ? `install ${list([...new Set(packages as string[])])} and set SANDBOX_PROVIDER=host`
    : `install the packages that ship ${missing.length > 1 ? 'them' : 'it'} for PostgreSQL ${major} on the host and set SANDBOX_PROVIDER=host (PG_DBA_REVIEW_PG_BIN names its bin folder)`;
  const docker =
    images.length === 1 && images[0]
      ? `use SANDBOX_PROVIDER=docker with postgres.image: ${images[0]} in .github/dba.yml`
      : `use SANDBOX_PROVIDER=docker with postgres.image in .github/dba.yml naming an image that has ${missing.length > 1 ? 'them' : 'it'}`;
  const verb = missing.length > 1 ? 'are' : 'is';
  return `The extension${missing.length > 1 ? 's' : ''} ${list(missing)} ${verb} not in ${lacking.join(', nor in ')}: to review with ${missing.length > 1 ? 'them' : 'it'}, ${host}, or ${docker}.`;
}

/** Rejects when `available` lacks any of `wanted`. */
export function requireExtensions(wanted: readonly string[], available: ReadonlySet<string>, major: number, lacking: string): void {
  const missing = [...new Set(wanted)].filter((n) => !available.has(n));
  if (missing.length) throw new MissingExtensionsError(missing, major, [lacking]);
}

const CREATE_EXTENSION = /\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?("(?:[^"]|"")+"|[a-z_][\w$-]*)/gi;

/**
 * The extensions SQL creates, to pick a server that has them before anything runs. A guess from
 * the text (comments left out), not a parse: the history's own replay is the judge.
 */
export function extensionsCreatedIn(sql: string): string[] {
  const text = sql.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
  return [...text.matchAll(CREATE_EXTENSION)].map((m) => {
    const name = m[1] as string;
    return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name.toLowerCase();
  });
}
