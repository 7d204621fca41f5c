import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { buildOpenApiDocument, type OpenApiDocument } from '@rma-hub/openapi';

interface DocumentedResponse {
  content?: Record<string, { schema?: object }>;
}

interface Operation {
  method: string;
  template: string;
  segments: string[];
  responses: Record<string, DocumentedResponse>;
}

const DOCUMENT_ID = 'openapi';
const JSON_MEDIA_TYPES = ['application/json', 'application/problem+json'];

/** A JSON Pointer into the document as a URI fragment (RFC 6901 §6). */
const pointer = (tokens: string[]) => `${DOCUMENT_ID}#${tokens.map((token) => `/${encodeURIComponent(token.replaceAll('~', '~0').replaceAll('/', '~1'))}`).join('')}`;

const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => `  ${error.instancePath || '(body)'} ${error.message}${error.params && Object.keys(error.params).length ? ` ${JSON.stringify(error.params)}` : ''}`).join('\n');

/**
 * Checks answers of the running hub against the OpenAPI document: the operation for the method and
 * path, the status among its responses, the media type among that response's, and a JSON body
 * against its schema (JSON Schema 2020-12, as OpenAPI 3.1 uses it).
 */
export class OpenApiContract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  private readonly operations: Operation[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument = buildOpenApiDocument()) {
    this.ajv.addSchema(JSON.parse(JSON.stringify(document)) as object, DOCUMENT_ID);
    this.operations = Object.entries(document.paths ?? {}).flatMap(([template, item]) =>
      Object.entries(item as Record<string, { responses?: Record<string, DocumentedResponse> }>)
        .filter(([, operation]) => operation.responses)
        .map(([method, operation]) => ({ method: method.toUpperCase(), template, segments: template.split('/'), responses: operation.responses! })),
    );
  }

  /** The documented operation for a request: a concrete path wins over a templated one. */
  operationFor(method: string, url: string): Operation | undefined {
    const segments = new URL(url, 'http://hub').pathname.split('/');
    const matches = this.operations.filter(
      (operation) =>
        operation.method === method &&
        operation.segments.length === segments.length &&
        operation.segments.every((segment, index) => (segment.startsWith('{') ? segments[index] !== '' : segment === segments[index])),
    );
    const parameters = (operation: Operation) => operation.segments.filter((segment) => segment.startsWith('{')).length;
    return matches.sort((a, b) => parameters(a) - parameters(b))[0];
  }

  /** Throws, saying precisely what differs, unless the answer is one the document describes. */
  check(answer: { method: string; url: string; status: number; contentType: string | null; body: unknown }): void {
    const { method, url, status, body } = answer;
    const request = `${method} ${url}`;
    const operation = this.operationFor(method, url);
    if (!operation) throw new Error(`${request}: no such operation in the OpenAPI document`);
    const documented = `${operation.method} ${operation.template}`;
    const statusKey = String(status) in operation.responses ? String(status) : 'default';
    const response = operation.responses[statusKey];
    if (!response) throw new Error(`${request} answered ${status}, which the OpenAPI document does not list for ${documented} (it lists ${Object.keys(operation.responses).join(', ')})`);
    if (body === undefined) return;
    const mediaType = (answer.contentType ?? '').split(';')[0]!.trim();
    if (!response.content?.[mediaType]) {
      throw new Error(`${request} answered ${status} as ${mediaType || 'no media type'}; the document has ${Object.keys(response.content ?? {}).join(', ') || 'no body'} for ${documented} ${statusKey}`);
    }
    if (!JSON_MEDIA_TYPES.includes(mediaType)) return;
    const validate = this.validatorFor(['paths', operation.template, operation.method.toLowerCase(), 'responses', statusKey, 'content', mediaType, 'schema']);
    if (!validate(body)) {
      throw new Error(`${request} answered ${status} with a body that does not match ${documented} ${statusKey} in the OpenAPI document:\n${describeErrors(validate.errors)}\nbody: ${JSON.stringify(body).slice(0, 2000)}`);
    }
  }

  private validatorFor(tokens: string[]): ValidateFunction {
    const ref = pointer(tokens);
    let validate = this.validators.get(ref);
    if (!validate) {
      validate = this.ajv.compile({ $ref: ref });
      this.validators.set(ref, validate);
    }
    return validate;
  }
}
