import type { ErrorObject } from 'ajv';
import { createRequire } from 'node:module';
import { STATS_FORMAT, type ProductionStats } from './productionStats.js';

const num = { type: 'number' } as const;
const text = { type: 'string' } as const;
const nullableText = { type: 'string', nullable: true } as const;

// Plain schemas: ajv's JSONSchemaType cannot type required nullable keys.
const indexSchema = {
  type: 'object',
  required: ['name', 'relpages', 'reltuples', 'bytes'],
  properties: { name: text, relpages: num, reltuples: num, bytes: num },
};

const columnSchema = {
  type: 'object',
  required: ['name', 'type', 'inherited', 'nullFrac', 'avgWidth', 'nDistinct', 'mostCommonVals', 'mostCommonFreqs', 'histogramBounds', 'correlation', 'masked'],
  properties: {
    name: text,
    type: text,
    inherited: { type: 'boolean' },
    nullFrac: num,
    avgWidth: num,
    nDistinct: num,
    mostCommonVals: nullableText,
    mostCommonFreqs: { type: 'array', nullable: true, items: num },
    histogramBounds: nullableText,
    correlation: { type: 'number', nullable: true },
    masked: { type: 'boolean' },
  },
};

const tableSchema = {
  type: 'object',
  required: ['schema', 'name', 'kind', 'reltuples', 'relpages', 'relallvisible', 'bytes', 'totalBytes', 'deadTuples', 'parent', 'indexes', 'columns'],
  properties: {
    schema: text,
    name: text,
    kind: { type: 'string', enum: ['table', 'partitioned', 'matview'] },
    reltuples: num,
    relpages: { type: 'integer', minimum: 0 },
    relallvisible: { type: 'integer', minimum: 0 },
    bytes: num,
    totalBytes: num,
    deadTuples: num,
    lastVacuum: nullableText,
    lastAutovacuum: nullableText,
    lastAnalyze: nullableText,
    lastAutoanalyze: nullableText,
    parent: nullableText,
    indexes: { type: 'array', items: indexSchema },
    columns: { type: 'array', items: columnSchema },
  },
};

const fileSchema = {
  type: 'object',
  required: ['format', 'exportedAt', 'server', 'database', 'masked', 'tables'],
  properties: {
    format: { type: 'string', const: STATS_FORMAT },
    exportedAt: { type: 'string', format: 'date-time' },
    server: { type: 'object', required: ['version', 'major'], properties: { version: text, major: { type: 'integer' } } },
    database: text,
    masked: { type: 'boolean' },
    tables: { type: 'array', items: tableSchema },
  },
};

const require = createRequire(import.meta.url);
// Compiled on first use: only reviews with `stats:` read a file.
let validate: (((data: unknown) => data is ProductionStats) & { errors?: ErrorObject[] | null }) | undefined;

/** Where in the file an error is, as a reader finds it: tables[3].columns[0].nullFrac. */
const where = (e: ErrorObject) =>
  e.instancePath
    ? e.instancePath
        .slice(1)
        .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
        .replaceAll('/', '.')
    : 'the file';

/**
 * A statistics file as `stats export` wrote it, or every reason it is not one. The format marker
 * is checked first: a file of another kind gets one plain sentence, not a list of missing keys.
 */
export function parseStatsFile(content: string): { ok: true; stats: ProductionStats } | { ok: false; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (err) {
    return { ok: false, errors: [`it is not JSON: ${(err as Error).message}`] };
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== STATS_FORMAT) {
    return {
      ok: false,
      errors: [
        `its format is ${format === undefined ? 'missing' : JSON.stringify(format)}, not "${STATS_FORMAT}": write it with \`pg-dba-review stats export\``,
      ],
    };
  }
  if (!validate) {
    const { Ajv } = require('ajv') as typeof import('ajv');
    const ajv = new Ajv({ allErrors: true });
    // date-time only: ajv-formats is not needed for one format.
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    validate = ajv.compile<ProductionStats>(fileSchema);
  }
  if (validate(raw)) return { ok: true, stats: raw };
  return { ok: false, errors: (validate.errors ?? []).slice(0, 10).map((e) => `${where(e)} ${e.message ?? 'is wrong'}`) };
}
