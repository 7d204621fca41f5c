import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { buildOpenApiDocument } from '@rma-hub/openapi';
import { CLAIM_ACTIONS, type ClaimActionName } from '@rma-hub/domain';
import { apiAs, eventually, VALID_ACTION_BODIES } from '@rma-hub/testing';
import type { Expected, Role } from './callers';
import { OWNER, OWNER_DISTRIBUTOR, ownerClaim, type ClaimTag, type Foreign } from './foreign';

/** The table of operations: for each, requests that fill its parameters with the foreign resources, and what a caller may get. */
export interface ProbeRequest {
  method: string;
  path: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}
export type Answer = { status: number; body: any; text: string; headers: Record<string, string> };
/** What an answer shows: its headers (a Location, a Link) and its body, as sent. */
export const shownIn = (answer: Answer) => `${Object.entries(answer.headers).map(([name, value]) => `${name}: ${value}`).join('\n')}\n\n${answer.text}`;
export type Api = ReturnType<typeof apiAs>;

export interface Probe {
  /** The OpenAPI operation, "METHOD /template". */
  operation: string;
  /** What the request is about. */
  about: string;
  request(f: Foreign, caller: string): ProbeRequest;
  expected(role: Role): Expected;
  /** Further reads of what the call created (the caller's own job), scanned for leaks too. */
  follow?(api: Api, answer: Answer, role: Role): Promise<Answer[]>;
}

const everyone = (status: number, code?: string) => (): Expected => ({ status, ...(code ? { code } : {}) });
const NOT_FOUND_CLAIM = everyone(404, 'CLAIM.NOT_FOUND');
const OPERATOR_ONLY = everyone(403, 'AUTH.OPERATOR_ONLY');
const LISTED = everyone(200);

const ACTION_BODIES: Record<ClaimActionName, object> = { ...VALID_ACTION_BODIES, authorize: { rmaNumber: 'FORGED-RMA-1' } };

const ndjson = (lines: unknown[]) => lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n');
export const IMPORT_FILE = ndjson([ownerClaim('D'), '{"reference": "CHARLIE-MATRIX-BROKEN"']);
export const jobDone = (api: Api, jobId: string) =>
  eventually(async () => {
    const job = await api.get(`/v1/bulk/${jobId}`);
    expect(job.body.state).toBe('done');
    return job;
  });

/** The caller's own new claim once its portal has answered, with its timeline: what the hub made of the owner's values. */
async function settledClaim(api: Api, id: string): Promise<Answer[]> {
  const claim = await eventually(async () => {
    const view = await api.get(`/v1/claims/${id}`);
    expect(['submitted', 'forwarded']).not.toContain(view.body.status);
    return view;
  });
  return [claim, await api.get(`/v1/claims/${id}/events`)];
}

const claimProbes = (tag: ClaimTag, status: string): Probe[] => [
  { operation: 'GET /v1/claims/{id}', about: `claim ${tag} (${status})`, request: (f) => ({ method: 'GET', path: `/v1/claims/${f.claims[tag].id}` }), expected: NOT_FOUND_CLAIM },
  { operation: 'GET /v1/claims/{id}/events', about: `claim ${tag} (${status})`, request: (f) => ({ method: 'GET', path: `/v1/claims/${f.claims[tag].id}/events` }), expected: NOT_FOUND_CLAIM },
  ...CLAIM_ACTIONS.map(
    (action): Probe => ({
      operation: 'POST /v1/claims/{id}/actions/{action}',
      about: `${action} claim ${tag} (${status})`,
      request: (f) => ({ method: 'POST', path: `/v1/claims/${f.claims[tag].id}/actions/${action}`, body: ACTION_BODIES[action], headers: { 'idempotency-key': `matrix-${action}` } }),
      expected: NOT_FOUND_CLAIM,
    }),
  ),
];

const listClaims = (about: string, query: (f: Foreign) => string): Probe => ({
  operation: 'GET /v1/claims',
  about,
  request: (f) => ({ method: 'GET', path: `/v1/claims?limit=200${query(f)}` }),
  expected: LISTED,
});

export const PROBES: Probe[] = [
  // Figures over the caller's own chain (test/e2e/analytics.e2e-spec.ts counts them); asked about the owner chain, they show none of its values.
  ...(['hops', 'outcomes', 'charges'] as const).map(
    (figure): Probe => ({
      operation: `GET /v1/analytics/${figure}`,
      about: "the owner chain's distributor and manufacturer as filters",
      request: () => ({ method: 'GET', path: `/v1/analytics/${figure}?distributor=${OWNER_DISTRIBUTOR}&manufacturer=ubiquiti` }),
      expected: LISTED,
    }),
  ),
  { operation: 'GET /v1/me', about: 'the caller itself (its own party, nothing of the owner)', request: () => ({ method: 'GET', path: '/v1/me' }), expected: LISTED },
  ...claimProbes('A', 'resolved: replaced under an RMA number'),
  ...claimProbes('C', 'in review'),
  { operation: 'GET /v1/claims/{id}', about: 'claim D (imported, in review)', request: (f) => ({ method: 'GET', path: `/v1/claims/${f.claims.D.id}` }), expected: NOT_FOUND_CLAIM },
  { operation: 'GET /v1/claims/{id}', about: 'claim E (portal call dead-lettered)', request: (f) => ({ method: 'GET', path: `/v1/claims/${f.claims.E.id}` }), expected: NOT_FOUND_CLAIM },
  listClaims('all of mine', () => ''),
  listClaims("by claim A's reseller reference", (f) => `&reference=${f.claims.A.body.reference}`),
  listClaims("by claim A's distributor reference", (f) => `&reference=${f.claims.A.distributorReference}`),
  listClaims("by claim A's RMA number", (f) => `&reference=${f.claims.A.rmaNumber}`),
  listClaims('in review', () => '&status=in_review'),
  listClaims('resolved', () => '&status=resolved'),
  listClaims('waiting on me', () => '&waitingOn=me'),
  { operation: 'GET /v1/serials/{serial}/history', about: "claim A's serial", request: (f) => ({ method: 'GET', path: `/v1/serials/${f.claims.A.body.lines[0]!.serial}/history` }), expected: LISTED },
  { operation: 'GET /v1/serials/{serial}/history', about: "claim A's replacement serial", request: (f) => ({ method: 'GET', path: `/v1/serials/${f.claims.A.replacementSerial}/history` }), expected: LISTED },
  {
    operation: 'POST /v1/claims/{id}/actions/{action}',
    about: "forward claim E as its distributor did, under the same Idempotency-Key",
    request: (f) => ({ method: 'POST', path: `/v1/claims/${f.claims.E.id}/actions/forward`, body: { note: 'reviewed' }, headers: { 'idempotency-key': 'matrix-forward-E' } }),
    expected: NOT_FOUND_CLAIM,
  },
  { operation: 'GET /v1/serials/{serial}/history', about: "claim D's serial", request: (f) => ({ method: 'GET', path: `/v1/serials/${f.claims.D.body.lines[0]!.serial}/history` }), expected: LISTED },
  { operation: 'GET /v1/bulk', about: 'all of mine', request: () => ({ method: 'GET', path: '/v1/bulk' }), expected: LISTED },
  { operation: 'GET /v1/bulk', about: 'mine after the foreign forward job', request: (f) => ({ method: 'GET', path: `/v1/bulk?kind=forward&cursor=${f.forwardJobId}` }), expected: LISTED },
  { operation: 'GET /v1/bulk/{jobId}', about: 'the import job', request: (f) => ({ method: 'GET', path: `/v1/bulk/${f.importJobId}` }), expected: everyone(404, 'BULK_JOB.NOT_FOUND') },
  { operation: 'GET /v1/bulk/{jobId}', about: 'the forward job', request: (f) => ({ method: 'GET', path: `/v1/bulk/${f.forwardJobId}` }), expected: everyone(404, 'BULK_JOB.NOT_FOUND') },
  { operation: 'GET /v1/bulk/{jobId}/outcomes', about: 'the forward job', request: (f) => ({ method: 'GET', path: `/v1/bulk/${f.forwardJobId}/outcomes` }), expected: everyone(404, 'BULK_JOB.NOT_FOUND') },
  { operation: 'GET /v1/bulk/{jobId}/outcomes', about: 'the import job', request: (f) => ({ method: 'GET', path: `/v1/bulk/${f.importJobId}/outcomes` }), expected: everyone(404, 'BULK_JOB.NOT_FOUND') },
  { operation: 'GET /v1/subscriptions', about: 'all of mine', request: () => ({ method: 'GET', path: '/v1/subscriptions' }), expected: LISTED },
  {
    operation: 'GET /v1/subscriptions/{id}/deliveries',
    about: "the owner's subscription",
    request: (f) => ({ method: 'GET', path: `/v1/subscriptions/${f.subscription.id}/deliveries` }),
    expected: everyone(404, 'SUBSCRIPTION.NOT_FOUND'),
  },
  {
    operation: 'GET /v1/subscriptions/{id}/deliveries',
    about: 'my own subscription, made before the foreign claims',
    request: (f, caller) => ({ method: 'GET', path: `/v1/subscriptions/${f.ownSubscriptions[caller] ?? f.subscription.id}/deliveries` }),
    expected: LISTED,
  },
  { operation: 'GET /v1/admin/dead-letters', about: 'all', request: () => ({ method: 'GET', path: '/v1/admin/dead-letters' }), expected: OPERATOR_ONLY },
  { operation: 'GET /v1/admin/dead-letters', about: "the connectors'", request: () => ({ method: 'GET', path: '/v1/admin/dead-letters?consumer=rma-hub.connectors' }), expected: OPERATOR_ONLY },
  {
    operation: 'POST /v1/admin/dead-letters/{id}/replay',
    about: "claim E's dead letter",
    request: (f) => ({ method: 'POST', path: `/v1/admin/dead-letters/${f.deadLetterId}/replay`, headers: { 'idempotency-key': 'matrix-replay' } }),
    expected: OPERATOR_ONLY,
  },
  { operation: 'GET /v1/admin/network', about: 'parties, routes and policies', request: () => ({ method: 'GET', path: '/v1/admin/network' }), expected: OPERATOR_ONLY },
  { operation: 'GET /v1/admin/services', about: "every instance's health", request: () => ({ method: 'GET', path: '/v1/admin/services' }), expected: OPERATOR_ONLY },
  { operation: 'GET /v1/admin/api-keys', about: "the owner's", request: () => ({ method: 'GET', path: `/v1/admin/api-keys?party=${OWNER}` }), expected: OPERATOR_ONLY },
  { operation: 'POST /v1/admin/api-keys', about: 'a key for the owner', request: () => ({ method: 'POST', path: '/v1/admin/api-keys', body: { party: OWNER, label: 'stolen' } }), expected: OPERATOR_ONLY },
  { operation: 'POST /v1/admin/api-keys', about: 'a key for myself', request: (_f, caller) => ({ method: 'POST', path: '/v1/admin/api-keys', body: { party: caller, label: 'mine' } }), expected: OPERATOR_ONLY },
  { operation: 'DELETE /v1/admin/api-keys/{id}', about: "the owner's live key", request: (f) => ({ method: 'DELETE', path: `/v1/admin/api-keys/${f.liveKey.id}` }), expected: OPERATOR_ONLY },
];

/**
 * Creating one's own claim, job or subscription out of the owner's values and Idempotency-Keys: the
 * caller gets its own resource (or its role's 403), never the owner's. These rows run last, since
 * what they create carries the owner's references and URL as the caller's own from then on.
 */
export const CREATE_PROBES: Probe[] = [
  {
    operation: 'POST /v1/claims',
    about: "claim A's body under the owner's Idempotency-Key",
    request: (f) => ({ method: 'POST', path: '/v1/claims', body: f.claims.A.body, headers: { 'idempotency-key': 'matrix-claim-A' } }),
    expected: (role) => (role === 'reseller' ? { status: 201 } : { status: 403, code: 'CLAIM.SUBMITTER_NOT_RESELLER' }),
    follow: (api, answer) => settledClaim(api, answer.body.id),
  },
  {
    operation: 'POST /v1/bulk/claims',
    about: "the owner's file under the owner's Idempotency-Key",
    request: () => ({ method: 'POST', path: '/v1/bulk/claims', rawBody: IMPORT_FILE, headers: { 'content-type': 'application/x-ndjson', 'idempotency-key': 'matrix-import' } }),
    expected: (role) => (role === 'manufacturer' ? { status: 403, code: 'BULK.NOT_ALLOWED' } : { status: 202 }),
    follow: async (api, answer) => {
      const job = await jobDone(api, answer.body.jobId);
      // A reseller's line becomes its own claim, a distributor's (naming no reseller) a line error.
      const own = (await api.get(`/v1/claims?reference=${ownerClaim('D').reference}`)).body.claims as { id: string }[];
      return [job, ...(await Promise.all(own.map((claim) => settledClaim(api, claim.id)))).flat()];
    },
  },
  {
    operation: 'POST /v1/bulk/forward',
    about: "claims A and C by id, under the owner's Idempotency-Key",
    request: (f) => ({ method: 'POST', path: '/v1/bulk/forward', body: { claims: [f.claims.A.id, f.claims.C.id] }, headers: { 'idempotency-key': 'matrix-forward' } }),
    expected: (role) => (role === 'distributor' ? { status: 202 } : { status: 403, code: 'BULK.NOT_ALLOWED' }),
    follow: async (api, answer) => {
      const job = await jobDone(api, answer.body.jobId);
      expect(job.body.counts).toMatchObject({ accepted: 0, rejected: 2 });
      const outcomes = await api.get(`/v1/bulk/${answer.body.jobId}/outcomes`);
      // Refused as if the claims did not exist: no manufacturer, no status, no portal progress.
      for (const item of outcomes.body.items) expect(item).toMatchObject({ outcome: 'refused', manufacturer: null, status: null, upstream: 'none', detail: 'Claim not found' });
      return [job, outcomes];
    },
  },
  {
    operation: 'POST /v1/bulk/forward',
    about: 'every claim in review (filter)',
    request: () => ({ method: 'POST', path: '/v1/bulk/forward', body: { filter: {} } }),
    expected: (role) => (role === 'distributor' ? { status: 202 } : { status: 403, code: 'BULK.NOT_ALLOWED' }),
    follow: async (api, answer) => {
      expect(answer.body.received).toBe(0);
      return [await jobDone(api, answer.body.jobId), await api.get(`/v1/bulk/${answer.body.jobId}/outcomes`)];
    },
  },
  {
    operation: 'POST /v1/subscriptions',
    about: "the owner's URL under the owner's Idempotency-Key",
    request: (f) => ({ method: 'POST', path: '/v1/subscriptions', body: { url: f.subscription.url }, headers: { 'idempotency-key': 'matrix-subscribe' } }),
    expected: everyone(201),
  },
  {
    // Duplicates are counted per reseller across all its claims: the route has to be checked first, or
    // a distributor would learn which references another chain's reseller has used.
    operation: 'POST /v1/bulk/claims',
    about: "claim A's line naming the owner as its reseller",
    request: (f) => ({ method: 'POST', path: '/v1/bulk/claims', rawBody: ndjson([{ ...f.claims.A.body, reseller: OWNER }]), headers: { 'content-type': 'application/x-ndjson' } }),
    expected: (role) => (role === 'manufacturer' ? { status: 403, code: 'BULK.NOT_ALLOWED' } : { status: 202 }),
    follow: async (api, answer, role) => {
      const job = await jobDone(api, answer.body.jobId);
      if (role === 'distributor') expect(job.body).toMatchObject({ counts: { accepted: 0, duplicates: 0, rejected: 1 }, errors: { items: [{ line: 1, pointer: '/manufacturer' }] } });
      return [job];
    },
  },
];

/** The receiver authenticates each report by the portal's HMAC; an API key is no credential there. */
const unsignedReport = (f: Foreign) => JSON.stringify({ type: 'rma.status_changed', timestamp: new Date().toISOString(), data: { rmaNumber: f.claims.A.rmaNumber, status: 'RECEIVED' } });
export const WEBHOOK_PROBES: Probe[] = [
  {
    operation: 'POST /v1/webhooks/{manufacturer}',
    about: "an unsigned report on claim A's RMA",
    request: (f) => ({ method: 'POST', path: '/v1/webhooks/ubiquiti', rawBody: unsignedReport(f), headers: { 'content-type': 'application/json' } }),
    expected: everyone(401, 'WEBHOOK.HEADERS_MISSING'),
  },
  {
    operation: 'POST /v1/webhooks/{manufacturer}',
    about: "a report on claim A's RMA signed with the owner's subscription secret",
    request: (f) => {
      const body = unsignedReport(f);
      const id = `msg_matrix_${randomBytes(6).toString('hex')}`;
      const at = new Date();
      const signature = new Webhook(f.subscription.secret).sign(id, at, body);
      return { method: 'POST', path: '/v1/webhooks/ubiquiti', rawBody: body, headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signature } };
    },
    expected: everyone(401, 'WEBHOOK.SIGNATURE_INVALID'),
  },
];

/** Operations without an API key, and why none is needed. */
export const PUBLIC_OPERATIONS: Record<string, string> = {
  'GET /healthz': 'liveness, for the orchestrator; answers nothing about any party',
  'GET /readyz': 'readiness, for the orchestrator; names dependencies, never a party',
  'GET /metrics': 'Prometheus figures, aggregated by service and topic, never by party or claim',
  'GET /docs': 'the API reference (SPEC §4: anyone)',
  'GET /docs/': 'the API reference page',
  'GET /docs/js/scalar.js': "the reference page's script",
  'GET /docs/openapi.json': 'the OpenAPI document',
  'GET /docs/openapi.yaml': 'the OpenAPI document',
  'GET /app': 'the web workspace’s page: static files, no data; it signs in and reads through the API like any client',
  'GET /app/': 'the web workspace’s page, as /app',
  'GET /app/*': 'the web workspace’s files and pages (the same index.html for every page)',
  'POST /v1/webhooks/{manufacturer}': "authenticated by the portal's HMAC signature, not an API key: its own rows below (every caller, 401)",
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The same request about fresh ids instead of the foreign ones, and how to map its answer back onto them. */
export function twinOf(request: ProbeRequest): { request: ProbeRequest; restore(text: string): string } {
  const fresh = new Map<string, string>();
  const path = request.path.replace(UUID, (id) => {
    if (!fresh.has(id)) fresh.set(id, randomUUID());
    return fresh.get(id)!;
  });
  return { request: { ...request, path }, restore: (text) => [...fresh].reduce((restored, [id, twin]) => restored.replaceAll(twin, id), text) };
}

export function documentedOperations(): { operation: string; public: boolean }[] {
  return Object.entries(buildOpenApiDocument().paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { security?: unknown[] }>).map(([method, operation]) => ({ operation: `${method.toUpperCase()} ${path}`, public: Array.isArray(operation.security) && operation.security.length === 0 })),
  );
}

