import type { Readable } from 'node:stream';
import { CliError } from '../errors';
import { problemFrom, ProblemError } from './problem';

export type Query = Record<string, string | number | undefined>;

/** The hub's HTTP API with the caller's API key; an error answer becomes a ProblemError. */
export class HubClient {
  private readonly base: string;

  constructor(
    baseUrl: string,
    private readonly apiKey: string,
  ) {
    // A trailing slash keeps a base path (https://host/rma-hub) when joining relative paths.
    this.base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  }

  get<T>(path: string, query: Query = {}): Promise<T> {
    return this.send<T>('GET', path, query, {});
  }

  post<T>(path: string, body: unknown, idempotencyKey?: string): Promise<T> {
    return this.send<T>('POST', path, {}, { headers: { 'content-type': 'application/json', ...keyed(idempotencyKey) }, body: JSON.stringify(body) });
  }

  /** Streams `body` as the request body, so a file of any size is never held in memory. */
  upload<T>(path: string, body: Readable, contentType: string, idempotencyKey?: string): Promise<T> {
    return this.send<T>('POST', path, {}, { headers: { 'content-type': contentType, ...keyed(idempotencyKey) }, body, duplex: 'half' });
  }

  private async send<T>(method: string, path: string, query: Query, init: RequestInit): Promise<T> {
    const url = new URL(path.replace(/^\//, ''), this.base);
    for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        ...init,
        method,
        headers: { accept: 'application/json, application/problem+json', ...(init.headers as Record<string, string>), authorization: `Bearer ${this.apiKey}` },
      });
      text = await response.text();
    } catch (error) {
      throw new CliError(`cannot reach the hub at ${this.base}: ${reasonOf(error)}`);
    }
    if (!response.ok) throw new ProblemError(problemFrom(response.status, response.statusText, text));
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

const keyed = (idempotencyKey: string | undefined): Record<string, string> => (idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey });

/** fetch hides the socket error (ECONNREFUSED, ENOTFOUND, …) in `cause`. */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
