import { randomBytes } from 'node:crypto';
import { apiAs, eventually, portalFaults, ubiquitiReports, useSubscriber, useTestHub } from '@rma-hub/testing';
import { OpenApiContract } from '../harness/openapi-contract';
import { CALLERS, KEYED_CALLERS, type CallerCase, type Expected } from './authorization-matrix/callers';
import { CLAIM_TAGS, leaked, OWNER, OWNER_DISTRIBUTOR, ownerClaim, REPLACEMENT_SERIAL, secretsOf, type ClaimFacts, type ClaimTag, type Foreign } from './authorization-matrix/foreign';
import { CREATE_PROBES, documentedOperations, IMPORT_FILE, jobDone, PROBES, PUBLIC_OPERATIONS, shownIn, twinOf, WEBHOOK_PROBES, type Probe } from './authorization-matrix/probes';

/**
 * Every operation of the OpenAPI document × every caller that is not entitled to one party's
 * resources (SPEC §4: "A party sees only claims on its own chain; anything else is 404, never
 * 403-with-data"). The foreign resources all belong to the chain reseller-charlie → distri-east →
 * ubiquiti: claims (one replaced under an RMA number, others in review, one whose portal call was
 * dead-lettered), an import and a forward job, a subscription with its deliveries, a dead letter and
 * API keys. Each cell sends one request (with the foreign ids, references and Idempotency-Keys in it)
 * and expects:
 *   no, malformed, unknown or revoked key → 401 AUTH.INVALID_API_KEY
 *   a foreign claim, job or subscription  → 404, as if it did not exist
 *   operator-only operations              → 403 AUTH.OPERATOR_ONLY
 *   a list or a search                    → 200 without the foreign items
 *   creating one's own resource           → the caller's own, never the owner's (a replay of its
 *                                            Idempotency-Key), or the role's 403
 *   the webhook receiver (HMAC, no key)   → 401 for every caller, unsigned or signed with a wrong secret
 * The headers and raw text of every answer carry no foreign id, reference, serial, RMA number, URL,
 * secret or key the request did not itself contain; a refusal is word for word the one about an id
 * that does not exist. After the matrix the foreign resources are exactly as before it.
 */

interface Cell {
  name: string;
  probe: Probe;
  caller: CallerCase;
  expected: Expected;
}

const expectedFor = (probe: Probe, caller: CallerCase): Expected =>
  probe.operation.startsWith('POST /v1/webhooks/') ? probe.expected('manufacturer') : caller.role === null ? { status: 401, code: 'AUTH.INVALID_API_KEY' } : probe.expected(caller.role);

const CELLS: Cell[] = [...PROBES, ...WEBHOOK_PROBES, ...CREATE_PROBES].flatMap((probe) =>
  CALLERS.map((caller) => {
    const expected = expectedFor(probe, caller);
    return { name: `${probe.operation} — ${probe.about} — as ${caller.name} (${caller.stands}) → ${expected.status}`, probe, caller, expected };
  }),
);

describe('authorization matrix: no party learns or changes another chain’s resources', () => {
  const testHub = useTestHub({
    env: {
      SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true',
      DELIVERY_RETRY_DELAY_MS: '50',
      // The 401 columns alone fail authentication a few hundred times from this one client.
      AUTH_FAILURES_PER_MINUTE: '100000',
      PORTAL_TIMEOUT_MS: '300',
      PORTAL_RETRY_ATTEMPTS: '1',
      PORTAL_RETRY_INITIAL_DELAY_MS: '20',
      PORTAL_REQUEUE_DELAY_MS: '50',
      PORTAL_MAX_ATTEMPTS: '2',
    },
  });
  const subscriber = useSubscriber();
  const as = (party: string) => apiAs(testHub().url, testHub().keyOf(party));
  let foreign: Foreign;
  let before: Snapshot;
  /** The answers that showed the owner its key and subscription secret, once. */
  const ownerAnswers: string[] = [];

  type Snapshot = Awaited<ReturnType<typeof snapshot>>;
  /** Everything about the foreign resources a refused call could have changed, as the owners and the operator see it. */
  async function snapshot(f: Foreign) {
    const claims = await Promise.all(
      CLAIM_TAGS.map(async (tag) => {
        const claim = (await as('hub-operator').get(`/v1/claims/${f.claims[tag].id}`)).body;
        const events = (await as('hub-operator').get(`/v1/claims/${f.claims[tag].id}/events`)).body.events;
        return { tag, status: claim.status, updatedAt: claim.updatedAt, lines: claim.lines, events: events.length };
      }),
    );
    const letter = (await as('hub-operator').get('/v1/admin/dead-letters?consumer=rma-hub.connectors')).body.deadLetters.find((entry: { id: string }) => entry.id === f.deadLetterId);
    return {
      claims,
      importJob: (await as(OWNER).get(`/v1/bulk/${f.importJobId}`)).body,
      forwardJob: (await as(OWNER_DISTRIBUTOR).get(`/v1/bulk/${f.forwardJobId}`)).body,
      forwardOutcomes: (await as(OWNER_DISTRIBUTOR).get(`/v1/bulk/${f.forwardJobId}/outcomes`)).body,
      subscriptions: (await as(OWNER).get('/v1/subscriptions')).body,
      deliveries: (await as(OWNER).get(`/v1/subscriptions/${f.subscription.id}/deliveries`)).body.deliveries.map((delivery: { id: string; state: string; attempts: number }) => [delivery.id, delivery.state, delivery.attempts]),
      deadLetter: letter,
      apiKeys: (await as('hub-operator').get('/v1/admin/api-keys')).body,
      liveKeyWorks: (await apiAs(testHub().url, f.liveKey.key).get('/v1/claims?limit=1')).status,
    };
  }

  const statusOf = async (id: string) => (await as(OWNER).get(`/v1/claims/${id}`)).body;
  const reach = (id: string, status: string) =>
    eventually(async () => {
      const claim = await statusOf(id);
      expect(claim.status).toBe(status);
      return claim;
    });
  async function submitOwnerClaim(tag: ClaimTag): Promise<string> {
    const submitted = await as(OWNER).post('/v1/claims', ownerClaim(tag), { 'idempotency-key': `matrix-claim-${tag}` });
    expect(submitted.status).toBe(201);
    await reach(submitted.body.id, 'in_review');
    return submitted.body.id;
  }

  beforeAll(async () => {
    const hub = testHub();
    const operator = as('hub-operator');
    const ownSubscriptions: Record<string, string> = {};
    for (const caller of KEYED_CALLERS) {
      ownSubscriptions[caller.name] = (await as(caller.name).post('/v1/subscriptions', { url: `${subscriber.url()}?party=${caller.name}` })).body.id;
    }
    const issued = (label: string) => operator.post('/v1/admin/api-keys', { party: OWNER, label });
    const live = (await issued('matrix live')).body;
    const toRevoke = (await issued('matrix revoked')).body;
    const revoked = await operator.request('DELETE', `/v1/admin/api-keys/${toRevoke.id}`);
    expect({ status: revoked.status, body: revoked.body, issued: toRevoke }).toMatchObject({ status: 200 });
    ownerAnswers.push(JSON.stringify(live), JSON.stringify(toRevoke));

    const subscribed = await as(OWNER).post('/v1/subscriptions', { url: `${subscriber.url()}?owner=charlie-matrix-${randomBytes(6).toString('hex')}` }, { 'idempotency-key': 'matrix-subscribe' });
    expect(subscribed.status).toBe(201);
    ownerAnswers.push(subscribed.text);

    const ids = { A: await submitOwnerClaim('A'), C: await submitOwnerClaim('C') } as Record<ClaimTag, string>;
    const forward = await as(OWNER_DISTRIBUTOR).post('/v1/bulk/forward', { claims: [ids.A] }, { 'idempotency-key': 'matrix-forward' });
    expect(forward.status).toBe(202);
    await jobDone(as(OWNER_DISTRIBUTOR), forward.body.jobId);
    const { rmaNumber } = (await reach(ids.A, 'authorized')).lines[0];
    for (const [report, status] of [[{ status: 'RECEIVED' }, 'received'], [{ status: 'REPLACED', replacementSerialNumber: REPLACEMENT_SERIAL }, 'resolved']] as const) {
      expect((await ubiquitiReports(hub, rmaNumber, report)).body.webhook.status).toBe(200);
      await reach(ids.A, status);
    }

    const imported = await as(OWNER).send('POST', '/v1/bulk/claims', { rawBody: IMPORT_FILE, headers: { 'content-type': 'application/x-ndjson', 'idempotency-key': 'matrix-import' } });
    expect(imported.status).toBe(202);
    expect((await jobDone(as(OWNER), imported.body.jobId)).body.counts).toMatchObject({ accepted: 1, rejected: 1 });
    ids.D = (await as(OWNER).get(`/v1/claims?reference=${ownerClaim('D').reference}`)).body.claims[0].id;
    await reach(ids.D, 'in_review');

    // Claim E's portal call fails until the connectors give up on it: a dead letter about the owner's claim.
    ids.E = await submitOwnerClaim('E');
    await portalFaults(hub, 'ubiquiti', [{ kind: 'error', status: 503, times: null }]);
    expect((await as(OWNER_DISTRIBUTOR).post(`/v1/claims/${ids.E}/actions/forward`, { note: 'reviewed' }, { 'idempotency-key': 'matrix-forward-E' })).status).toBe(200);
    const letter = await eventually(async () => {
      const letters = (await operator.get('/v1/admin/dead-letters?consumer=rma-hub.connectors')).body.deadLetters;
      const found = letters.find((candidate: { key: string }) => candidate.key === ids.E);
      expect(found).toBeDefined();
      return found;
    });
    await portalFaults(hub, 'ubiquiti', 'clear');

    const claims = {} as Record<ClaimTag, ClaimFacts>;
    for (const tag of CLAIM_TAGS) {
      const view = (await as(OWNER).get(`/v1/claims/${ids[tag]}`)).body;
      claims[tag] = { id: ids[tag], body: ownerClaim(tag), distributorReference: view.references.distributor, rmaNumber: view.lines[0].rmaNumber, replacementSerial: view.lines[0].replacementSerial };
    }
    expect(claims.A).toMatchObject({ rmaNumber: expect.stringMatching(/^UI-RMA-/), replacementSerial: REPLACEMENT_SERIAL });

    // Every change of the owner's claims delivered to its subscription (a claim's changes go out in order,
    // so its latest status delivered means all of them): the log stands still from here on.
    const deliveries = await eventually(async () => {
      const log = (await as(OWNER).get(`/v1/subscriptions/${subscribed.body.id}/deliveries`)).body.deliveries as { id: string; claimId: string; state: string; payload: { data: { to: string } } }[];
      expect(log.every((delivery) => delivery.state === 'delivered')).toBe(true);
      for (const tag of CLAIM_TAGS) {
        const latest = log.find((delivery) => delivery.claimId === ids[tag]);
        expect({ tag, to: latest?.payload.data.to }).toEqual({ tag, to: (await statusOf(ids[tag])).status });
      }
      return log;
    });

    foreign = {
      claims,
      importJobId: imported.body.jobId,
      forwardJobId: forward.body.jobId,
      subscription: { id: subscribed.body.id, url: subscribed.body.url, secret: subscribed.body.secret },
      deliveryIds: deliveries.map((delivery) => delivery.id),
      deadLetterId: letter.id,
      liveKey: { id: live.id, key: live.key, hint: live.hint },
      revokedKey: { id: toRevoke.id, key: toRevoke.key },
      ownSubscriptions,
    };
    before = await snapshot(foreign);
  });

  it('covers every operation of the OpenAPI document: each authenticated one has rows, each other one is public for a stated reason', () => {
    const contract = new OpenApiContract();
    const probed = new Set([...PROBES, ...WEBHOOK_PROBES, ...CREATE_PROBES].map((probe) => probe.operation));
    const documented = documentedOperations();
    expect(documented.filter(({ operation }) => !probed.has(operation) && !(operation in PUBLIC_OPERATIONS)).map(({ operation }) => operation)).toEqual([]);
    expect(documented.filter(({ operation }) => operation in PUBLIC_OPERATIONS && !documented.find((entry) => entry.operation === operation)?.public).map(({ operation }) => operation)).toEqual([]);
    expect(Object.keys(PUBLIC_OPERATIONS).filter((operation) => !documented.some((entry) => entry.operation === operation))).toEqual([]);
    // Each row's request is the operation it claims to be.
    for (const probe of [...PROBES, ...CREATE_PROBES]) {
      const request = probe.request(foreign, 'reseller-alpha');
      const operation = contract.operationFor(request.method, request.path);
      expect(`${probe.about}: ${operation?.method} ${operation?.template}`).toBe(`${probe.about}: ${probe.operation}`);
    }
  });

  it('probes resources that exist: their owners and the operator see each of them', async () => {
    for (const tag of CLAIM_TAGS) expect((await as(OWNER).get(`/v1/claims/${foreign.claims[tag].id}`)).status).toBe(200);
    expect((await as(OWNER_DISTRIBUTOR).get(`/v1/claims?reference=${foreign.claims.A.distributorReference}`)).body.claims.map((claim: { id: string }) => claim.id)).toEqual([foreign.claims.A.id]);
    expect((await as(OWNER).get(`/v1/serials/${foreign.claims.A.body.lines[0]!.serial}/history`)).body.entries).toHaveLength(1);
    expect((await as(OWNER).get(`/v1/bulk/${foreign.importJobId}`)).status).toBe(200);
    expect((await as(OWNER_DISTRIBUTOR).get(`/v1/bulk/${foreign.forwardJobId}/outcomes`)).body.items).toMatchObject([{ claimId: foreign.claims.A.id, outcome: 'forwarded' }]);
    expect(before.deliveries.length).toBeGreaterThan(0);
    expect(before.deadLetter).toMatchObject({ key: foreign.claims.E.id, replayedAt: null });
    expect(before.apiKeys.apiKeys.map((key: { id: string }) => key.id)).toEqual(expect.arrayContaining([foreign.liveKey.id, foreign.revokedKey.id]));
    expect(before.liveKeyWorks).toBe(200);
  });

  it.each(CELLS)('$name', async ({ probe, caller, expected }) => {
    const hub = testHub();
    const request = probe.request(foreign, caller.name);
    const { key, authorization } = caller.credential(hub, foreign);
    const api = apiAs(hub.url, key);
    const answer = await api.send(request.method, request.path, {
      body: request.body,
      rawBody: request.rawBody,
      headers: { ...(request.headers ?? {}), ...(authorization ? { authorization } : {}) },
    });
    expect({ status: answer.status, code: answer.body?.code }).toEqual({ status: expected.status, code: expected.code ?? (expected.status >= 400 ? expect.any(String) : undefined) });
    const answers = [answer, ...(probe.follow && answer.status < 300 ? await probe.follow(api, answer, caller.role!) : [])];
    const sent = `${request.path}\n${request.rawBody ?? JSON.stringify(request.body ?? null)}`;
    expect(answers.flatMap((each) => leaked(secretsOf(foreign), shownIn(each), sent))).toEqual([]);
    if (answer.status >= 400) {
      // A refusal about a foreign resource is word for word the refusal about one that does not exist.
      const twin = twinOf(request);
      const refusal = await api.send(twin.request.method, twin.request.path, { body: request.body, rawBody: request.rawBody, headers: { ...(request.headers ?? {}), ...(authorization ? { authorization } : {}) } });
      expect({ status: refusal.status, text: twin.restore(refusal.text) }).toEqual({ status: answer.status, text: answer.text });
    }
  });

  it('finds each value it hunts for in what the owner chain and the operator are shown (the detector is not blind)', async () => {
    const reads = [
      ...CLAIM_TAGS.flatMap((tag) => [`/v1/claims/${foreign.claims[tag].id}`, `/v1/claims/${foreign.claims[tag].id}/events`]).map((path) => as(OWNER).get(path)),
      as(OWNER).get(`/v1/bulk/${foreign.importJobId}`),
      as(OWNER_DISTRIBUTOR).get(`/v1/bulk/${foreign.forwardJobId}`),
      as(OWNER).get('/v1/subscriptions'),
      as(OWNER).get(`/v1/subscriptions/${foreign.subscription.id}/deliveries`),
      as('hub-operator').get('/v1/admin/dead-letters?consumer=rma-hub.connectors'),
      as('hub-operator').get('/v1/admin/api-keys'),
    ];
    const shown = [...(await Promise.all(reads)).map((answer) => answer.text), ...ownerAnswers].join('\n');
    const secrets = secretsOf(foreign);
    const found = new Set(leaked(secrets, shown, ''));
    expect(Object.keys(secrets).filter((name) => !found.has(name))).toEqual([]);
  });

  it.each(Object.keys(PUBLIC_OPERATIONS).filter((operation) => operation.startsWith('GET ')))('%s, public, shows nothing of the foreign resources', async (operation) => {
    const response = await fetch(`${testHub().url}${operation.slice('GET '.length)}`);
    expect(response.status).toBeLessThan(400);
    expect(leaked(secretsOf(foreign), await response.text(), '')).toEqual([]);
  });

  it('leaves every foreign resource as it was: claims, timelines, jobs, deliveries, the dead letter and the keys', async () => {
    expect(await snapshot(foreign)).toEqual(before);
  });
});
