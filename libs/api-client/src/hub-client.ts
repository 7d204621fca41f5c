import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

/** The hub's HTTP API, typed by its OpenAPI document: every path, parameter, body and answer. */
export type HubClient = Client<paths>;

/**
 * A client of the hub's API for one party's API key; plain `fetch`, so it runs in Node and in
 * browsers alike. A base URL with a path (https://example.com/rma-hub) is kept. `options` passes
 * through to openapi-fetch (a custom `fetch`, …).
 */
export function createHubClient(baseUrl: string, apiKey: string, options: Omit<ClientOptions, 'baseUrl' | 'headers'> = {}): HubClient {
  return createClient<paths>({
    ...options,
    baseUrl,
    headers: { accept: 'application/json, application/problem+json', authorization: `Bearer ${apiKey}` },
  });
}
