import { apiAs, DEMO_CLAIM, eventually, useTestHub, type TestHub } from '@rma-hub/testing';
import { OpenApiContract } from '../harness/openapi-contract';

const contract = new OpenApiContract();
const MiB = 1024 * 1024;
const claimLine = (reference: string, serial: string, overrides: object = {}) => JSON.stringify({ ...DEMO_CLAIM, reference, lines: [{ serial, model: 'U6-Pro' }], ...overrides });

/** A request body sent as a stream: `head`, then `size` bytes of `x` made as they are read, then `tail`; `pulled()` says how much the hub took. */
function streamedBody(head: string, size: number, tail = '') {
  const chunk = new Uint8Array(64 * 1024).fill('x'.charCodeAt(0));
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(new TextEncoder().encode(head)),
    pull: (controller) => {
      if (pulled >= size) {
        controller.enqueue(new TextEncoder().encode(tail));
        controller.close();
        return;
      }
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

async function upload(hub: TestHub, body: string | ReadableStream<Uint8Array>, contentType: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${hub.url}/v1/bulk/claims`, {
    method: 'POST',
    headers: { authorization: `Bearer ${hub.keyOf('reseller-alpha')}`, 'content-type': contentType, ...headers },
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);
  const answer = { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> & { jobId: string; received: number } };
  contract.check({ method: 'POST', url: '/v1/bulk/claims', ...answer });
  return answer;
}

async function finished(hub: TestHub, jobId: string) {
  return eventually(async () => {
    const job = (await apiAs(hub.url, hub.keyOf('reseller-alpha')).get(`/v1/bulk/${jobId}`)).body;
    expect(job.state).toBe('done');
    return job;
  });
}

const jobCount = async (hub: TestHub) => (await hub.query<{ n: number }>('SELECT count(*)::int AS n FROM bulk_jobs'))[0]!.n;

describe('bulk import limits and hostile lines', () => {
  const testHub = useTestHub({ env: { BULK_MAX_UPLOAD_BYTES: String(MiB), BULK_MAX_LINE_BYTES: '4096', BULK_MAX_LINES: '5' } });

  it('turns a stray CSV quote and a NUL into line errors and accepts the good lines', async () => {
    const csv = [
      'reference,manufacturer,returnReason,failureDescription,purchaseDate,proofOfPurchase,supportTicket,contactEmail,serial,model',
      'HOSTILE-1,ubiquiti,defective,Dead 24" panel,2026-03-01,INV-1,UI-SUP-1,a@b.fr,HOST-SN-1,U6-Pro',
      'HOSTILE-2,ubiquiti,defective,Dead,2026-03-01,INV-2,UI-SUP-2,a@b.fr,HOST\u0000SN-2,U6-Pro',
      'HOSTILE-3,ubiquiti,defective,Dead,2026-03-01,INV-3,UI-SUP-3,a@b.fr,HOST-SN-3,U6-Pro',
    ].join('\n');
    const accepted = await upload(testHub(), csv, 'text/csv');
    expect(accepted.status).toBe(202);
    const job = await finished(testHub(), accepted.body.jobId);
    expect(job.counts).toMatchObject({ received: 3, accepted: 2, rejected: 1 });
    expect(job.errors.items).toEqual([{ line: 3, pointer: '', detail: expect.stringContaining('/lines/0/serial holds a NUL character') }]);
    const [stored] = await testHub().query<{ description: string }>("SELECT c.failure_description AS description FROM claims c JOIN claim_hops h ON h.claim_id = c.id WHERE h.reference = 'HOSTILE-1'");
    expect(stored!.description).toBe('Dead 24" panel');
  });

  it('reports an NDJSON line over BULK_MAX_LINE_BYTES or with a NUL on its own, and accepts the others', async () => {
    const file = [claimLine('NUL-1', 'NUL-SN-1', { failureDescription: 'x\u0000y' }), claimLine('LONG-1', 'LONG-SN-1', { failureDescription: 'x'.repeat(5000) }), claimLine('OK-1', 'OK-SN-1')].join('\n');
    const accepted = await upload(testHub(), file, 'application/x-ndjson');
    const job = await finished(testHub(), accepted.body.jobId);
    expect(job.counts).toMatchObject({ received: 3, accepted: 1, rejected: 2 });
    expect(job.errors.items).toEqual([
      { line: 1, pointer: '', detail: expect.stringContaining('/failureDescription holds a NUL character') },
      { line: 2, pointer: '', detail: 'the line is longer than BULK_MAX_LINE_BYTES (4096 bytes)' },
    ]);
  });

  it('refuses a file over BULK_MAX_UPLOAD_BYTES with a 413 naming it, stops reading and stores nothing', async () => {
    const before = await jobCount(testHub());
    const body = streamedBody(`${claimLine('BIG-1', 'BIG-SN-1')}\n`, 64 * MiB);
    const refused = await upload(testHub(), body.stream, 'application/x-ndjson');
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'BULK.UPLOAD_TOO_LARGE', detail: expect.stringContaining(`BULK_MAX_UPLOAD_BYTES (${MiB} bytes)`) });
    expect(body.pulled()).toBeLessThan(16 * MiB);
    expect(await jobCount(testHub())).toBe(before);
  });

  it('refuses a CSV cell whose quote never closes once it passes BULK_MAX_LINE_BYTES, without reading the rest', async () => {
    const before = await jobCount(testHub());
    const body = streamedBody('reference,serial\nR1,S1\nR2,"', 64 * MiB);
    const refused = await upload(testHub(), body.stream, 'text/csv');
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'BULK.LINE_TOO_LARGE', detail: expect.stringContaining('line 3 on is longer than BULK_MAX_LINE_BYTES (4096 bytes)') });
    expect(body.pulled()).toBeLessThan(16 * MiB);
    expect(await jobCount(testHub())).toBe(before);
  });

  it('refuses a file over BULK_MAX_LINES with a 413 naming it and stores nothing', async () => {
    const before = await jobCount(testHub());
    const file = Array.from({ length: 6 }, (_, index) => claimLine(`MANY-${index}`, `MANY-SN-${index}`)).join('\n');
    const refused = await upload(testHub(), file, 'application/x-ndjson');
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'BULK.TOO_MANY_LINES', detail: expect.stringContaining('BULK_MAX_LINES (5)') });
    expect(await jobCount(testHub())).toBe(before);
  });
});

describe('bulk import idempotency', () => {
  const testHub = useTestHub();

  it('answers the same job for the same file, 422 for another file or a key of another endpoint, 400 for a bad key', async () => {
    const file = claimLine('IDEM-1', 'IDEM-SN-1');
    const first = await upload(testHub(), file, 'application/x-ndjson', { 'idempotency-key': 'idem-file' });
    expect(first.status).toBe(202);
    expect((await upload(testHub(), file, 'application/x-ndjson', { 'idempotency-key': 'idem-file' })).body.jobId).toBe(first.body.jobId);
    const other = await upload(testHub(), claimLine('IDEM-2', 'IDEM-SN-2'), 'application/x-ndjson', { 'idempotency-key': 'idem-file' });
    expect(other).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY.KEY_REUSED' } });
    expect((await upload(testHub(), file, 'text/csv', { 'idempotency-key': 'idem-file' })).status).toBe(422);

    const claim = await apiAs(testHub().url, testHub().keyOf('reseller-alpha')).post('/v1/claims', { ...DEMO_CLAIM, reference: 'IDEM-CLAIM' }, { 'idempotency-key': 'idem-claim' });
    expect(claim.status).toBe(201);
    expect(await upload(testHub(), file, 'application/x-ndjson', { 'idempotency-key': 'idem-claim' })).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY.KEY_REUSED' } });
    expect(await upload(testHub(), file, 'application/x-ndjson', { 'idempotency-key': 'k'.repeat(201) })).toMatchObject({ status: 400, body: { code: 'IDEMPOTENCY.KEY_INVALID' } });
  });

  it('answers 409 to the same key while the first upload is still being received, which then stores every line', async () => {
    let sendRest!: () => void;
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    const lines = [claimLine('SLOW-1', 'SLOW-SN-1'), claimLine('SLOW-2', 'SLOW-SN-2')];
    const slow = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode(`${lines[0]}\n`)),
      pull: async (controller) => {
        await rest;
        controller.enqueue(new TextEncoder().encode(`${lines[1]}\n`));
        controller.close();
      },
    });
    const first = upload(testHub(), slow, 'application/x-ndjson', { 'idempotency-key': 'idem-slow' });
    await eventually(async () => expect(await testHub().query("SELECT 1 FROM bulk_jobs WHERE state = 'receiving'")).toHaveLength(1));

    const second = await upload(testHub(), lines.join('\n'), 'application/x-ndjson', { 'idempotency-key': 'idem-slow' });
    expect(second).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY.IN_PROGRESS' } });
    sendRest();
    const accepted = await first;
    expect(accepted).toMatchObject({ status: 202, body: { received: 2 } });
    expect((await finished(testHub(), accepted.body.jobId)).counts).toMatchObject({ received: 2, accepted: 2 });
  });
});
