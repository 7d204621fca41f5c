import { apiAs, DEMO_CLAIM as demoClaim, eventually, useTestHub, type TimelineEvent } from '@rma-hub/testing';

/**
 * Charge Amps (seed 000) takes no moves in the hub itself: distri-west deals with its support by
 * e-mail and records Charge Amps' moves on its behalf. Its support ticket doubles as the RMA
 * number; proof of purchase decides the warranty; out of warranty, a cost suggestion comes first.
 */
describe('Charge Amps, handled by distri-west on its behalf', () => {
  const testHub = useTestHub();
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const distributor = () => apiAs(testHub().url, testHub().keyOf('distri-west'));
  const claimOf = async (id: string) => (await reseller().get(`/v1/claims/${id}`)).body;
  const eventsOf = async (id: string) => (await reseller().get(`/v1/claims/${id}/events`)).body.events as TimelineEvent[];
  const reach = (id: string, status: string) => eventually(async () => expect((await claimOf(id)).status).toBe(status));
  const act = (api: ReturnType<typeof apiAs>, id: string, action: string, body: object = {}) => api.post(`/v1/claims/${id}/actions/${action}`, body);

  /** A day relative to today (UTC), as YYYY-MM-DD. */
  const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const yearsAgo = (years: number) => {
    const day = new Date();
    day.setUTCFullYear(day.getUTCFullYear() - years);
    return day.toISOString().slice(0, 10);
  };

  /** A charging-station claim from reseller-alpha, with a support ticket and proof of purchase unless left out. */
  const chargeAmpsClaim = (reference: string, serial: string, extra: Record<string, unknown> = {}) => ({
    ...demoClaim,
    reference,
    manufacturer: 'charge-amps',
    failureDescription: 'Charger does not start a session; status LED blinks red. Fault confirmed by Charge Amps support.',
    purchaseDate: daysFromToday(-60),
    proofOfPurchase: `INV-${serial}`,
    supportTicket: `CA-TICKET-${serial}`,
    lines: [{ serial, model: 'Halo Wallbox 11kW' }],
    ...extra,
  });
  const submit = async (claim: Record<string, unknown>) => {
    const submitted = await reseller().post('/v1/claims', claim);
    expect(submitted.status).toBe(201);
    return submitted.body.id as string;
  };

  it('parks a claim without a support ticket in needs_info, forwards it once the ticket is added, and puts it in distri-west’s inbox only', async () => {
    const { supportTicket: _none, ...withoutTicket } = chargeAmpsClaim('CA-NO-TICKET', 'CA-SN-1001');
    const id = await submit(withoutTicket);
    await reach(id, 'needs_info');
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      to: 'needs_info',
      actor: { role: 'hub' },
      data: { missing: ['supportTicket'], rule: 'support_ticket', policy: { manufacturerId: 'charge-amps' } },
    });

    const added = await act(reseller(), id, 'add-info', { supportTicket: 'CA-TICKET-77120' });
    expect(added.status).toBe(200);
    expect(added.body.supportTicket).toBe('CA-TICKET-77120');
    await reach(id, 'forwarded');
    const forwarded = (await eventsOf(id)).findLast((event) => event.to === 'forwarded');
    expect(forwarded).toMatchObject({ to: 'forwarded', actor: { role: 'distributor', partyId: 'distri-west' } });
    expect(forwarded!.reason).toContain('charge-amps RMAs are handled by the distributor');

    const inbox = (await distributor().get('/v1/claims?waitingOn=me')).body.claims as { id: string; allowedActions: string[] }[];
    const waiting = inbox.find((claim) => claim.id === id);
    expect(waiting).toBeDefined();
    expect(waiting!.allowedActions).toEqual(expect.arrayContaining(['authorize', 'request-info', 'reject', 'receive']));
    expect((await reseller().get('/v1/claims?waitingOn=me')).body.claims.map((claim: { id: string }) => claim.id)).not.toContain(id);
    expect((await claimOf(id)).allowedActions).not.toContain('authorize');

    // Charge Amps itself has no key in the network: nobody can call the hub as charge-amps.
    expect(testHub().network.parties.find((party) => party.id === 'charge-amps')?.apiKeys).toEqual([]);
    expect(() => testHub().keyOf('charge-amps')).toThrow();
    // Another manufacturer with its own desk is off the claim's chain: the claim does not exist for it.
    const adNotam = apiAs(testHub().url, testHub().keyOf('ad-notam'));
    expect(await adNotam.get(`/v1/claims/${id}`)).toMatchObject({ status: 404, body: { code: 'CLAIM.NOT_FOUND' } });
    expect(await act(adNotam, id, 'authorize', { rmaNumber: 'SI-STOLEN-1' })).toMatchObject({ status: 404, body: { code: 'CLAIM.NOT_FOUND' } });
    expect((await adNotam.get('/v1/claims?waitingOn=me')).body.claims.map((claim: { id: string }) => claim.id)).not.toContain(id);
    expect((await claimOf(id)).status).toBe('forwarded');
  });

  it('authorizes with the support ticket as the RMA number, recorded as charge-amps acted by distri-west', async () => {
    const ticket = 'CA-TICKET-2002';
    const id = await submit(chargeAmpsClaim('CA-TICKET-RMA', 'CA-SN-2002', { supportTicket: ticket }));
    await reach(id, 'forwarded');

    const authorized = await act(distributor(), id, 'authorize', {});
    expect(authorized.status).toBe(200);
    expect(authorized.body).toMatchObject({ status: 'authorized', references: { manufacturer: ticket }, lines: [{ serial: 'CA-SN-2002', status: 'authorized', rmaNumber: ticket }] });
    const claim = await claimOf(id);
    expect(claim.references.manufacturer).toBe(ticket);
    expect(claim.lines.map((line: { rmaNumber: string }) => line.rmaNumber)).toEqual([ticket]);
    expect(claim.allowedActions).toContain('ship');

    const events = await eventsOf(id);
    const authorization = events.find((event) => event.to === 'authorized');
    expect(authorization).toMatchObject({ from: 'forwarded', actor: { role: 'manufacturer', partyId: 'charge-amps', actedBy: 'distri-west' } });
    expect(authorization!.reason).toContain('distri-west for charge-amps');
    expect(authorization!.reason).toContain(ticket);
    expect(events.some((event) => event.data?.rule === 'support_ticket' && event.reason.includes(`${ticket} doubles as the RMA number`))).toBe(true);
    const found = (await distributor().get(`/v1/claims?reference=${ticket}`)).body.claims.map((c: { id: string }) => c.id);
    expect(found).toEqual([id]);
  });

  it('lets proof of purchase decide the warranty: undetermined without it, in warranty with it and a recent purchase', async () => {
    const { proofOfPurchase: _none, ...withoutProof } = chargeAmpsClaim('CA-NO-PROOF', 'CA-SN-3001');
    const unproven = await submit(withoutProof);
    const proven = await submit(chargeAmpsClaim('CA-PROOF', 'CA-SN-3002'));
    await reach(unproven, 'forwarded');
    await reach(proven, 'forwarded');

    const undetermined = (await claimOf(unproven)).warranty;
    expect(undetermined).toMatchObject({ status: 'undetermined', endsOn: null, rule: 'warranty', policy: { manufacturerId: 'charge-amps' } });
    expect(undetermined.reason).toMatch(/proof of purchase/);
    expect((await claimOf(proven)).warranty).toMatchObject({ status: 'in_warranty', rule: 'warranty' });
    expect((await claimOf(proven)).warranty.endsOn > daysFromToday(0)).toBe(true);
  });

  it('out of warranty: a cost suggestion to accept before repair, then a refurbished replacement shipped back and closed', async () => {
    const serial = 'CA-SN-4004';
    const replacementSerial = 'CA-REFURB-4004';
    const ticket = 'CA-TICKET-4004';
    const id = await submit(chargeAmpsClaim('CA-OUT-OF-WARRANTY', serial, { purchaseDate: yearsAgo(3), supportTicket: ticket }));
    await reach(id, 'forwarded');
    expect((await claimOf(id)).warranty).toMatchObject({ status: 'out_of_warranty' });

    expect((await act(distributor(), id, 'authorize', {})).body.status).toBe('authorized');
    expect((await act(reseller(), id, 'ship', { carrier: 'DHL', trackingNumber: 'JD-CA-4004' })).body.status).toBe('in_transit');
    const received = await act(distributor(), id, 'receive', {});
    expect(received.status).toBe(200);
    expect(received.body.status).toBe('quote_pending');
    expect((await eventsOf(id)).at(-1)).toMatchObject({ from: 'received', to: 'quote_pending', actor: { role: 'hub' }, data: { rule: 'quote_required' } });

    const tooEarly = await act(distributor(), id, 'start-repair', {});
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body).toMatchObject({ code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: 'quote_pending', allowedNext: expect.any(Array) });
    expect(tooEarly.body.allowedNext).not.toContain('repairing');
    expect(tooEarly.body.detail).toMatch(/quote/);
    expect((await claimOf(id)).status).toBe('quote_pending');

    const quoted = await act(distributor(), id, 'quote', { amount: 95, currency: 'EUR' });
    expect(quoted.status).toBe(200);
    expect(quoted.body).toMatchObject({ status: 'quote_pending', quote: { amount: 95, currency: 'EUR' } });
    const quoteNote = (await eventsOf(id)).find((event) => event.data?.action === 'quote');
    expect(quoteNote).toMatchObject({ actor: { role: 'manufacturer', partyId: 'charge-amps', actedBy: 'distri-west' } });
    expect(quoteNote!.reason).toContain('distri-west for charge-amps quoted 95.00 EUR');
    expect((await claimOf(id)).allowedActions).toEqual(expect.arrayContaining(['approve-quote', 'reject-quote']));

    const approved = await act(reseller(), id, 'approve-quote', { note: 'go ahead' });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('repairing');

    // The unit cannot be repaired: Charge Amps replaces it with a refurbished one (000).
    const resolved = await act(distributor(), id, 'resolve', {
      resolution: 'refurbished_replacement',
      lines: [{ serial, outcome: 'refurbished_replacement', replacementSerial }],
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolution: 'refurbished_replacement',
      lines: [{ serial, outcome: 'refurbished_replacement', replacementSerial, warrantyEndsOn: daysFromToday(90) }],
    });
    const history = (await reseller().get(`/v1/serials/${replacementSerial}/history`)).body.entries;
    expect(history).toEqual([expect.objectContaining({ claimId: id, serial, rmaNumber: ticket, outcome: 'refurbished_replacement', replacementSerial, warrantyEndsOn: daysFromToday(90) })]);

    const shippedBack = await act(distributor(), id, 'ship-back', { carrier: 'DHL', trackingNumber: 'JD-CA-BACK-4004' });
    expect(shippedBack.body).toMatchObject({ status: 'shipped_back', returnShipment: { carrier: 'DHL', trackingNumber: 'JD-CA-BACK-4004' } });
    const closed = await act(distributor(), id, 'close', { note: 'refurbished unit delivered' });
    expect(closed.body.status).toBe('closed');
    expect(closed.body.allowedActions).toEqual([]);

    const moves = (await eventsOf(id)).filter((event) => event.type === 'status_changed').map((event) => `${event.to}:${event.actor.role}`);
    expect(moves).toEqual([
      'submitted:reseller',
      'forwarded:distributor',
      'authorized:manufacturer',
      'in_transit:reseller',
      'received:manufacturer',
      'quote_pending:hub',
      'repairing:reseller',
      'resolved:manufacturer',
      'shipped_back:manufacturer',
      'closed:manufacturer',
    ]);
  });
});

