import { Writable } from 'node:stream';
import { Command, InvalidArgumentError } from 'commander';
import { ACTION_MOVES, CLAIM_ACTIONS } from '@rma-hub/domain';
import type { Context } from '../context';
import { UsageError } from '../errors';
import { Output } from '../output/output';
import { ACTION_NAMES, ACTIONS, actionBody, lineOutcome, registerAct, rmaLine } from './act';

describe('actionBody', () => {
  it("maps authorize's flags to one RMA number, or one per line, and the validity", () => {
    expect(actionBody('authorize', {})).toEqual({});
    expect(actionBody('authorize', { rma: 'SI-2026-000101', validUntil: '2026-12-31' })).toEqual({ rmaNumber: 'SI-2026-000101', validUntil: '2026-12-31' });
    const lines = [
      { serial: 'ADN-1', rmaNumber: 'ALK-1' },
      { serial: 'ADN-2', rmaNumber: 'ALK-2' },
    ];
    expect(actionBody('authorize', { line: lines })).toEqual({ lines });
  });

  it("maps request-info's missing fields and message", () => {
    expect(actionBody('request-info', { missing: ['proofOfPurchase', 'contact.phone'], message: 'Please attach the invoice' })).toEqual({
      missing: ['proofOfPurchase', 'contact.phone'],
      message: 'Please attach the invoice',
    });
  });

  it('gives cancel, reject and reject-quote their reason', () => {
    for (const action of ['cancel', 'reject', 'reject-quote'] as const) expect(actionBody(action, { reason: 'water damage' })).toEqual({ reason: 'water damage' });
  });

  it('names the lines received by their serials, or none for every line', () => {
    expect(actionBody('receive', { serial: ['ADN-1', 'ADN-2'] })).toEqual({ lines: ['ADN-1', 'ADN-2'] });
    expect(actionBody('receive', {})).toEqual({});
  });

  it('builds a quote of amount, currency and validity', () => {
    expect(actionBody('quote', { amount: 89.9, currency: 'EUR', validUntil: '2026-12-31' })).toEqual({ amount: 89.9, currency: 'EUR', validUntil: '2026-12-31' });
  });

  it("builds a resolution with each line's outcome", () => {
    const outcomes = [
      { serial: 'ADN-1', outcome: 'replaced' as const, replacementSerial: 'ADN-9' },
      { serial: 'ADN-2', outcome: 'repaired' as const },
    ];
    expect(actionBody('resolve', { resolution: 'replaced', outcome: outcomes })).toEqual({ resolution: 'replaced', lines: outcomes });
  });

  it('sends the carrier and tracking number of ship and ship-back', () => {
    for (const action of ['ship', 'ship-back'] as const) {
      expect(actionBody(action, { carrier: 'DHL', tracking: '00340434161094042557' })).toEqual({ carrier: 'DHL', trackingNumber: '00340434161094042557' });
    }
  });

  it('adds the note of forward, approve-quote, start-repair and close, and sends {} without one', () => {
    for (const action of ['forward', 'approve-quote', 'start-repair', 'close'] as const) {
      expect(actionBody(action, { note: 'checked' })).toEqual({ note: 'checked' });
      expect(actionBody(action, {})).toEqual({});
    }
  });

  it("refuses a flag the action does not take, naming the action's own", () => {
    expect(() => actionBody('receive', { rma: 'SI-1', note: 'x' })).toThrow(new UsageError('receive takes --serial, not --rma, --note'));
    expect(() => actionBody('add-info', { reason: 'x' })).toThrow(new UsageError('add-info takes only --body <file.json>, not --reason'));
  });

  it('sends the --body file as it is, and only without body flags', () => {
    const facts = { proofOfPurchase: 'INV-1', contact: { phone: '+33 1' } };
    expect(actionBody('add-info', {}, facts)).toBe(facts);
    expect(actionBody('authorize', {}, { rmaNumber: 'SI-1', unknownField: true })).toEqual({ rmaNumber: 'SI-1', unknownField: true });
    expect(() => actionBody('authorize', { rma: 'SI-1' }, {})).toThrow(new UsageError('--body sends the file as it is: leave out --rma'));
  });
});

describe('the flag shapes', () => {
  it('reads --line as serial=rmaNumber', () => {
    expect(rmaLine('ADN-1=SI-2026-000101')).toEqual({ serial: 'ADN-1', rmaNumber: 'SI-2026-000101' });
    expect(rmaLine(' ADN-1 = RMA=7 ')).toEqual({ serial: 'ADN-1', rmaNumber: 'RMA=7' });
    for (const bad of ['ADN-1', 'ADN-1=', '=SI-1', '']) expect(() => rmaLine(bad)).toThrow(InvalidArgumentError);
  });

  it('reads --outcome as serial=outcome, with :replacementSerial for a replacement', () => {
    expect(lineOutcome('ADN-1=repaired')).toEqual({ serial: 'ADN-1', outcome: 'repaired' });
    expect(lineOutcome('ADN-1=replaced:ADN-9')).toEqual({ serial: 'ADN-1', outcome: 'replaced', replacementSerial: 'ADN-9' });
    for (const bad of ['ADN-1', 'ADN-1=', '=repaired', 'ADN-1=replaced:']) expect(() => lineOutcome(bad)).toThrow(InvalidArgumentError);
    expect(() => lineOutcome('ADN-1=fixed')).toThrow(/no outcome fixed; the outcomes: repaired, replaced/);
  });
});

describe('ACTIONS', () => {
  it("are the hub's actions, each with the party that takes it", () => {
    expect([...ACTION_NAMES].sort()).toEqual([...CLAIM_ACTIONS].sort());
    for (const action of ACTION_NAMES) expect([action, [ACTIONS[action].by]]).toEqual([action, ACTION_MOVES[action].parties]);
  });
});

describe('rma-hub act on the command line', () => {
  /** Runs `act` against a client that records the request instead of sending it. */
  async function act(args: string[]) {
    const sent: { claimId: string; action: string; body: unknown; idempotencyKey: string }[] = [];
    const client = {
      act: async (claimId: string, action: string, body: unknown, idempotencyKey: string) => {
        sent.push({ claimId, action, body, idempotencyKey });
        return { id: 'c1', status: 'authorized', references: {}, lines: [], allowedActions: [] };
      },
    };
    const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
    const ctx = { client: () => client, out: new Output(true, discard, discard) } as unknown as Context;
    const program = new Command('rma-hub').exitOverride().configureOutput({ writeErr: () => undefined });
    registerAct(program, ctx);
    await program.parseAsync(['act', ...args], { from: 'user' });
    return sent;
  }

  it('turns repeated flags into the body, with a fresh Idempotency-Key each time', async () => {
    const [first] = await act(['c1', 'authorize', '--line', 'ADN-1=SI-1', '--line', 'ADN-2=SI-2', '--valid-until', '2026-12-31']);
    expect(first).toEqual({
      claimId: 'c1',
      action: 'authorize',
      body: { lines: [{ serial: 'ADN-1', rmaNumber: 'SI-1' }, { serial: 'ADN-2', rmaNumber: 'SI-2' }], validUntil: '2026-12-31' },
      idempotencyKey: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
    const [second] = await act(['c1', 'authorize', '--line', 'ADN-1=SI-1', '--line', 'ADN-2=SI-2', '--valid-until', '2026-12-31']);
    expect(second!.idempotencyKey).not.toBe(first!.idempotencyKey);
  });

  it('keeps the Idempotency-Key given, and reads numbers and repeated fields', async () => {
    expect(await act(['c1', 'quote', '--amount', '120.5', '--currency', 'EUR', '--idempotency-key', 'quote-c1'])).toEqual([
      { claimId: 'c1', action: 'quote', body: { amount: 120.5, currency: 'EUR' }, idempotencyKey: 'quote-c1' },
    ]);
    const [requestInfo] = await act(['c1', 'request-info', '--missing', 'dealer', '--missing', 'contact.phone', '--message', 'who sold it?']);
    expect(requestInfo!.body).toEqual({ missing: ['dealer', 'contact.phone'], message: 'who sold it?' });
    const [resolve] = await act(['c1', 'resolve', '--resolution', 'replaced', '--outcome', 'ADN-1=replaced:ADN-9']);
    expect(resolve!.body).toEqual({ resolution: 'replaced', lines: [{ serial: 'ADN-1', outcome: 'replaced', replacementSerial: 'ADN-9' }] });
  });

  it('refuses an unknown action, a bad flag value or a misplaced flag before sending anything', async () => {
    await expect(act(['c1', 'approve'])).rejects.toThrow(/no action approve; the actions: cancel, add-info, ship, /);
    await expect(act(['c1', 'request-info', '--missing', 'serial'])).rejects.toThrow(/no field serial/);
    await expect(act(['c1', 'quote', '--amount', 'lots'])).rejects.toThrow(/must be a number/);
    await expect(act(['c1', 'ship', '--note', 'fragile'])).rejects.toThrow(UsageError);
  });
});
