import { apiAs, DEMO_CLAIM, eventually, useTestHub, type TestHub } from '@rma-hub/testing';

const claimLine = (reference: string, serial: string, overrides: object = {}) => JSON.stringify({ ...DEMO_CLAIM, reference, lines: [{ serial, model: 'U6-Pro' }], ...overrides });

async function upload(hub: TestHub, party: string, body: string, contentType: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${hub.url}/v1/bulk/claims`, {
    method: 'POST',
    headers: { authorization: `Bearer ${hub.keyOf(party)}`, 'content-type': contentType, ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as { jobId: string; received: number } };
}

async function finished(hub: TestHub, party: string, jobId: string) {
  return eventually(async () => {
    const job = (await apiAs(hub.url, hub.keyOf(party)).get(`/v1/bulk/${jobId}`)).body;
    expect(job.state).toBe('done');
    return job;
  });
}

describe('bulk import of claims', () => {
  const testHub = useTestHub({ env: { BULK_BATCH_SIZE: '3' } });

  it('accepts exactly the good lines of a mixed NDJSON file and reports each bad one with its line, field and reason', async () => {
    const file = [
      claimLine('BULK-1', 'BK-1'),
      '{"manufacturer": "ubiquiti", "returnReason": ',
      JSON.stringify({ ...JSON.parse(claimLine('BULK-3', 'BK-3')), failureDescription: undefined }),
      claimLine('BULK-4', 'BK-4', { purchaseDate: '2026-02-30' }),
      claimLine('BULK-5', 'BK-5', { manufacturer: 'acme' }),
      claimLine('BULK-6', 'BK-6', { lines: [{ serial: 'SAME', model: 'U6-Pro' }, { serial: 'SAME', model: 'U6-Pro' }] }),
      '',
      claimLine('BULK-8', 'BK-8', { attachments: [{ url: 'https://files.alpha.example/bk-8.jpg', name: 'Label' }] }),
    ].join('\n');
    const accepted = await upload(testHub(), 'reseller-alpha', file, 'application/x-ndjson', { 'idempotency-key': 'bulk-file-1' });
    expect(accepted.status).toBe(202);
    expect(accepted.body.received).toBe(7);

    const job = await finished(testHub(), 'reseller-alpha', accepted.body.jobId);
    expect(job.counts).toEqual({ received: 7, accepted: 2, duplicates: 0, rejected: 5, done: 7 });
    expect(job.progress).toBe(1);
    expect(job.errors.items).toEqual([
      { line: 2, pointer: '', detail: expect.stringMatching(/^not JSON/) },
      { line: 3, pointer: '/failureDescription', detail: expect.any(String) },
      { line: 4, pointer: '/purchaseDate', detail: 'must be a date in the form YYYY-MM-DD' },
      { line: 5, pointer: '/manufacturer', detail: 'no manufacturer "acme" in this network' },
      { line: 6, pointer: '/lines/1/serial', detail: expect.stringContaining('already appears on line 1') },
    ]);
    const stored = await testHub().query<{ reference: string }>("SELECT reference FROM claim_hops WHERE reference LIKE 'BULK-%' ORDER BY reference");
    expect(stored.map((row) => row.reference)).toEqual(['BULK-1', 'BULK-8']);
    const attachments = await testHub().query<{ reference: string; attachments: unknown }>(
      "SELECT h.reference, c.attachments FROM claims c JOIN claim_hops h ON h.claim_id = c.id WHERE h.reference IN ('BULK-1', 'BULK-8') ORDER BY h.reference",
    );
    expect(attachments).toEqual([
      { reference: 'BULK-1', attachments: [] },
      { reference: 'BULK-8', attachments: [{ url: 'https://files.alpha.example/bk-8.jpg', name: 'Label' }] },
    ]);
    await eventually(async () => {
      const [routed] = await testHub().query<{ n: number }>("SELECT count(*)::int AS n FROM claims c JOIN claim_hops h ON h.claim_id = c.id WHERE h.reference IN ('BULK-1', 'BULK-8') AND c.status = 'authorized'");
      expect(routed!.n).toBe(2);
    });

    const sameKey = await upload(testHub(), 'reseller-alpha', file, 'application/x-ndjson', { 'idempotency-key': 'bulk-file-1' });
    expect(sameKey.body.jobId).toBe(accepted.body.jobId);
    const resent = await upload(testHub(), 'reseller-alpha', file, 'application/x-ndjson');
    const again = await finished(testHub(), 'reseller-alpha', resent.body.jobId);
    expect(again.counts).toMatchObject({ accepted: 0, duplicates: 2, rejected: 5 });
    expect(await testHub().query("SELECT 1 FROM claim_hops WHERE reference LIKE 'BULK-%'")).toHaveLength(2);
  });

  it('takes CSV, one claim per row, with spreadsheet line numbers', async () => {
    const csv = [
      'reference,manufacturer,returnReason,failureDescription,purchaseDate,proofOfPurchase,supportTicket,contactEmail,serial,model',
      'CSV-1,ubiquiti,defective,"Reboots, then dies",2026-03-01,INV-1,UI-SUP-1,a@b.fr,CSV-SN-1,U6-Pro',
      'CSV-2,ubiquiti,broken,Dead,2026-03-01,INV-2,UI-SUP-2,a@b.fr,CSV-SN-2,U6-Pro',
    ].join('\n');
    const accepted = await upload(testHub(), 'reseller-alpha', csv, 'text/csv');
    const job = await finished(testHub(), 'reseller-alpha', accepted.body.jobId);
    expect(job.counts).toMatchObject({ received: 2, accepted: 1, rejected: 1 });
    expect(job.errors.items).toEqual([{ line: 3, pointer: '/returnReason', detail: expect.any(String) }]);
  });

  it('lets a distributor import claims for the resellers it serves, and refuses the others', async () => {
    const file = [claimLine('DIST-1', 'DS-1', { reseller: 'reseller-bravo' }), claimLine('DIST-2', 'DS-2', { reseller: 'nobody' }), claimLine('DIST-3', 'DS-3')].join('\n');
    const accepted = await upload(testHub(), 'distri-west', file, 'application/x-ndjson');
    const job = await finished(testHub(), 'distri-west', accepted.body.jobId);
    expect(job.counts).toMatchObject({ accepted: 1, rejected: 2 });
    expect(job.errors.items.map((error: { line: number; pointer: string }) => [error.line, error.pointer])).toEqual([
      [2, '/reseller'],
      [3, '/reseller'],
    ]);
    const [owner] = await testHub().query<{ reseller_id: string }>("SELECT c.reseller_id FROM claims c JOIN claim_hops h ON h.claim_id = c.id WHERE h.reference = 'DIST-1'");
    expect(owner!.reseller_id).toBe('reseller-bravo');
    expect((await apiAs(testHub().url, testHub().keyOf('reseller-alpha')).get(`/v1/bulk/${accepted.body.jobId}`)).status).toBe(404);
  });

  it('refuses other media types', async () => {
    expect((await upload(testHub(), 'reseller-alpha', '<claims/>', 'application/xml')).status).toBe(415);
  });
});
