import { CLAIM_PROBLEM_STATUS_AND_TITLE } from '@rma-hub/platform';

interface ProblemKind {
  status: number;
  /** When the hub answers it, for the reader of the document. */
  when: string;
}

const claimProblems = Object.fromEntries(
  Object.entries(CLAIM_PROBLEM_STATUS_AND_TITLE).map(([code, [status, title]]) => [code, { status, when: title }]),
) as Record<keyof typeof CLAIM_PROBLEM_STATUS_AND_TITLE, ProblemKind>;

/**
 * Every problem code the gateway and the webhook receiver answer, with its HTTP status. A unit test
 * reads the sources for the codes they raise, so a code missing here fails the build.
 */
export const PROBLEM_CODES = {
  'REQUEST.INVALID': { status: 400, when: 'the body or the query fails validation; `errors` names each field and why' },
  'REQUEST.MALFORMED': { status: 400, when: 'the body cannot be parsed (not JSON)' },
  'REQUEST.TOO_LARGE': { status: 413, when: 'the body exceeds HTTP_BODY_LIMIT_BYTES (1 MiB by default), an array in it holds more than HTTP_MAX_ARRAY_ITEMS (10,000: the most claim ids a bulk forward names; most fields have a lower maximum in their schema) items, or it nests deeper than HTTP_MAX_JSON_DEPTH (32); `errors` names the place (bulk files are streamed, within their own limits: see BULK.UPLOAD_TOO_LARGE)' },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': { status: 415, when: 'the Content-Type is not one the route reads' },
  'ROUTE.NOT_FOUND': { status: 404, when: 'no such route' },
  'REQUEST.BAD_PATH': { status: 400, when: 'a path segment is not valid percent-encoded UTF-8, or holds a NUL character or a lone surrogate' },
  'REQUEST.PATH_TOO_LONG': { status: 414, when: 'a path segment is longer than 100 characters (no id or name on the hub is)' },
  INTERNAL: { status: 500, when: 'an unexpected error; it is logged, its details are never sent' },
  'SERVICE.UNAVAILABLE': { status: 503, when: 'PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key' },
  'AUTH.INVALID_API_KEY': { status: 401, when: 'no `Authorization: Bearer <api key>`, or a key the hub does not know' },
  'AUTH.OPERATOR_ONLY': { status: 403, when: 'the caller is not an operator' },
  'AUTH.TOO_MANY_FAILURES': { status: 429, when: 'this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again' },
  'IDEMPOTENCY.KEY_INVALID': { status: 400, when: 'the Idempotency-Key is empty or longer than 200 characters' },
  'IDEMPOTENCY.KEY_REUSED': { status: 422, when: 'the Idempotency-Key was used for a different request (another body, file, path or endpoint)' },
  'IDEMPOTENCY.IN_PROGRESS': { status: 409, when: 'an upload with this Idempotency-Key is still being received; repeat the request once it is answered' },
  ...claimProblems,
  'CLAIM.UNKNOWN_ACTION': { status: 404, when: 'the action is not one of the claim actions' },
  'BULK.NOT_ALLOWED': { status: 403, when: "the caller's role does not run this kind of bulk job" },
  'BULK.UNSUPPORTED_MEDIA_TYPE': { status: 415, when: 'a bulk file that is neither application/x-ndjson nor text/csv' },
  'BULK.UPLOAD_TOO_LARGE': { status: 413, when: 'the file is larger than BULK_MAX_UPLOAD_BYTES (100 MiB by default); reading stops there and nothing is stored' },
  'BULK.TOO_MANY_LINES': { status: 413, when: 'the file has more lines than BULK_MAX_LINES (1,000,000 by default); nothing is stored' },
  'BULK.LINE_TOO_LARGE': { status: 413, when: 'a CSV record is longer than BULK_MAX_LINE_BYTES (64 KiB by default; an NDJSON line over it is a line error instead); nothing is stored' },
  'BULK_JOB.NOT_FOUND': { status: 404, when: "no such job of the caller's" },
  'SUBSCRIPTION.URL_NOT_ALLOWED': { status: 422, when: 'the URL is not HTTPS or resolves to a private, loopback or otherwise non-public address' },
  'SUBSCRIPTION.NOT_FOUND': { status: 404, when: "no such subscription of the caller's" },
  'DEAD_LETTER.NOT_FOUND': { status: 404, when: 'no such dead letter' },
  'DEAD_LETTER.STILL_INVALID': { status: 422, when: 'the message still breaks its contract; `errors` says where' },
  'DEAD_LETTER.NOT_REPLAYABLE': { status: 422, when: 'the letter names no known topic or has no key' },
  'API_KEY.UNKNOWN_PARTY': { status: 422, when: 'the key is for a party the network does not have' },
  'API_KEY.NOT_FOUND': { status: 404, when: 'no such API key' },
  'WEBHOOK_ENDPOINT.NOT_FOUND': { status: 404, when: 'the manufacturer has no portal that sends webhooks, or no webhook secret' },
  'WEBHOOK.HEADERS_MISSING': { status: 401, when: 'webhook-id, webhook-timestamp or webhook-signature is missing' },
  'WEBHOOK.HEADERS_INVALID': { status: 401, when: 'the webhook headers are malformed' },
  'WEBHOOK.TIMESTAMP_STALE': { status: 401, when: 'webhook-timestamp is more than 5 minutes old' },
  'WEBHOOK.TIMESTAMP_IN_FUTURE': { status: 401, when: 'webhook-timestamp is more than 5 minutes ahead' },
  'WEBHOOK.SIGNATURE_INVALID': { status: 401, when: "no signature matches any of the manufacturer's current secrets" },
  'WEBHOOK.PAYLOAD_INVALID': { status: 400, when: "the body does not match the portal's webhook contract; `errors` says where" },
  'WEBHOOK.UNKNOWN_STATUS': { status: 422, when: 'a portal status the hub does not map' },
  'WEBHOOK.UNKNOWN_RMA': { status: 422, when: "no claim line carries the portal's RMA number" },
  'HEALTH.NOT_READY': { status: 503, when: 'a dependency of the service is down; the body says which' },
} satisfies Record<string, ProblemKind>;

export type ProblemCode = keyof typeof PROBLEM_CODES;
