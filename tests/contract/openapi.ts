/**
 * The contract as a test oracle: api/openapi.yaml compiled with a standard JSON
 * Schema validator (ajv, draft 2020-12, which OpenAPI 3.1 schemas are), so the zod
 * schemas, the MSW handlers and the reference server are all checked against the
 * same document and cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const DOC_ID = 'openapi.yaml';
export const OPENAPI_PATH = resolve(import.meta.dirname, '../../api/openapi.yaml');

interface MediaType {
  schema?: unknown;
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  responses: Record<string, ResponseObject>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; responses?: Record<string, ResponseObject> };
}

export const openApiDocument = parse(readFileSync(OPENAPI_PATH, 'utf8')) as OpenApiDocument;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
// The document's top-level OpenAPI keys are not JSON Schema keywords: declare them so
// strict mode accepts the document while still checking every schema it references.
ajv.addVocabulary(['openapi', 'info', 'servers', 'paths', 'components', 'tags', 'security', 'webhooks']);
ajv.addSchema(openApiDocument, DOC_ID);

/** RFC 6901 pointer segment, URI-encoded so `{planId}` survives in a fragment. */
function pointerSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
}

const compiled = new Map<string, ValidateFunction>();
function validatorAt(pointer: readonly string[]): ValidateFunction {
  const ref = `${DOC_ID}#/${pointer.map(pointerSegment).join('/')}`;
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  return validate;
}

function formatErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${String(e.params.allowedValues)})` : ''}`);
}

export type SchemaName = keyof OpenApiDocument['components']['schemas'] & string;

/** Problems found validating `value` against `components/schemas/<name>`; empty when valid. */
export function schemaErrors(name: SchemaName, value: unknown): string[] {
  if (!(name in openApiDocument.components.schemas)) throw new Error(`api/openapi.yaml has no schema "${name}"`);
  const validate = validatorAt(['components', 'schemas', name]);
  return validate(value) ? [] : formatErrors(validate.errors);
}

const templates = Object.keys(openApiDocument.paths).map((template) => ({
  template,
  regex: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}/]+\}/g, '[^/]+')}$`),
}));

/** The contract's path template for a concrete API path (`/plans/x/actions` → `/plans/{planId}/actions`). */
export function matchPathTemplate(path: string): string | undefined {
  return templates.find(({ regex }) => regex.test(path))?.template;
}

export interface ContractResponse {
  method: string;
  /** The path relative to the API base, without query string: `/plans/hfd-2022`. */
  path: string;
  status: number;
  contentType: string | undefined;
  body: unknown;
}

/**
 * Everything about a response that disagrees with the contract: undocumented path,
 * method or status, wrong media type, or a body its schema rejects. Empty when it
 * conforms. A status with no entry of its own is checked against `default`.
 */
export function responseErrors({ method, path, status, contentType, body }: ContractResponse): string[] {
  const template = matchPathTemplate(path);
  if (!template) return [`${path}: not a path in the contract`];
  const verb = method.toLowerCase();
  const operation = openApiDocument.paths[template]?.[verb];
  if (!operation) return [`${method} ${template}: not an operation in the contract`];
  const statusKey = String(status) in operation.responses ? String(status) : 'default';
  let response = operation.responses[statusKey];
  if (!response) return [`${method} ${template}: status ${status} is not documented`];
  let pointer = ['paths', template, verb, 'responses', statusKey];
  if (response.$ref) {
    const name = response.$ref.replace('#/components/responses/', '');
    response = openApiDocument.components.responses?.[name];
    if (!response) return [`${method} ${template}: unresolved ${String(pointer)}`];
    pointer = ['components', 'responses', name];
  }
  const content = response.content ?? {};
  const mediaTypes = Object.keys(content);
  if (mediaTypes.length === 0) return body === undefined || body === '' ? [] : [`${method} ${template} ${status}: the contract documents no body`];
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!mediaType || !(mediaType in content)) {
    return [`${method} ${template} ${status}: content type ${String(contentType)} is not one of ${mediaTypes.join(', ')}`];
  }
  if (content[mediaType]?.schema === undefined) return [];
  const validate = validatorAt([...pointer, 'content', mediaType, 'schema']);
  return validate(body) ? [] : formatErrors(validate.errors).map((e) => `${method} ${path} ${status}: ${e}`);
}

interface ExampleHolder {
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}

/**
 * Every example the document gives for a request or response body, each checked
 * against the schema beside it: `[where, problems]` for each (problems empty when it
 * conforms). Examples marked as another contract's shape are the caller's to judge.
 */
export function documentExamples(): { where: string; errors: string[] }[] {
  const results: { where: string; errors: string[] }[] = [];
  const check = (pointer: string[], media: ExampleHolder) => {
    if (media.schema === undefined) return;
    const validate = validatorAt([...pointer, 'schema']);
    const examples: [string, unknown][] = [
      ...(media.example !== undefined ? [['example', media.example] as [string, unknown]] : []),
      ...Object.entries(media.examples ?? {}).map(([name, e]) => [name, e.value] as [string, unknown]),
    ];
    for (const [name, value] of examples) {
      results.push({ where: `${pointer.join(' ')} ${name}`, errors: validate(value) ? [] : formatErrors(validate.errors) });
    }
  };
  for (const [template, operations] of Object.entries(openApiDocument.paths)) {
    for (const [verb, operation] of Object.entries(operations as Record<string, Operation & { requestBody?: { content?: Record<string, ExampleHolder> } }>)) {
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) check(['paths', template, verb, 'requestBody', 'content', type], media);
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [type, media] of Object.entries((response.content ?? {}) as Record<string, ExampleHolder>)) check(['paths', template, verb, 'responses', status, 'content', type], media);
      }
    }
  }
  for (const [name, response] of Object.entries(openApiDocument.components.responses ?? {})) {
    for (const [type, media] of Object.entries((response.content ?? {}) as Record<string, ExampleHolder>)) check(['components', 'responses', name, 'content', type], media);
  }
  return results;
}
