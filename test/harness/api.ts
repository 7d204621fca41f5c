import { OpenApiContract } from './openapi-contract';

let contract: OpenApiContract | undefined;

/** A request as sent: a JSON body, or a raw one (a bulk file) with its own content type. */
export interface ApiRequest {
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

/**
 * A minimal client for the hub's HTTP API as a party sees it. Every answer is checked against the
 * OpenAPI document (its operation, status, media type and body schema), so an answer the document
 * does not describe fails the test that received it. A null key sends no Authorization header;
 * `headers.authorization` replaces the one the key makes. Answers keep their raw `text` and headers.
 */
export function apiAs(baseUrl: string, apiKey: string | null) {
  const send = async (method: string, path: string, request: ApiRequest = {}) => {
    const { body, rawBody, headers = {} } = request;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(apiKey === null ? {} : { authorization: `Bearer ${apiKey}` }), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(rawBody !== undefined ? { body: rawBody } : body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const answer = { status: response.status, contentType: response.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
    contract ??= new OpenApiContract();
    contract.check({ method, url: path, ...answer });
    return { ...answer, text, headers: Object.fromEntries(response.headers) };
  };
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => send('POST', path, { body, headers }),
    request: (method: string, path: string, body?: unknown) => send(method, path, { body }),
    send,
  };
}
