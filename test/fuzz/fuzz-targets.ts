import fc from 'fast-check';
import { DEMO_CLAIM } from '@rma-hub/testing';
import type { Seeds } from './fuzz-hub';
import { hostileContentType, hostilePathSegment, hostileString, hostileValue, malformedJsonText, nearValid, withDuplicatedKey } from './hostile';

/** One generated request: plain data, so fast-check can print it as the counterexample. */
export interface FuzzRequest {
  method: string;
  path: string;
  /** The party whose API key is sent (none for the webhook receiver). */
  party?: string;
  contentType?: string;
  body?: string;
  idempotencyKey?: string;
  /** For the webhook receiver: how the Standard Webhooks envelope is built when the request is sent. */
  webhook?: { id: string; envelope: WebhookEnvelope };
}

export type WebhookEnvelope = 'signed' | 'stale' | 'future' | 'bad-signature' | 'no-signature' | 'no-id';

export interface FuzzTarget {
  /** The OpenAPI operation, as "METHOD /template". */
  operation: string;
  requests(seeds: Seeds): fc.Arbitrary<FuzzRequest>;
  /** Work a 2xx answer starts in the background, waited for before the next request. */
  startsBulkJob?: boolean;
}

const json = 'application/json';

/** A JSON body: mostly one hostile change to a valid body, else wrong types, broken JSON, duplicated keys, the wrong media type. */
function jsonBodies(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<{ body: string; contentType: string | undefined }> {
  return valid.chain((body) =>
    fc.oneof(
      { weight: 10, arbitrary: nearValid(body).map((value) => ({ body: JSON.stringify(value), contentType: json })) },
      { weight: 2, arbitrary: hostileValue.map((value) => ({ body: JSON.stringify(value) ?? 'null', contentType: json })) },
      { weight: 2, arbitrary: malformedJsonText.map((text) => ({ body: text, contentType: json })) },
      { weight: 2, arbitrary: withDuplicatedKey(body).map((text) => ({ body: text, contentType: json })) },
      { weight: 1, arbitrary: hostileContentType.map((contentType) => ({ body: JSON.stringify(body), contentType })) },
      { weight: 1, arbitrary: fc.tuple(nearValid(body), hostileContentType).map(([value, contentType]) => ({ body: JSON.stringify(value), contentType })) },
    ),
  );
}

/** Mostly none; else a few keys used again and again (replays and reuse with another body), or a malformed one. */
const idempotencyKey: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom('fuzz-key-1', 'fuzz-key-2', 'fuzz-key-3') },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'x'.repeat(200), 'x'.repeat(201), '%00', '"quoted"', 'a,b') },
);

const futureDay = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);

const VALID_CLAIM: Record<string, unknown> = {
  ...DEMO_CLAIM,
  deliveredOn: '2026-03-16',
  portalAccountId: 'ACC-1',
  advanceReplacement: false,
  shipTo: { name: 'Alpha Networks', street: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
  lines: [
    { serial: 'F09FC2A1B2C3', model: 'U6-Pro', macId: 'F0:9F:C2:A1:B2:C3', category: 'access_point' },
    { serial: 'F09FC2A1B2C4', model: 'U6-Lite' },
  ],
  attachments: [{ url: 'https://files.example.com/rma/label.jpg', name: 'Type label', contentType: 'image/jpeg' }, { url: 'https://files.example.com/rma/invoice.pdf' }],
};

/** A claim body with a reference of its own, so a near-valid one is not refused merely as a reused reference. */
const validClaim = fc.uuid().map((id) => ({ ...VALID_CLAIM, reference: `FUZZ-${id}` }));

const submitClaim: FuzzTarget = {
  operation: 'POST /v1/claims',
  requests: () =>
    fc.record({ party: fc.constantFrom('reseller-alpha', 'reseller-alpha', 'reseller-alpha', 'distri-west', 'hub-operator'), payload: jsonBodies(validClaim), idempotencyKey }).map(({ party, payload, idempotencyKey }) => ({
      method: 'POST',
      path: '/v1/claims',
      party,
      ...payload,
      idempotencyKey,
    })),
};

/** Who takes each action, on which seeded claims, with a valid body for it. */
function actionCases(seeds: Seeds): { action: string; party: string; claims: string[]; body: Record<string, unknown> }[] {
  const { forwarded, received, authorized, needsInfo, inReview } = seeds.claims;
  const note = { note: 'checked' };
  const shipment = { carrier: 'DHL', trackingNumber: 'JD0000FUZZ' };
  return [
    { action: 'cancel', party: 'reseller-alpha', claims: [needsInfo[1]!], body: { reason: 'no longer needed' } },
    {
      action: 'add-info',
      party: 'reseller-alpha',
      claims: needsInfo,
      body: {
        supportTicket: 'UI-SUP-1',
        dealer: 'Alpha',
        shipTo: VALID_CLAIM.shipTo,
        contact: { phone: '+33 1 00 00 00 00', email: 'a@example.com' },
        lines: [{ serial: seeds.serials[needsInfo[0]!]!, macId: 'AA:BB', category: 'access_point' }],
      },
    },
    { action: 'ship', party: 'reseller-alpha', claims: authorized, body: shipment },
    { action: 'approve-quote', party: 'reseller-alpha', claims: received, body: note },
    { action: 'reject-quote', party: 'reseller-alpha', claims: received, body: { reason: 'too expensive' } },
    { action: 'forward', party: 'distri-east', claims: inReview, body: note },
    { action: 'authorize', party: 'ad-notam', claims: forwarded, body: { rmaNumber: 'SI-FUZZ-1', validUntil: futureDay } },
    { action: 'authorize', party: 'ad-notam', claims: forwarded, body: { lines: [{ serial: seeds.serials[forwarded[0]!]!, rmaNumber: 'SI-FUZZ-2' }] } },
    { action: 'request-info', party: 'ad-notam', claims: forwarded, body: { missing: ['dealer', 'contact.phone'], message: 'please' } },
    { action: 'reject', party: 'ad-notam', claims: [...forwarded, ...received], body: { reason: 'out of scope' } },
    { action: 'receive', party: 'ad-notam', claims: [...forwarded, ...authorized], body: { lines: [seeds.serials[forwarded[0]!]!] } },
    { action: 'quote', party: 'ad-notam', claims: received, body: { amount: 120.5, currency: 'EUR', validUntil: futureDay } },
    { action: 'start-repair', party: 'ad-notam', claims: received, body: note },
    { action: 'resolve', party: 'ad-notam', claims: received, body: { resolution: 'replaced', lines: [{ serial: seeds.serials[received[0]!]!, outcome: 'replaced', replacementSerial: 'NEW-SN-1' }] } },
    { action: 'ship-back', party: 'ad-notam', claims: received, body: shipment },
    { action: 'close', party: 'ad-notam', claims: received, body: note },
  ];
}

const takeAction: FuzzTarget = {
  operation: 'POST /v1/claims/{id}/actions/{action}',
  requests: (seeds) => {
    const aimed = fc.constantFrom(...actionCases(seeds)).chain((aim) =>
      fc.record({
        party: fc.oneof({ weight: 8, arbitrary: fc.constant(aim.party) }, { weight: 1, arbitrary: fc.constantFrom('hub-operator', 'reseller-bravo', 'distri-west', 'ad-notam') }),
        id: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...aim.claims) }, { weight: 1, arbitrary: hostilePathSegment }),
        action: fc.oneof({ weight: 12, arbitrary: fc.constant(aim.action) }, { weight: 1, arbitrary: hostilePathSegment }),
        payload: fc.oneof({ weight: 12, arbitrary: jsonBodies(fc.constant(aim.body)) }, { weight: 1, arbitrary: fc.constant({ body: undefined, contentType: undefined }) }),
        idempotencyKey,
      }),
    );
    return aimed.map(({ party, id, action, payload, idempotencyKey }) => ({ method: 'POST', path: `/v1/claims/${id}/actions/${action}`, party, ...payload, idempotencyKey }));
  },
};

const CSV_HEADER = 'reference,reseller,manufacturer,returnReason,failureDescription,purchaseDate,deliveredOn,proofOfPurchase,dealer,supportTicket,portalAccountId,contactName,contactEmail,contactPhone,serial,model,macId,category';
const CSV_TRICKY_CELLS = ['', '"', '""', '"unclosed', '24" panel', 'a,b', '"a\nb"', 'line\r\nbreak', '\u0000', '=cmd|\' /C calc\'!A0', '\uD800', '😀', ' ', 'x'.repeat(70_000)];

const csvCell = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...CSV_TRICKY_CELLS) }, { weight: 1, arbitrary: hostileString });
const csvRow = (reseller: string) =>
  fc.record({ column: fc.nat({ max: 17 }), cell: csvCell, id: fc.uuid() }).map(({ column, cell, id }) => {
    const cells = [`FUZZ-CSV-${id}`, reseller, 'ubiquiti', 'defective', 'Reboots', '2026-03-14', '', 'INV-1', 'Dealer', 'UI-1', '', 'Dana', 'dana@example.com', '+33 1', `SN-${id}`, 'U6-Pro', '', ''];
    cells[column] = cell;
    return cells.join(',');
  });
const ndjsonLine = (reseller: string) =>
  fc.oneof(
    { weight: 4, arbitrary: validClaim.chain((claim) => nearValid({ ...claim, reseller })).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: malformedJsonText.map((text) => text.replace(/\n/g, ' ')) },
    { weight: 1, arbitrary: validClaim.chain((claim) => withDuplicatedKey({ ...claim, reseller })) },
  );

const importClaims: FuzzTarget = {
  operation: 'POST /v1/bulk/claims',
  startsBulkJob: true,
  requests: () =>
    fc.constantFrom('reseller-bravo', 'distri-west', 'hub-operator', 'ad-notam').chain((party) => {
      const reseller = party === 'distri-west' ? 'reseller-bravo' : '';
      const separator = fc.constantFrom('\n', '\r\n', '\n\n', '\r');
      const ndjson = fc.tuple(fc.array(ndjsonLine(reseller), { minLength: 0, maxLength: 4 }), separator).map(([lines, sep]) => ({ body: lines.join(sep), contentType: 'application/x-ndjson' }));
      const csv = fc
        .tuple(fc.oneof({ weight: 4, arbitrary: fc.constant(CSV_HEADER) }, { weight: 1, arbitrary: fc.constantFrom('', 'serial', `${CSV_HEADER},extra`, CSV_HEADER.split(',').reverse().join(',')) }), fc.array(csvRow(reseller), { maxLength: 4 }), separator)
        .map(([header, rows, sep]) => ({ body: [header, ...rows].join(sep), contentType: 'text/csv' }));
      const wrongType = fc.tuple(fc.oneof(ndjson, csv), hostileContentType).map(([file, contentType]) => ({ body: file.body, contentType }));
      return fc.record({
        payload: fc.oneof({ weight: 4, arbitrary: ndjson }, { weight: 4, arbitrary: csv }, { weight: 1, arbitrary: wrongType }, { weight: 1, arbitrary: malformedJsonText.map((body) => ({ body, contentType: 'application/x-ndjson' })) }),
        idempotencyKey,
      }).map(({ payload, idempotencyKey }) => ({ method: 'POST', path: '/v1/bulk/claims', party, ...payload, idempotencyKey }));
    }),
};

const forwardClaims: FuzzTarget = {
  operation: 'POST /v1/bulk/forward',
  startsBulkJob: true,
  requests: (seeds) =>
    fc
      .record({
        party: fc.constantFrom('distri-east', 'distri-east', 'distri-east', 'distri-west', 'reseller-charlie'),
        payload: jsonBodies(
          fc.constantFrom<Record<string, unknown>>(
            { claims: seeds.claims.inReview },
            { claims: [...seeds.claims.inReview, ...seeds.claims.forwarded] },
            { filter: { manufacturer: 'ubiquiti', reseller: 'reseller-charlie', submittedBefore: '2026-01-01T00:00:00Z' } },
          ),
        ),
        idempotencyKey,
      })
      .map(({ party, payload, idempotencyKey }) => ({ method: 'POST', path: '/v1/bulk/forward', party, ...payload, idempotencyKey })),
};

const createSubscription: FuzzTarget = {
  operation: 'POST /v1/subscriptions',
  requests: () =>
    fc
      .record({
        party: fc.constantFrom('reseller-alpha', 'distri-west', 'ad-notam'),
        payload: jsonBodies(fc.constantFrom({ url: 'http://127.0.0.1:9/hooks/rma' }, { url: 'https://[::1]:8443/x' }, { url: 'http://localhost:9/a?b=c#d' })),
        idempotencyKey,
      })
      .map(({ party, payload, idempotencyKey }) => ({ method: 'POST', path: '/v1/subscriptions', party, ...payload, idempotencyKey })),
};

/** Calls whose path names the thing and whose body does not matter: hostile ids, and hostile bodies anyway. */
function byId(operation: string, method: string, path: (id: string) => string, ids: (seeds: Seeds) => string[]): FuzzTarget {
  return {
    operation,
    requests: (seeds) =>
      fc
        .record({
          party: fc.constantFrom('hub-operator', 'hub-operator', 'hub-operator', 'reseller-alpha'),
          id: fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ids(seeds)) }, { weight: 3, arbitrary: hostilePathSegment }),
          payload: fc.oneof(
            { weight: 2, arbitrary: fc.constant({ body: undefined, contentType: undefined }) },
            { weight: 2, arbitrary: jsonBodies(fc.constant({ reason: 'fuzz' })) },
          ),
          idempotencyKey,
        })
        .map(({ party, id, payload, idempotencyKey }) => ({ method, path: path(id), party, ...payload, idempotencyKey })),
  };
}

const replayDeadLetter = byId('POST /v1/admin/dead-letters/{id}/replay', 'POST', (id) => `/v1/admin/dead-letters/${id}/replay`, (seeds) => [seeds.deadLetterId]);
const revokeApiKey = byId('DELETE /v1/admin/api-keys/{id}', 'DELETE', (id) => `/v1/admin/api-keys/${id}`, (seeds) => seeds.apiKeyIds);

const createApiKey: FuzzTarget = {
  operation: 'POST /v1/admin/api-keys',
  requests: () =>
    fc
      .record({
        party: fc.constantFrom('hub-operator', 'hub-operator', 'hub-operator', 'distri-west'),
        payload: jsonBodies(fc.constantFrom({ party: 'reseller-bravo', label: 'ERP integration' }, { party: 'hub-operator', label: 'ops' })),
      })
      .map(({ party, payload }) => ({ method: 'POST', path: '/v1/admin/api-keys', party, ...payload })),
};

const receiveWebhook: FuzzTarget = {
  operation: 'POST /v1/webhooks/{manufacturer}',
  requests: (seeds) =>
    fc
      .record({
        manufacturer: fc.oneof({ weight: 8, arbitrary: fc.constant('ubiquiti') }, { weight: 1, arbitrary: fc.constantFrom('innovaphone', 'grandstream', 'ad-notam') }, { weight: 1, arbitrary: hostilePathSegment }),
        payload: jsonBodies(
          fc.constantFrom(
            { type: 'rma.status_changed', timestamp: '2026-12-01T10:00:00Z', data: { rmaNumber: seeds.upstreamRma, status: 'RECEIVED' } },
            { type: 'rma.status_changed', timestamp: '2026-12-01T10:00:00.000Z', data: { rmaNumber: seeds.upstreamRma, status: 'REPLACED', replacementSerialNumber: 'NEW-SN-9' } },
          ),
        ),
        id: fc.oneof(fc.uuid().map((id) => `msg_${id}`), fc.constantFrom('msg_fixed', '', ' ', 'x'.repeat(300))),
        envelope: fc.oneof({ weight: 8, arbitrary: fc.constant<WebhookEnvelope>('signed') }, { weight: 1, arbitrary: fc.constantFrom<WebhookEnvelope>('stale', 'future', 'bad-signature', 'no-signature', 'no-id') }),
      })
      .map(({ manufacturer, payload, id, envelope }) => ({ method: 'POST', path: `/v1/webhooks/${manufacturer}`, ...payload, webhook: { id, envelope } })),
};

export const FUZZ_TARGETS: FuzzTarget[] = [submitClaim, takeAction, importClaims, forwardClaims, createSubscription, replayDeadLetter, createApiKey, revokeApiKey, receiveWebhook];
