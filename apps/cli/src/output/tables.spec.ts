import type { BulkJob, ClaimEvent, ClaimView } from '@rma-hub/api-client';
import { claimAfterAction, claimDetail, eventLine, inboxTable, jobCounts, lineErrorsTable, manufacturersTable } from './tables';
import { tableRows } from '../../../../test/harness/table-rows';

const claim: ClaimView = {
  id: '0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69',
  status: 'authorized',
  manufacturer: 'ubiquiti',
  returnReason: 'defective',
  failureDescription: 'reboots every few minutes',
  purchaseDate: '2026-01-10',
  proofOfPurchase: 'INV-1',
  dealer: null,
  supportTicket: null,
  deliveredOn: null,
  portalAccountId: null,
  shipTo: null,
  contact: {},
  attachments: [],
  warranty: null,
  resolution: null,
  advanceReplacementRequested: false,
  charges: [],
  hops: [],
  references: { reseller: 'ALPHA-1', distributor: 'DW-77', manufacturer: null },
  lines: [{ lineNo: 1, serial: 'F09FC2A1B2C3', model: 'U6-Pro', macId: null, category: null, status: 'authorized', rmaNumber: 'UI-RMA-1', outcome: null, replacementSerial: null, warrantyEndsOn: null }],
  allowedActions: ['ship', 'cancel'],
  shipment: null,
  quote: null,
  returnShipment: null,
  upstream: { state: 'waiting', attempts: 3, lastError: 'HTTP 503', nextAttemptAt: '2026-03-14T10:05:00.000Z' },
  createdAt: '2026-03-14T10:00:00.000Z',
  updatedAt: '2026-03-14T10:01:00.000Z',
};

const job = (overrides: Partial<BulkJob>): BulkJob => ({
  id: 'job-1',
  kind: 'import',
  format: 'ndjson',
  state: 'done',
  counts: { received: 302, accepted: 298, duplicates: 2, rejected: 2, done: 302 },
  progress: 1,
  createdAt: '2026-03-14T10:00:00.000Z',
  startedAt: '2026-03-14T10:00:01.000Z',
  finishedAt: '2026-03-14T10:00:03.000Z',
  errors: { items: [], nextErrorsAfter: null },
  ...overrides,
});


describe('tables', () => {
  it('show a claim with its references, upstream state and lines', () => {
    const text = claimDetail(claim);
    expect(tableRows(text)).toEqual(
      expect.arrayContaining([
        ['status', 'authorized'],
        ['reseller reference', 'ALPHA-1'],
        ['manufacturer reference', '—'],
        ['upstream', 'waiting, 3 attempts, last error: HTTP 503, next attempt 2026-03-14T10:05:00.000Z'],
        ['you may', 'ship, cancel'],
        ['1', 'F09FC2A1B2C3', 'U6-Pro', 'authorized', 'UI-RMA-1'],
      ]),
    );
  });

  it('show a claim after an action: its new status, what the caller may do next, its quote and shipments', () => {
    const quoted: ClaimView = {
      ...claim,
      status: 'quote_pending',
      allowedActions: [],
      shipment: { carrier: 'DHL', trackingNumber: '0034', shippedAt: '2026-03-15T09:00:00.000Z' },
      quote: { amount: 120, currency: 'EUR', validUntil: '2026-04-01', quotedAt: '2026-03-16T09:00:00.000Z' },
    };
    const rows = tableRows(claimAfterAction(quoted));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['status', 'quote_pending'],
        ['you may', 'nothing now'],
        ['shipped', 'DHL 0034, 2026-03-15T09:00:00.000Z'],
        ['quote', '120 EUR, valid until 2026-04-01'],
      ]),
    );
    expect(rows.map(([label]) => label)).not.toContain('upstream');
    expect(rows.map(([label]) => label)).not.toContain('shipped back');
  });

  it("list an inbox with every party's references and the caller's possible actions", () => {
    expect(tableRows(inboxTable([claim]))).toEqual([
      ['id', 'status', 'manufacturer', 'references', 'you may', 'updated'],
      [claim.id, 'authorized', 'ubiquiti', 'ALPHA-1, DW-77', 'ship, cancel', '2026-03-14T10:01:00.000Z'],
    ]);
  });

  it("count an import job's lines", () => {
    expect(tableRows(jobCounts(job({})))).toEqual([
      ['received', '302'],
      ['accepted', '298'],
      ['duplicates', '2'],
      ['rejected', '2'],
    ]);
  });

  it("count a forward job's claims as forwarded and refused, and tally them per manufacturer", () => {
    const forward = job({ kind: 'forward', manufacturers: [{ manufacturer: 'ubiquiti', forwarded: 40, refused: 2, rmaOpened: 31, waiting: 9, refusedByPortal: 0 }] });
    expect(tableRows(jobCounts(forward)).map(([label]) => label)).toEqual(['received', 'forwarded', 'duplicates', 'refused']);
    expect(tableRows(manufacturersTable(forward.manufacturers!))).toEqual([
      ['manufacturer', 'forwarded', 'refused', 'RMA opened', 'waiting'],
      ['ubiquiti', '40', '2', '31', '9'],
    ]);
  });

  it('list line errors with their line, field and reason', () => {
    expect(
      tableRows(
        lineErrorsTable([
          { line: 2, pointer: '', detail: 'not JSON' },
          { line: 4, pointer: '/purchaseDate', detail: 'must be a date in the form YYYY-MM-DD' },
        ]),
      ),
    ).toEqual([
      ['line', 'field', 'problem'],
      ['2', '(whole line)', 'not JSON'],
      ['4', '/purchaseDate', 'must be a date in the form YYYY-MM-DD'],
    ]);
  });

  it('print an event as when, move, who and why', () => {
    const event: ClaimEvent = {
      seq: 3,
      type: 'status_changed',
      from: 'forwarded',
      to: 'authorized',
      actor: { role: 'manufacturer', partyId: 'ubiquiti' },
      reason: 'RMA opened',
      data: {},
      occurredAt: '2026-03-14T10:01:00.000Z',
    };
    expect(eventLine(event)).toBe('2026-03-14T10:01:00.000Z  forwarded → authorized  [manufacturer ubiquiti]  RMA opened');
    expect(eventLine({ ...event, type: 'policy_decision', from: null, to: null, actor: { role: 'hub', partyId: null } })).toBe(
      '2026-03-14T10:01:00.000Z  policy decision  [hub]  RMA opened',
    );
  });
});
