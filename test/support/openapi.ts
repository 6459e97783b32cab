import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// GitHub's official OpenAPI description: every request the app makes and every response the
// fake GitHub gives is checked against it, so the fake cannot drift from GitHub.
const require = createRequire(import.meta.url);
const SPEC_PATH = require.resolve('@octokit/openapi/generated/api.github.com.json');

interface Operation {
  operationId: string;
  parameters?: { name: string; in: string; $ref?: string }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }>; $ref?: string }>;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  literals: number;
  operation: Operation;
  pointer: string;
}

/**
 * OpenAPI 3.0's `nullable: true` admits null even beside an `enum`, or with no `type` at all (a
 * `oneOf`, an `allOf`); JSON Schema has no such keyword. Null joins those enums, and a schema
 * without a type becomes "it, or null".
 */
function jsonSchemaNullable(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(jsonSchemaNullable);
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown> & { nullable?: boolean; enum?: unknown[] };
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  if (schema.nullable === true && schema.type === undefined) {
    const rest = { ...schema };
    delete rest.nullable;
    for (const key of Object.keys(schema)) delete schema[key];
    schema.anyOf = [rest, { type: 'null' }];
  }
  for (const value of Object.values(node)) jsonSchemaNullable(value);
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;

export class OpenApiValidator {
  private readonly spec: {
    paths: Record<string, Record<string, Operation>>;
    components: { parameters: Record<string, { name: string; in: string }>; responses: Record<string, Operation['responses'][string]> };
  };
  private readonly ajv: Ajv;
  private readonly routes: Route[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    this.spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'));
    jsonSchemaNullable(this.spec);
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema(this.spec, 'gh');
    for (const [template, item] of Object.entries(this.spec.paths)) {
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)');
      for (const [method, operation] of Object.entries(item)) {
        if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
        this.routes.push({
          method: method.toUpperCase(),
          template,
          regex: new RegExp(`^${pattern}$`),
          literals: template.split('/').filter((s) => s && !s.startsWith('{')).length,
          operation,
          pointer: `/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`,
        });
      }
    }
    // Prefer the most specific template: /issues/comments over /issues/{issue_number}.
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  match(method: string, path: string): Route | undefined {
    return this.routes.find((r) => r.method === method && r.regex.test(path));
  }

  private validator(pointer: string): ValidateFunction {
    let v = this.compiled.get(pointer);
    if (!v) {
      v = this.ajv.compile({ $ref: `gh#${encodeURI(pointer)}` });
      this.compiled.set(pointer, v);
    }
    return v;
  }

  private errorsOf(v: ValidateFunction): string {
    return (v.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || '(root)'} ${e.message}`)
      .join('; ');
  }

  private parameterNames(route: Route, where: string): string[] {
    return (route.operation.parameters ?? [])
      .map((p) => (p.$ref ? this.spec.components.parameters[p.$ref.split('/').pop() as string] : p))
      .filter((p): p is { name: string; in: string } => p !== undefined && p.in === where)
      .map((p) => p.name);
  }

  /** Violations of the request against the operation it addresses (empty when valid). */
  validateRequest(method: string, path: string, query: URLSearchParams, body: unknown): string[] {
    const route = this.match(method, path);
    if (!route) return [`${method} ${path}: no such operation in GitHub's REST API`];
    const problems: string[] = [];
    const known = this.parameterNames(route, 'query');
    for (const name of query.keys()) if (!known.includes(name)) problems.push(`${route.operation.operationId}: unknown query parameter "${name}"`);
    const jsonBody = route.operation.requestBody?.content?.['application/json'];
    if (jsonBody?.schema !== undefined && (body !== undefined || route.operation.requestBody?.required)) {
      const v = this.validator(`${route.pointer}/requestBody/content/application~1json/schema`);
      if (!v(body)) problems.push(`${route.operation.operationId} request body: ${this.errorsOf(v)}`);
    } else if (body !== undefined && method !== 'GET') {
      problems.push(`${route.operation.operationId}: takes no JSON body`);
    }
    return problems;
  }

  /**
   * Violations of a response against the documented response for its status. A raw media
   * type response (Accept: application/vnd.github.raw) has no JSON schema; only its status is checked.
   */
  validateResponse(method: string, path: string, status: number, body: unknown, { raw = false } = {}): string[] {
    const route = this.match(method, path);
    if (!route) return [`${method} ${path}: no such operation in GitHub's REST API`];
    const declared = route.operation.responses[String(status)];
    if (!declared) return [`${route.operation.operationId}: GitHub documents no ${status} response`];
    // Shared responses (not_found, validation_failed) live under components.responses.
    const pointer = declared.$ref ? declared.$ref.slice(1) : `${route.pointer}/responses/${status}`;
    const response = declared.$ref ? this.spec.components.responses[declared.$ref.split('/').pop() as string] : declared;
    const json = response?.content?.['application/json'];
    if (raw) return [];
    if (!json?.schema) return body === undefined ? [] : [`${route.operation.operationId} ${status}: documented without a body`];
    const v = this.validator(`${pointer}/content/application~1json/schema`);
    return v(body) ? [] : [`${route.operation.operationId} ${status} response: ${this.errorsOf(v)}`];
  }

  /** Violations of a webhook payload against its schema in the description, e.g. `webhook-pull-request-edited`. */
  validateWebhook(schema: string, payload: unknown): string[] {
    const v = this.validator(`/components/schemas/${schema}`);
    return v(payload) ? [] : [`${schema}: ${this.errorsOf(v)}`];
  }

  operationId(method: string, path: string): string | undefined {
    return this.match(method, path)?.operation.operationId;
  }
}
