import { OpenApiContract } from './openapi-contract';

let contract: OpenApiContract | undefined;

/**
 * A minimal client for the hub's HTTP API as a party sees it. Every answer is checked against the
 * OpenAPI document (its operation, status, media type and body schema), so an answer the document
 * does not describe fails the test that received it.
 */
export function apiAs(baseUrl: string, apiKey: string) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const answer = { status: response.status, contentType: response.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
    contract ??= new OpenApiContract();
    contract.check({ method, url: path, ...answer });
    return answer;
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => call('POST', path, body, headers),
    request: (method: string, path: string, body?: unknown) => call(method, path, body),
  };
}
