import type { JSONSchemaType } from 'ajv';

/** `.github/dba.yml` after validation and defaults. */
export interface DbaConfig {
  migrations: {
    /** Globs (picomatch syntax) that select migration files. */
    paths: string[];
  };
  postgres: {
    /** PostgreSQL major version the review runs on. */
    version: number;
  };
  /** Lowest finding severity that fails the check run. */
  fail_on: 'error' | 'warning' | 'never';
}

export const DEFAULT_MIGRATION_GLOBS = [
  '**/migrations/**/*.sql',
  '**/migrate/**/*.sql',
  'prisma/migrations/*/migration.sql',
  'supabase/migrations/*.sql',
  'db/**/*.sql',
];

export const DEFAULT_POSTGRES_VERSION = 18;

export const DEFAULT_CONFIG: DbaConfig = {
  migrations: { paths: DEFAULT_MIGRATION_GLOBS },
  postgres: { version: DEFAULT_POSTGRES_VERSION },
  fail_on: 'error',
};

/** What a user may write: every key optional, unknown keys rejected so typos surface. */
export interface DbaConfigInput {
  _extends?: string;
  migrations?: { paths?: string[] };
  postgres?: { version?: number };
  fail_on?: DbaConfig['fail_on'];
}

export const configInputSchema: JSONSchemaType<DbaConfigInput> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    _extends: { type: 'string', nullable: true },
    migrations: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      properties: {
        paths: { type: 'array', nullable: true, minItems: 1, items: { type: 'string', minLength: 1 } },
      },
    },
    postgres: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      properties: {
        version: { type: 'integer', nullable: true, minimum: 10, maximum: 99 },
      },
    },
    fail_on: { type: 'string', nullable: true, enum: ['error', 'warning', 'never'] },
  },
};
