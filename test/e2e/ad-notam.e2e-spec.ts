import { apiAs, DEMO_CLAIM as demoClaim, eventually, useTestHub, type TimelineEvent } from '@rma-hub/testing';

/**
 * ad notam's RMA procedure (seed 002) end to end: ad notam is its own RMA desk in the hub (channel
 * `hub`), so every manufacturer move below is taken with ad notam's own API key, against claims
 * reseller-alpha submits through distri-west.
 */


const DAY_MS = 86_400_000;
const SI_NUMBER = /^SI-\d{4}-\d{6}$/;

/** Calendar days as the hub counts them: UTC dates, YYYY-MM-DD. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const startOfToday = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
};
const daysFromToday = (days: number) => isoDay(new Date(startOfToday().getTime() + days * DAY_MS));
const plusDays = (day: string, days: number) => isoDay(new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY_MS));
/** The same day of the month, `months` away; the day is kept at most 28 so no month clamps it. */
const monthsFromToday = (months: number, dayOfMonth: number) => {
  const today = startOfToday();
  return isoDay(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, dayOfMonth)));
};
/** Working days (Monday to Friday) after `day`, skipping weekends. */
const plusBusinessDays = (day: string, days: number) => {
  let date = new Date(`${day}T00:00:00Z`);
  for (let counted = 0; counted < days; ) {
    date = new Date(date.getTime() + DAY_MS);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted += 1;
  }
  return isoDay(date);
};

describe("ad notam's RMA procedure (seed 002), with ad notam's own API key", () => {
  const testHub = useTestHub();
  let claimNo = 0;

  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const adNotam = () => apiAs(testHub().url, testHub().keyOf('ad-notam'));
  const distributor = () => apiAs(testHub().url, testHub().keyOf('distri-west'));

  const claimOf = async (id: string) => (await reseller().get(`/v1/claims/${id}`)).body;
  const eventsOf = async (id: string): Promise<TimelineEvent[]> => (await reseller().get(`/v1/claims/${id}/events`)).body.events;
  const policyDecision = async (id: string, rule: string) => (await eventsOf(id)).find((event) => event.type === 'policy_decision' && event.data.rule === rule);
  const reach = (id: string, status: string) => eventually(async () => expect((await claimOf(id)).status).toBe(status));
  const inboxOf = async (api: ReturnType<typeof apiAs>) => (await api.get('/v1/claims?waitingOn=me&limit=200')).body.claims as { id: string; status: string; allowedActions: string[] }[];

  /** A claim complete under ad notam's required fields (dealer, phone, e-mail, model, serial, purchase date, proof, description). */
  const submit = async (overrides: Record<string, unknown> = {}, line: Record<string, unknown> = {}) => {
    claimNo += 1;
    const { supportTicket: _notAdNotams, ...complete } = demoClaim;
    const serial = `AN-UNIT-${claimNo}`;
    const response = await reseller().post('/v1/claims', {
      ...complete,
      reference: `AN-${claimNo}`,
      manufacturer: 'ad-notam',
      failureDescription: 'The display stays black after power-on; the backlight never comes on.',
      purchaseDate: monthsFromToday(-6, 10),
      lines: [{ serial, model: 'AN-MD-22', ...line }],
      ...overrides,
    });
    expect(response.status).toBe(201);
    expect(response.body.status).toBe('submitted');
    return { id: response.body.id as string, serial };
  };
  const forwarded = async (overrides: Record<string, unknown> = {}, line: Record<string, unknown> = {}) => {
    const claim = await submit(overrides, line);
    await reach(claim.id, 'forwarded');
    return claim;
  };

  /** A manufacturer move with ad notam's key, expected to succeed. */
  const adNotamDoes = async (id: string, action: string, body: Record<string, unknown> = {}) => {
    const response = await adNotam().post(`/v1/claims/${id}/actions/${action}`, body);
    expect({ action, status: response.status }).toEqual({ action, status: 200 });
    return response.body;
  };
  const resellerDoes = async (id: string, action: string, body: Record<string, unknown> = {}) => {
    const response = await reseller().post(`/v1/claims/${id}/actions/${action}`, body);
    expect({ action, status: response.status }).toEqual({ action, status: 200 });
    return response.body;
  };
  /** Authorized with an SI number the hub issues, shipped by the reseller, received by ad notam. */
  const receivedUnderSiNumber = async (overrides: Record<string, unknown> = {}) => {
    const claim = await forwarded(overrides);
    const authorized = await adNotamDoes(claim.id, 'authorize');
    expect(authorized.status).toBe('authorized');
    await resellerDoes(claim.id, 'ship', { carrier: 'DHL', trackingNumber: `JD-${claim.serial}` });
    return { ...claim, siNumber: authorized.references.manufacturer as string, received: await adNotamDoes(claim.id, 'receive') };
  };

  describe('a complete in-warranty claim, from the SI number to closing', () => {
    it('waits in ad notam’s inbox, gets an SI number from the hub, and goes through repair to closed with every party on the timeline', async () => {
      const purchaseDate = monthsFromToday(-6, 10);
      const { id, serial } = await forwarded({ purchaseDate });
      const originalWarrantyEnd = monthsFromToday(18, 9); // purchase + 24 months − 1 day
      expect((await claimOf(id)).warranty).toMatchObject({ status: 'in_warranty', endsOn: originalWarrantyEnd });

      // The claim waits on ad notam's RMA desk, not on the reseller.
      const inbox = await inboxOf(adNotam());
      expect(inbox.find((claim) => claim.id === id)).toMatchObject({ status: 'forwarded', allowedActions: expect.arrayContaining(['authorize', 'request-info', 'reject', 'receive']) });
      expect((await inboxOf(reseller())).map((claim) => claim.id)).not.toContain(id);

      // Only ad notam issues its numbers: not the reseller, not the distributor (ad notam's channel is the hub), not a party off the chain.
      expect((await reseller().post(`/v1/claims/${id}/actions/authorize`, {})).body).toMatchObject({ status: 403, code: 'CLAIM.ACTION_FORBIDDEN' });
      expect((await distributor().post(`/v1/claims/${id}/actions/authorize`, {})).body).toMatchObject({ status: 403, code: 'CLAIM.ACTION_FORBIDDEN' });
      expect((await apiAs(testHub().url, testHub().keyOf('reseller-bravo')).post(`/v1/claims/${id}/actions/authorize`, {})).body).toMatchObject({ status: 404, code: 'CLAIM.NOT_FOUND' });
      expect((await claimOf(id)).status).toBe('forwarded');

      const authorized = await adNotamDoes(id, 'authorize');
      const siNumber: string = authorized.references.manufacturer;
      expect(siNumber).toMatch(SI_NUMBER);
      expect(authorized).toMatchObject({ status: 'authorized', lines: [{ serial, status: 'authorized', rmaNumber: siNumber }] });
      expect((await inboxOf(adNotam())).map((claim) => claim.id)).not.toContain(id);
      expect((await inboxOf(reseller())).find((claim) => claim.id === id)?.allowedActions).toContain('ship');

      // The reseller finds the claim by ad notam's SI number.
      const found = await reseller().get(`/v1/claims?reference=${encodeURIComponent(siNumber)}`);
      expect(found.body.claims.map((claim: { id: string }) => claim.id)).toEqual([id]);

      // 002 §10: the SI number is valid for 30 days from its assignment.
      const authorization = (await eventsOf(id)).find((event) => event.to === 'authorized')!;
      const [expiry] = await testHub().query<{ due_at: Date; rule: string }>(
        "SELECT due_at, rule FROM claim_timers WHERE claim_id = $1 AND kind = 'rma_expiry' AND cancelled_at IS NULL AND fired_at IS NULL",
        [id],
      );
      expect(expiry!.rule).toBe('rma_validity');
      const validityMs = expiry!.due_at.getTime() - new Date(authorization.occurredAt).getTime();
      expect(Math.abs(validityMs - 30 * DAY_MS)).toBeLessThan(60_000);

      expect((await resellerDoes(id, 'ship', { carrier: 'DHL', trackingNumber: 'JD014600' })).status).toBe('in_transit');
      const [shippedExpiry] = await testHub().query<{ cancelled_at: Date | null }>("SELECT cancelled_at FROM claim_timers WHERE claim_id = $1 AND kind = 'rma_expiry'", [id]);
      expect(shippedExpiry!.cancelled_at).not.toBeNull();

      const received = await adNotamDoes(id, 'receive');
      expect(received).toMatchObject({ status: 'received', charges: [] });
      expect((await adNotamDoes(id, 'start-repair', { note: 'backlight inverter replaced' })).status).toBe('repairing');

      const resolved = await adNotamDoes(id, 'resolve', { resolution: 'repaired' });
      expect(resolved).toMatchObject({ status: 'resolved', resolution: 'repaired', charges: [] });
      // 002 §9.1: the remainder of the original warranty, being longer than 90 days.
      expect(resolved.lines[0]).toMatchObject({ serial, outcome: 'repaired', warrantyEndsOn: originalWarrantyEnd });
      expect((await policyDecision(id, 'repair_warranty'))?.reason).toBe(`unit ${serial} is under warranty until ${originalWarrantyEnd}: the remaining original warranty, until ${originalWarrantyEnd}`);

      const shippedBack = await adNotamDoes(id, 'ship-back', { carrier: 'UPS', trackingNumber: '1Z999AA1' });
      expect(shippedBack).toMatchObject({ status: 'shipped_back', returnShipment: { carrier: 'UPS', trackingNumber: '1Z999AA1' } });
      expect((await adNotamDoes(id, 'close', { note: 'SI closed after return shipment' })).status).toBe('closed');
      expect((await claimOf(id)).status).toBe('closed');

      const moves = (await eventsOf(id)).filter((event) => event.type === 'status_changed');
      expect(moves.map((event) => `${event.to}:${event.actor.role}:${event.actor.partyId}`)).toEqual([
        'submitted:reseller:reseller-alpha',
        'forwarded:distributor:distri-west',
        'authorized:manufacturer:ad-notam',
        'in_transit:reseller:reseller-alpha',
        'received:manufacturer:ad-notam',
        'repairing:manufacturer:ad-notam',
        'resolved:manufacturer:ad-notam',
        'shipped_back:manufacturer:ad-notam',
        'closed:manufacturer:ad-notam',
      ]);
      expect(moves.map((event) => event.reason)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^forwarded by distri-west \(DW-RMA-\d{4}-\d{6}\) to ad-notam$/),
          `ad-notam issued RMA ${siNumber}`,
          `ad-notam received ${serial}`,
          'ad-notam started the repair: backlight inverter replaced',
          'ad-notam resolved the claim: repaired',
          'ad-notam shipped the goods back with UPS, tracking 1Z999AA1',
          'ad-notam closed the claim: SI closed after return shipment',
        ]),
      );
      expect(moves.every((event) => event.actor.actedBy === undefined)).toBe(true);

      const history = (await reseller().get(`/v1/serials/${serial}/history`)).body.entries;
      expect(history).toEqual([expect.objectContaining({ claimId: id, rmaNumber: siNumber, outcome: 'repaired', warrantyEndsOn: originalWarrantyEnd, claimStatus: 'closed' })]);
    });

    it('gives a repaired unit bought ~23.5 months ago 90 days of warranty from the repair, longer than what remained', async () => {
      const purchaseDate = daysFromToday(-715);
      const { id, serial, received } = await receivedUnderSiNumber({ purchaseDate });
      expect(received.warranty.status).toBe('in_warranty');
      expect(received.warranty.endsOn < daysFromToday(90)).toBe(true);

      const resolved = await adNotamDoes(id, 'resolve', { resolution: 'repaired' });
      const ninetyDays = daysFromToday(90);
      expect(resolved.lines[0]).toMatchObject({ serial, outcome: 'repaired', warrantyEndsOn: ninetyDays });
      expect(await policyDecision(id, 'repair_warranty')).toMatchObject({
        actor: { role: 'hub' },
        reason: `unit ${serial} is under warranty until ${ninetyDays}: 90 days from the repair`,
        data: { serial, warrantyEndsOn: ninetyDays },
      });
    });
  });

  describe('dead on arrival (002 §6.3: reported within 14 days of receipt)', () => {
    it('handles a unit delivered exactly 14 days ago as dead on arrival', async () => {
      const deliveredOn = daysFromToday(-14);
      const { id } = await forwarded({ returnReason: 'doa', purchaseDate: daysFromToday(-20), deliveredOn });
      const decision = await policyDecision(id, 'doa_window');
      expect(decision).toMatchObject({ type: 'policy_decision', actor: { role: 'hub' }, data: { accepted: true, deadline: plusDays(deliveredOn, 14) } });
      expect(decision!.reason).toMatch(/^dead on arrival: reported 14 day\(s\) after receipt, within 14$/);
    });

    it('does not handle a unit delivered 15 days ago as dead on arrival', async () => {
      const deliveredOn = daysFromToday(-15);
      const { id } = await forwarded({ returnReason: 'doa', purchaseDate: daysFromToday(-20), deliveredOn });
      const decision = await policyDecision(id, 'doa_window');
      expect(decision).toMatchObject({ type: 'policy_decision', data: { accepted: false, deadline: plusDays(deliveredOn, 14) } });
      expect(decision!.reason).toMatch(/^not handled as dead on arrival: reported 15 days after receipt/);
    });
  });

  it('charges the 75 EUR inspection fee when no fault is found (002 §9.3)', async () => {
    const { id, received } = await receivedUnderSiNumber();
    expect(received).toMatchObject({ status: 'received', charges: [] });
    const resolved = await adNotamDoes(id, 'resolve', { resolution: 'no_fault_found' });
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: 'no_fault_found',
      charges: [{ kind: 'inspection', amount: 75, currency: 'EUR', rule: 'inspection_fee', reason: 'no fault found', policy: { manufacturerId: 'ad-notam' } }],
    });
    expect(resolved.lines[0].outcome).toBe('no_fault_found');
  });

  it('out of warranty, waits for the reseller’s answer to ad notam’s quote; a refused quote ships back unrepaired with the inspection fee (002 §11)', async () => {
    const { id, serial, received } = await receivedUnderSiNumber({ purchaseDate: monthsFromToday(-36, 10) });
    expect(received.warranty).toMatchObject({ status: 'out_of_warranty', endsOn: monthsFromToday(-12, 9) });
    expect(received.status).toBe('quote_pending');
    const [receipt, quotePending] = (await eventsOf(id)).filter((event) => event.type === 'status_changed').slice(-2);
    expect(receipt).toMatchObject({ to: 'received', actor: { role: 'manufacturer', partyId: 'ad-notam' } });
    expect(quotePending).toMatchObject({ from: 'received', to: 'quote_pending', actor: { role: 'hub' }, data: { rule: 'quote_required' } });

    // 002 §11: no repair before the written cost approval.
    expect((await adNotam().post(`/v1/claims/${id}/actions/start-repair`, {})).body).toMatchObject({ status: 409, code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: 'quote_pending' });

    const quoted = await adNotamDoes(id, 'quote', { amount: 180, currency: 'EUR' });
    expect(quoted).toMatchObject({ status: 'quote_pending', quote: { amount: 180, currency: 'EUR' } });
    const asReseller = await claimOf(id);
    expect(asReseller.quote).toMatchObject({ amount: 180, currency: 'EUR' });
    expect(asReseller.allowedActions).toEqual(expect.arrayContaining(['approve-quote', 'reject-quote']));
    expect((await inboxOf(reseller())).map((claim) => claim.id)).toContain(id);
    expect((await eventsOf(id)).at(-1)).toMatchObject({ type: 'policy_decision', actor: { partyId: 'ad-notam' }, reason: 'ad-notam quoted 180.00 EUR for the repair' });

    const rejected = await resellerDoes(id, 'reject-quote', { reason: 'cheaper to buy a new display' });
    expect(rejected).toMatchObject({
      status: 'shipped_back',
      resolution: 'returned_unrepaired',
      charges: [{ kind: 'inspection', amount: 75, currency: 'EUR', rule: 'inspection_fee', reason: 'repair quote refused' }],
      lines: [{ serial, outcome: 'returned_unrepaired' }],
    });
    const live = await testHub().query<{ kind: string }>("SELECT kind FROM claim_timers WHERE claim_id = $1 AND kind IN ('scrap', 'quote_timeout') AND cancelled_at IS NULL AND fired_at IS NULL", [id]);
    expect(live).toEqual([]);
  });

  it('grants an advance replacement for a monitor on authorization, with the defective unit due back 15 business days later (002 §8)', async () => {
    const { id, serial } = await forwarded({ advanceReplacement: true }, { category: 'monitor' });
    expect((await claimOf(id)).advanceReplacementRequested).toBe(true);
    expect(await testHub().query("SELECT 1 FROM claim_timers WHERE claim_id = $1 AND kind = 'advance_return'", [id])).toEqual([]);

    await adNotamDoes(id, 'authorize');
    const events = await eventsOf(id);
    const authorizedOn = events.find((event) => event.to === 'authorized')!.occurredAt.slice(0, 10);
    const returnBy = plusBusinessDays(authorizedOn, 15);
    const grant = events.find((event) => event.data.rule === 'advance_replacement');
    expect(grant).toMatchObject({ type: 'policy_decision', data: { lines: [{ serial, eligible: true, returnBy }] } });
    expect(grant!.reason).toBe(`advance replacement granted: defective unit due back within 15 business days, by ${returnBy}`);

    const [timer] = await testHub().query<{ due_at: Date; rule: string }>(
      "SELECT due_at, rule FROM claim_timers WHERE claim_id = $1 AND kind = 'advance_return' AND cancelled_at IS NULL AND fired_at IS NULL",
      [id],
    );
    expect(timer).toMatchObject({ rule: 'advance_replacement' });
    expect(timer!.due_at.toISOString()).toBe(`${returnBy}T23:59:59.000Z`);
    // 15 business days always span three weekends, whatever the starting weekday.
    const calendarDays = (new Date(`${returnBy}T00:00:00Z`).getTime() - new Date(`${authorizedOn}T00:00:00Z`).getTime()) / DAY_MS;
    expect(calendarDays).toBeGreaterThanOrEqual(19);
    expect(calendarDays).toBeLessThanOrEqual(21);
  });

  it('charges the 75 EUR admin fee for goods that arrive without an SI number (002 §3)', async () => {
    const { id, serial } = await forwarded();
    const received = await adNotamDoes(id, 'receive');
    expect(received).toMatchObject({
      status: 'received',
      references: { manufacturer: null },
      lines: [{ serial, status: 'received', rmaNumber: null }],
      charges: [{ kind: 'admin', amount: 75, currency: 'EUR', rule: 'admin_fee', reason: 'goods arrived without an authorized RMA number' }],
    });
    expect((await eventsOf(id)).at(-1)).toMatchObject({ from: 'forwarded', to: 'received', actor: { partyId: 'ad-notam' }, reason: `ad-notam received ${serial} without an authorized RMA number` });
  });

  it('asks the reseller for missing information before allocating an SI number, and gets the claim back once it is added (002 §3)', async () => {
    const { id } = await forwarded();
    const asked = await adNotamDoes(id, 'request-info', { missing: ['proofOfPurchase'], message: 'the invoice scan is unreadable' });
    expect(asked.status).toBe('needs_info');
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      from: 'forwarded',
      to: 'needs_info',
      actor: { role: 'manufacturer', partyId: 'ad-notam' },
      reason: 'ad-notam needs proofOfPurchase: the invoice scan is unreadable',
      data: { missing: ['proofOfPurchase'] },
    });
    expect((await inboxOf(adNotam())).map((claim) => claim.id)).not.toContain(id);
    expect((await inboxOf(reseller())).find((claim) => claim.id === id)?.allowedActions).toContain('add-info');

    const added = await resellerDoes(id, 'add-info', { proofOfPurchase: 'INV-2026-AN-0042' });
    expect(added).toMatchObject({ status: 'forwarded', proofOfPurchase: 'INV-2026-AN-0042' });
    expect((await inboxOf(adNotam())).find((claim) => claim.id === id)).toMatchObject({ status: 'forwarded', allowedActions: expect.arrayContaining(['authorize']) });
    const authorized = await adNotamDoes(id, 'authorize');
    expect(authorized.references.manufacturer).toMatch(SI_NUMBER);
  });
});
