import type { JSONSchemaType } from 'ajv';
import { FRAMEWORKS, type FrameworkId } from '../discover/types.js';

/** `.github/dba.yml` after validation and defaults. */
export interface DbaConfig {
  migrations: {
    /** Globs (picomatch syntax) that restrict where migrations are looked for; null: anywhere. */
    paths: string[] | null;
    /** Globs (picomatch syntax) of files that are never migrations, even where `paths` or a layout would find them. */
    exclude: string[];
    /** Forces one framework's layout instead of detecting it. */
    framework: FrameworkId | null;
    /** Values of the placeholders of templated SQL (Go templates, Flyway, psql, comment placeholders), by name. */
    variables: Record<string, string>;
  };
  postgres: {
    /** PostgreSQL major version the review runs on. */
    version: number;
    /** Repository path of SQL run before the base history: what the platform provides (roles, schemas, extensions). */
    preamble: string | null;
    /** Extensions the bot creates as the superuser before the preamble: those the platform provides. */
    extensions: string[];
    /** Image the docker sandbox runs instead of postgres:<version> (one with the extensions the project needs). */
    image: string | null;
  };
  data: {
    /** Rows generated in each table a review or a plan needs, unless named in `tables` (0: none). */
    rows: number;
    /** Rows per table, by name (`schema.table`, or `table` for public), overriding `rows`. */
    tables: Record<string, number>;
  };
  /** Queries EXPLAINed before and after each change, to catch plan regressions. */
  queries: KeyQuerySpec[];
  plans: {
    /** A key query whose estimated cost grows by more than this factor is flagged. */
    cost_ratio: number;
  };
  /** Severity (or off) per rule id or per category. */
  rules: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  /** Lowest finding severity that fails the check run. */
  fail_on: 'error' | 'warning' | 'never';
  /** Whether a pg_dump of the database after the change is restored and compared (the restore drill). */
  restore_drill: boolean;
  /** Statistics files of production (`stats export`): repository paths or https URLs; the newest by exportedAt is loaded. */
  stats: string[];
  ack: {
    /** Teams of the repository's organization (slugs) whose members may `/dba ack` besides people with write access. */
    teams: string[];
  };
}

/** One `queries:` entry: inline SQL with a name, or a glob of `.sql` files in the repository. */
export type KeyQuerySpec = { name: string; sql: string } | { files: string };

export const DEFAULT_POSTGRES_VERSION = 18;

const MAX_ROWS = 10_000_000;

export const DEFAULT_CONFIG: DbaConfig = {
  migrations: { paths: null, exclude: [], framework: null, variables: {} },
  postgres: { version: DEFAULT_POSTGRES_VERSION, preamble: null, extensions: [], image: null },
  data: { rows: 10_000, tables: {} },
  queries: [],
  plans: { cost_ratio: 2 },
  rules: {},
  fail_on: 'error',
  restore_drill: true,
  stats: [],
  ack: { teams: [] },
};

/** What a user may write: every key optional, unknown keys rejected so typos surface. */
export interface DbaConfigInput {
  _extends?: string;
  migrations?: { paths?: string[]; exclude?: string[]; framework?: FrameworkId; variables?: Record<string, string | number | boolean> };
  postgres?: { version?: number; preamble?: string; extensions?: string[]; image?: string };
  data?: { rows?: number; tables?: Record<string, number> };
  queries?: { name?: string; sql?: string; files?: string }[];
  plans?: { cost_ratio?: number };
  rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  fail_on?: DbaConfig['fail_on'];
  restore_drill?: boolean;
  stats?: string | string[];
  ack?: { teams?: string[] };
}

// A glob relative to the repository root, matched by picomatch: a leading "!" would negate it and a leading "/" never matches.
const GLOB = { type: 'string', minLength: 1, pattern: '^[^!/]' } as const;

/** Also published for editors as docs/dba.schema.json (config/jsonSchema.ts), so the descriptions are what a user hovers over. */
export const configInputSchema: JSONSchemaType<DbaConfigInput> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    _extends: {
      type: 'string',
      nullable: true,
      description: "Another repository's config to start from: `.github` (this organisation's) or `owner/repo[:path]`.",
    },
    migrations: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      description: 'Where the migrations are and how they are run.',
      properties: {
        paths: {
          type: 'array',
          nullable: true,
          minItems: 1,
          items: GLOB,
          description: 'Globs (picomatch) that restrict where migrations are looked for. Default: anywhere.',
        },
        exclude: {
          type: 'array',
          nullable: true,
          items: GLOB,
          description: 'Globs (picomatch) of files that are never migrations, e.g. `db/legacy/**`: they are not replayed, checked or reported.',
        },
        framework: { type: 'string', nullable: true, enum: [...FRAMEWORKS], description: 'Force one layout instead of detecting it.' },
        // YAML reads `shards: 16` as a number; a placeholder renders its text either way.
        variables: {
          type: 'object',
          nullable: true,
          required: [],
          additionalProperties: { type: ['string', 'number', 'boolean'] } as unknown as { type: 'string' },
          description: 'Values of the placeholders of templated SQL, by name.',
        },
      },
    },
    postgres: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      description: 'The sandbox PostgreSQL: match production.',
      properties: {
        version: { type: 'integer', nullable: true, minimum: 10, maximum: 99, description: 'PostgreSQL major the review runs on (default 18).' },
        preamble: {
          type: 'string',
          nullable: true,
          minLength: 1,
          description: 'Repository path of SQL run as the superuser before the base history (read from the default branch only).',
        },
        // Names as pg_available_extensions lists them; no quoting games.
        extensions: {
          type: 'array',
          nullable: true,
          uniqueItems: true,
          items: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,63}$' },
          description: 'Extensions the platform provides, created as the superuser before the preamble (read from the default branch only).',
        },
        // A Docker image reference: [registry/]name[:tag][@digest].
        image: {
          type: 'string',
          nullable: true,
          pattern: '^[a-z0-9][a-z0-9._/:@-]{0,254}$',
          description: 'Image the docker sandbox runs instead of postgres:<version>.',
        },
      },
    },
    data: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      description: 'Rows generated in the tables a review or a plan needs.',
      properties: {
        rows: { type: 'integer', nullable: true, minimum: 0, maximum: MAX_ROWS, description: 'Rows per table (default 10000; 0: none).' },
        tables: {
          type: 'object',
          nullable: true,
          required: [],
          additionalProperties: { type: 'integer', minimum: 0, maximum: MAX_ROWS },
          description: 'Rows per table by name (`schema.table`, or `table` for public), overriding `rows`.',
        },
      },
    },
    queries: {
      type: 'array',
      nullable: true,
      description: 'Key queries EXPLAINed before and after every change: `{ name, sql }` or `{ files: glob }`.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: { type: 'string', nullable: true, minLength: 1 },
          sql: { type: 'string', nullable: true, minLength: 1 },
          files: { type: 'string', nullable: true, minLength: 1 },
        },
      },
    },
    plans: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      properties: {
        cost_ratio: {
          type: 'number',
          nullable: true,
          exclusiveMinimum: 1,
          description: 'Flag a key query whose estimated cost grows by more than this factor (default 2).',
        },
      },
    },
    rules: {
      type: 'object',
      nullable: true,
      required: [],
      additionalProperties: { type: 'string', enum: ['error', 'warning', 'info', 'off'] },
      description: 'A severity or off, by rule id or category (docs/rules/README.md).',
    },
    fail_on: {
      type: 'string',
      nullable: true,
      enum: ['error', 'warning', 'never'],
      description: 'Lowest finding severity that fails the check (default error).',
    },
    restore_drill: {
      type: 'boolean',
      nullable: true,
      description: 'Dump the database after the change with pg_dump, restore it with pg_restore and compare the catalogs (default true).',
    },
    // One entry or a list; ajv's types cannot say "a string or strings".
    // Not `nullable`: Ajv would add "null" to this type list in place, and the published schema would differ.
    stats: {
      type: ['string', 'array'],
      minLength: 1,
      minItems: 1,
      items: { type: 'string', minLength: 1 },
      description:
        'Production statistics written by `pg-dba-review stats export`: a repository path (read from the default branch) or an https URL, or a list of them (the newest by exportedAt is loaded). See docs/statistics.md.',
    } as unknown as { type: 'string'; nullable: true },
    ack: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      description: 'Who may accept findings with /dba ack.',
      properties: {
        // Slugs as in the team's address (github.com/orgs/<org>/teams/<slug>).
        teams: {
          type: 'array',
          nullable: true,
          uniqueItems: true,
          items: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,100}$' },
          description: 'Teams (slugs) whose members may /dba ack, besides people with write access.',
        },
      },
    },
  },
};
