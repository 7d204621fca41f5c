import type { Readable } from 'node:stream';
import { createHubClient, type ClaimAction, type operations } from '@rma-hub/api-client';
import { CliError } from '../errors';
import { problemFrom, ProblemError } from './problem';

type QueryOf<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;
type JsonBodyOf<O extends keyof operations> = NonNullable<operations[O]['requestBody']> extends { content: { 'application/json': infer B } } ? B : never;
export type ClaimsQuery = QueryOf<'listClaims'>;
export type ForwardRequest = JsonBodyOf<'forwardClaims'>;

/** An answer of the generated client: its body when the hub said yes, the problem it answered when it said no. */
type Answer<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

const keyed = (idempotencyKey: string | undefined) => ({ header: { 'Idempotency-Key': idempotencyKey } });

/**
 * What the CLI asks of the hub, each call typed by the API's OpenAPI document (libs/api-client);
 * an error answer becomes a ProblemError, an unreachable hub a CliError.
 */
export class HubClient {
  private readonly api;

  constructor(
    private readonly baseUrl: string,
    apiKey: string,
  ) {
    this.api = createHubClient(baseUrl, apiKey);
  }

  claim(id: string) {
    return this.answer(this.api.GET('/v1/claims/{id}', { params: { path: { id } } }));
  }

  claims(query: ClaimsQuery) {
    return this.answer(this.api.GET('/v1/claims', { params: { query } }));
  }

  /** One page of the timeline: the events after `after` (a seq). */
  events(claimId: string, after = 0) {
    return this.answer(this.api.GET('/v1/claims/{id}/events', { params: { path: { id: claimId }, query: { after } } }));
  }

  /** `claim` goes as it is, and the hub validates it. */
  submit(claim: unknown, idempotencyKey: string) {
    return this.answer(this.api.POST('/v1/claims', { params: keyed(idempotencyKey), body: claim as JsonBodyOf<'submitClaim'> }));
  }

  /** `body` goes as it is (built from flags, or a file), and the hub validates it against the action. */
  act(claimId: string, action: ClaimAction, body: unknown, idempotencyKey: string) {
    return this.answer(
      this.api.POST('/v1/claims/{id}/actions/{action}', {
        params: { path: { id: claimId, action }, ...keyed(idempotencyKey) },
        body: body as JsonBodyOf<'takeClaimAction'>,
      }),
    );
  }

  /** Streams `file` as the request body, so a file of any size is never held in memory. */
  importClaims(file: Readable, contentType: 'application/x-ndjson' | 'text/csv', idempotencyKey: string | undefined) {
    return this.answer(
      this.api.POST('/v1/bulk/claims', {
        params: keyed(idempotencyKey),
        headers: { 'content-type': contentType },
        // fetch sends a stream as it is read; the document can only call the body a string.
        body: file as unknown as string,
        bodySerializer: (body) => body,
        duplex: 'half',
      }),
    );
  }

  forward(request: ForwardRequest, idempotencyKey: string | undefined) {
    return this.answer(this.api.POST('/v1/bulk/forward', { params: keyed(idempotencyKey), body: request }));
  }

  job(jobId: string, query: QueryOf<'getBulkJob'> = {}) {
    return this.answer(this.api.GET('/v1/bulk/{jobId}', { params: { path: { jobId }, query } }));
  }

  outcomes(jobId: string, query: QueryOf<'getBulkForwardOutcomes'>) {
    return this.answer(this.api.GET('/v1/bulk/{jobId}/outcomes', { params: { path: { jobId }, query } }));
  }

  createKey(party: string, label: string) {
    return this.answer(this.api.POST('/v1/admin/api-keys', { body: { party, label } }));
  }

  keys(party: string | undefined) {
    return this.answer(this.api.GET('/v1/admin/api-keys', { params: { query: party ? { party } : {} } }));
  }

  revokeKey(id: string) {
    return this.answer(this.api.DELETE('/v1/admin/api-keys/{id}', { params: { path: { id } } }));
  }

  private async answer<T>(call: Answer<T>): Promise<T> {
    const { data, error, response } = await call.catch((failure: unknown) => {
      throw new CliError(`cannot reach the hub at ${this.baseUrl}: ${reasonOf(failure)}`);
    });
    if (!response.ok) throw new ProblemError(problemFrom(response.status, response.statusText, error));
    return data as T;
  }
}

/** fetch hides the socket error (ECONNREFUSED, ENOTFOUND, …) in `cause`. */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
