import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { apiAs, DEMO_CLAIM, useTestHub } from '@rma-hub/testing';
import { OpenApiContract } from '../harness/openapi-contract';

/**
 * Requests the fuzzer (test/fuzz) found answered 500, or refused without problem+json; each is
 * now a 4xx problem+json the OpenAPI document describes, and writes nothing.
 */
describe('hostile requests found by fuzzing', () => {
  const testHub = useTestHub({ env: { BULK_MAX_LINE_BYTES: '1024' } });
  const contract = new OpenApiContract();
  const operator = () => apiAs(testHub().url, testHub().keyOf('hub-operator'));
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));

  /** A request as fetch sends it, its answer held to the OpenAPI document like apiAs does. */
  async function raw(method: string, path: string, init: { party?: string; headers?: Record<string, string>; body?: string } = {}) {
    const response = await fetch(`${testHub().url}${path}`, {
      method,
      headers: { ...(init.party ? { authorization: `Bearer ${testHub().keyOf(init.party)}` } : {}), ...init.headers },
      ...(init.body === undefined ? {} : { body: Buffer.from(init.body) }),
    });
    const answer = { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
    const template = path.startsWith('/v1/webhooks/') ? '/v1/webhooks/p' : path.replace(/\/(dead-letters|api-keys)\/[^/]+/, '/$1/p');
    contract.check({ method, url: template, ...answer });
    return answer;
  }

  const count = async (table: string) => (await testHub().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

  it('refuses a NUL character in a body with 400 naming the field, not 500 from PostgreSQL', async () => {
    const keys = await count('api_keys');
    const answer = await operator().post('/v1/admin/api-keys', { party: '\u0000', label: 'ERP integration' });
    expect(answer).toMatchObject({ status: 400, contentType: expect.stringMatching(/^application\/problem\+json/), body: { code: 'REQUEST.INVALID', errors: [{ pointer: '/party', detail: expect.stringContaining('NUL') }] } });
    expect(await count('api_keys')).toBe(keys);
  });

  it('refuses a lone surrogate, which jsonb cannot hold, in an action and in a claim', async () => {
    const claim = await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: 'FUZZ-FINDING-1', lines: [{ serial: 'FUZZ-FINDING-SN-1', model: 'U6-Pro' }] });
    expect(claim.status).toBe(201);
    const cancel = await reseller().post(`/v1/claims/${claim.body.id}/actions/cancel`, { reason: '\uD800' });
    expect(cancel).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID', errors: [{ pointer: '/reason', detail: expect.stringContaining('lone surrogate') }] } });
    expect((await reseller().get(`/v1/claims/${claim.body.id}`)).body.status).not.toBe('cancelled');

    const claims = await count('claims');
    const submitted = await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: 'FUZZ-FINDING-2', contact: { name: 'Dana \uDC00' } });
    expect(submitted).toMatchObject({ status: 400, body: { errors: [{ pointer: '/contact/name' }] } });
    expect(await count('claims')).toBe(claims);
  });

  it('refuses a signed webhook whose RMA number holds a NUL character with 400, before any look-up', async () => {
    const [channel] = await testHub().query<{ webhook_secrets: string[] }>("SELECT webhook_secrets FROM manufacturer_channels WHERE manufacturer_id = 'ubiquiti'");
    const body = JSON.stringify({ type: 'rma.status_changed', timestamp: '2026-12-01T10:00:00.000Z', data: { rmaNumber: 'a\u0000b', status: 'REPLACED' } });
    const at = new Date();
    const headers = {
      'content-type': 'application/json',
      'webhook-id': 'msg_fuzz_finding',
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': new Webhook(channel!.webhook_secrets[0]!).sign('msg_fuzz_finding', at, body),
    };
    const answer = await raw('POST', '/v1/webhooks/ubiquiti', { headers, body });
    expect(answer).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID', errors: [{ pointer: '/data/rmaNumber' }] } });
  });

  it('answers a path segment that is not UTF-8, or too long, as problem+json (Fastify answered bare JSON)', async () => {
    const badUtf8 = await raw('POST', '/v1/admin/dead-letters/%ED%A0%80/replay', { party: 'hub-operator' });
    expect(badUtf8).toMatchObject({ status: 400, contentType: expect.stringMatching(/^application\/problem\+json/), body: { code: 'REQUEST.BAD_PATH' } });
    const tooLong = await raw('DELETE', `/v1/admin/api-keys/${'a'.repeat(101)}`, { party: 'hub-operator' });
    expect(tooLong).toMatchObject({ status: 414, contentType: expect.stringMatching(/^application\/problem\+json/), body: { code: 'REQUEST.PATH_TOO_LONG' } });
  });

  it('refuses a NUL character in a path segment or a query with 400, before any look-up (the webhook receiver answered 500)', async () => {
    const inPath = await raw('POST', '/v1/webhooks/%00', { headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(inPath).toMatchObject({ status: 400, contentType: expect.stringMatching(/^application\/problem\+json/), body: { code: 'REQUEST.BAD_PATH' } });
    const inQuery = await reseller().get('/v1/claims?reference=a%00b');
    expect(inQuery).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID', errors: [{ pointer: '/reference' }] } });
  });

  it('documents that a bulk file sent as JSON is refused as malformed JSON', async () => {
    const jobs = await count('bulk_jobs');
    const answer = await raw('POST', '/v1/bulk/claims', { party: 'reseller-bravo', headers: { 'content-type': 'application/json;;;' }, body: 'reference,reseller,manufacturer' });
    expect(answer).toMatchObject({ status: 400, body: { code: 'REQUEST.MALFORMED' } });
    expect(await count('bulk_jobs')).toBe(jobs);
  });

  it('refuses an NDJSON or CSV body on a JSON route with 415, with or without an Idempotency-Key (hashing the stream was a 500)', async () => {
    for (const [contentType, key] of [['application/x-ndjson', randomUUID()], ['text/csv', undefined]] as const) {
      const answer = await raw('POST', `/v1/claims/${randomUUID()}/actions/authorize`, {
        party: 'ad-notam',
        headers: { 'content-type': contentType, ...(key ? { 'idempotency-key': key } : {}) },
        body: '{"lines":[{"serial":"FUZZ-SEED-SN-1","rmaNumber":"SI-FUZZ-2"}]}',
      });
      expect(answer).toMatchObject({ status: 415, body: { code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' } });
    }
  });

  it('leaves no Idempotency-Key record behind when an upload is refused as too large', async () => {
    const [records, jobs] = [await count('idempotency_records'), await count('bulk_jobs')];
    const csv = ['reference,manufacturer,serial', `FUZZ-CSV-1,ubiquiti,${'x'.repeat(2_000)}`].join('\n');
    const headers = { 'content-type': 'text/csv', 'idempotency-key': 'fuzz-upload-1' };
    const refused = await raw('POST', '/v1/bulk/claims', { party: 'reseller-bravo', headers, body: csv });
    expect(refused).toMatchObject({ status: 413, body: { code: 'BULK.LINE_TOO_LARGE' } });
    expect([await count('idempotency_records'), await count('bulk_jobs')]).toEqual([records, jobs]);
  });
});
