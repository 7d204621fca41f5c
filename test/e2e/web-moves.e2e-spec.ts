import type { Page } from 'playwright-core';
import { apiAs, DEMO_CLAIM as demoClaim, eventually, useTestHub, type TimelineEvent } from '@rma-hub/testing';
import { useWebBrowser } from '../harness/web-browser';

/**
 * The manufacturer's and reseller's remaining moves through the claim page, in real headless Chromium
 * (Debian's package, driven by playwright-core) against a hub on Kafka and PostgreSQL: ad notam quotes an
 * out-of-warranty repair and the reseller approves it (then ad notam ships the unit back) or refuses it
 * (the unit comes back unrepaired, with the inspection fee); ad notam rejects a claim with a reason;
 * distri-west takes Charge Amps' moves on its behalf from its inbox; reseller-alpha uploads a CSV file.
 * What each page shows is checked against the API. Screenshots go to .cache/screenshots/.
 */
const UI_TIMEOUT = 60_000;

describe('the manufacturer’s and reseller’s moves on the claim page, in headless Chromium', () => {
  const testHub = useTestHub();
  const stamp = Date.now() % 1_000_000;

  const web = useWebBrowser(testHub);
  const { signInAs, screenshot: shot } = web;

  const api = (partyId: string) => apiAs(testHub().url, testHub().keyOf(partyId));
  const claimOf = async (id: string) => (await api('reseller-alpha').get(`/v1/claims/${id}`)).body;
  const eventsOf = async (id: string) => (await api('reseller-alpha').get(`/v1/claims/${id}/events`)).body.events as TimelineEvent[];
  const act = async (partyId: string, id: string, action: string, body: object = {}) => {
    const answer = await api(partyId).post(`/v1/claims/${id}/actions/${action}`, body);
    expect(answer.status).toBe(200);
    return answer.body;
  };

  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const threeYearsAgo = day(-3 * 366);

  /** A complete one-unit ad notam claim from reseller-alpha (ad notam asks for no support ticket), forwarded to its desk. */
  const forwardedAdNotamClaim = async (name: string, purchaseDate: string) => {
    const { supportTicket: _notAdNotams, ...complete } = demoClaim;
    const serial = `${name}-${stamp}`;
    const submitted = await api('reseller-alpha').post('/v1/claims', {
      ...complete,
      reference: serial,
      manufacturer: 'ad-notam',
      failureDescription: 'Vertical lines across the panel after one hour of use.',
      purchaseDate,
      lines: [{ serial, model: 'AN-MD-22' }],
    });
    expect(submitted.status).toBe(201);
    const id: string = submitted.body.id;
    await eventually(async () => expect((await claimOf(id)).status).toBe('forwarded'));
    return { id, serial };
  };
  /** Authorized, shipped and received by API (the browser tests of web-chain drive those forms): out of warranty, the hub asks for a quote. */
  const adNotamClaimAwaitingQuote = async (name: string) => {
    const claim = await forwardedAdNotamClaim(name, threeYearsAgo);
    await act('ad-notam', claim.id, 'authorize');
    await act('reseller-alpha', claim.id, 'ship', { carrier: 'DHL', trackingNumber: `JD-${claim.serial}` });
    expect((await act('ad-notam', claim.id, 'receive')).status).toBe('quote_pending');
    return claim;
  };

  const openClaim = async (partyId: string, id: string, status: string) => {
    const page = await signInAs(partyId);
    await page.goto(`${testHub().url}/app/claims/${id}`);
    await waitForStatus(page, status);
    return page;
  };
  const waitForStatus = (page: Page, status: string) => page.locator(`[data-testid="claim-status"] [data-status="${status}"]`).waitFor({ timeout: UI_TIMEOUT });
  const buttons = (page: Page) => page.locator('.actions button').evaluateAll((shown) => shown.map((button) => button.getAttribute('data-action')));
  const shownStatusOf = (page: Page, serial: string) => page.getByTestId(`status-${serial}`).locator('[data-status]').getAttribute('data-status');
  const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim();

  it('lets ad notam quote an out-of-warranty repair, reseller-alpha approve it, and ad notam ship the repaired unit back', async () => {
    const { id, serial } = await adNotamClaimAwaitingQuote('AN-QUOTE');
    const desk = await openClaim('ad-notam', id, 'quote_pending');
    // The API's line keeps the unit's own progress (received); the page shows the claim's status for it.
    expect((await claimOf(id)).lines).toMatchObject([{ serial, status: 'received' }]);
    expect(await shownStatusOf(desk, serial)).toBe('quote_pending');
    expect(await buttons(desk)).toEqual(['quote']);

    // A lower-case currency is refused beside its field; nothing is quoted.
    await desk.getByRole('button', { name: 'Send a quote' }).click();
    const form = desk.getByTestId('form-quote');
    await form.getByLabel('Amount').fill('120.50');
    await form.getByLabel('Currency (ISO 4217, e.g. EUR)').fill('eur');
    await form.getByRole('button', { name: 'Send' }).click();
    await desk.getByTestId('error-action-currency').waitFor({ timeout: UI_TIMEOUT });
    expect(await desk.getByLabel('Currency (ISO 4217, e.g. EUR)').getAttribute('aria-invalid')).toBe('true');
    expect((await claimOf(id)).quote).toBeNull();

    const validUntil = day(30);
    await form.getByLabel('Currency (ISO 4217, e.g. EUR)').fill('EUR');
    await form.getByLabel('Valid until (optional)').fill(validUntil);
    await shot(desk, 'moves-quote-form');
    await form.getByRole('button', { name: 'Send' }).click();
    await desk.getByTestId('claim-quote').waitFor({ timeout: UI_TIMEOUT });
    expect(await text(desk, 'claim-quote')).toBe(`120.50 EUR, valid until ${validUntil}`);
    expect(await claimOf(id)).toMatchObject({ status: 'quote_pending', quote: { amount: 120.5, currency: 'EUR', validUntil: `${validUntil}T23:59:59.000Z` } });

    // The reseller reads the quote and approves it.
    const reseller = await openClaim('reseller-alpha', id, 'quote_pending');
    expect(await text(reseller, 'claim-quote')).toBe(`120.50 EUR, valid until ${validUntil}`);
    expect(await text(reseller, 'claim-shipment')).toBe(`DHL, tracking JD-${serial}`);
    expect(await buttons(reseller)).toEqual(['approve-quote', 'reject-quote']);
    const { warranty } = await claimOf(id);
    expect(warranty).toMatchObject({ status: 'out_of_warranty' });
    expect(await reseller.getByTestId('warranty').locator('strong').textContent()).toBe(`out of warranty, ended ${warranty.endsOn}`);
    await shot(reseller, 'moves-quote-to-approve');
    await reseller.getByRole('button', { name: 'Approve the quote' }).click();
    await waitForStatus(reseller, 'repairing');
    expect((await eventsOf(id)).at(-1)).toMatchObject({ from: 'quote_pending', to: 'repairing', actor: { role: 'reseller', partyId: 'reseller-alpha' }, data: { action: 'approve-quote' } });

    // Repaired (by API); ad notam's open page offers the shipment back and records carrier and tracking.
    await act('ad-notam', id, 'resolve', { resolution: 'repaired' });
    await waitForStatus(desk, 'resolved');
    await desk.getByRole('button', { name: 'Ship back' }).click();
    const back = desk.getByTestId('form-ship-back');
    await back.getByLabel('Carrier').fill('UPS');
    await back.getByLabel('Tracking number').fill(`1Z-${serial}`);
    await back.getByRole('button', { name: 'Send' }).click();
    await waitForStatus(desk, 'shipped_back');
    expect(await text(desk, 'claim-return-shipment')).toBe(`UPS, tracking 1Z-${serial}`);

    // The reseller's open page shows the unit on its way back, as the API has it.
    await waitForStatus(reseller, 'shipped_back');
    const claim = await claimOf(id);
    expect(claim).toMatchObject({ status: 'shipped_back', resolution: 'repaired', returnShipment: { carrier: 'UPS', trackingNumber: `1Z-${serial}` }, lines: [{ serial, outcome: 'repaired' }] });
    expect(await text(reseller, 'claim-return-shipment')).toBe(`${claim.returnShipment.carrier}, tracking ${claim.returnShipment.trackingNumber}`);
    expect(await text(reseller, 'claim-resolution')).toBe('Repaired');
    expect(await text(reseller, `outcome-${serial}`)).toBe('repaired');
    expect(await shownStatusOf(reseller, serial)).toBe('shipped_back');
    expect(await buttons(reseller)).toEqual([]);
    await shot(reseller, 'moves-shipped-back');
    await Promise.all([desk.context().close(), reseller.context().close()]);
  });

  it('lets reseller-alpha refuse ad notam’s quote: the unit comes back unrepaired and the inspection fee is charged', async () => {
    const { id, serial } = await adNotamClaimAwaitingQuote('AN-REFUSE');
    await act('ad-notam', id, 'quote', { amount: 240, currency: 'EUR' });

    const page = await openClaim('reseller-alpha', id, 'quote_pending');
    expect(await text(page, 'claim-quote')).toBe('240.00 EUR');
    await page.getByRole('button', { name: 'Reject the quote' }).click();
    const form = page.getByTestId('form-reject-quote');
    await form.getByLabel('Reason').fill('Too dear for a three-year-old display.');
    await form.getByRole('button', { name: 'Send' }).click();
    await waitForStatus(page, 'shipped_back');

    const claim = await claimOf(id);
    expect(claim).toMatchObject({ status: 'shipped_back', resolution: 'returned_unrepaired', lines: [{ serial, outcome: 'returned_unrepaired' }], charges: [{ kind: 'inspection', amount: 75, currency: 'EUR' }] });
    expect(await text(page, 'claim-resolution')).toBe('Returned unrepaired');
    expect(await text(page, `outcome-${serial}`)).toBe('returned_unrepaired');
    const charges = page.getByRole('region', { name: 'Charges' }).locator('li');
    expect(await charges.count()).toBe(1);
    expect(await charges.first().textContent()).toMatch(/^inspection: 75 EUR — repair quote refused \(rule inspection_fee, ad-notam v\d+\)$/);
    const refused = page.locator('[data-testid="timeline"] tbody tr[data-to="shipped_back"]');
    expect(await refused.textContent()).toContain('repair quote refused: Too dear for a three-year-old display.');
    expect(await buttons(page)).toEqual([]);
    await shot(page, 'moves-quote-refused');
    await page.context().close();
  });

  it('lets ad notam reject a forwarded claim with a reason that reseller-alpha reads on the claim, then close it', async () => {
    const { id, serial } = await forwardedAdNotamClaim('AN-REJECT', day(-100));
    const reason = 'The warranty seal is broken: the unit was opened outside ad notam’s workshop.';
    const desk = await openClaim('ad-notam', id, 'forwarded');
    await desk.getByRole('button', { name: 'Reject' }).click();
    const form = desk.getByTestId('form-reject');
    expect(await form.getByLabel('Reason').getAttribute('required')).not.toBeNull();
    await form.getByLabel('Reason').fill(reason);
    await shot(desk, 'moves-reject-form');
    await form.getByRole('button', { name: 'Send' }).click();
    await waitForStatus(desk, 'rejected');
    expect(await buttons(desk)).toEqual(['ship-back', 'close']);

    const rejection = (await eventsOf(id)).find((event) => event.to === 'rejected');
    expect(rejection).toMatchObject({ from: 'forwarded', actor: { role: 'manufacturer', partyId: 'ad-notam' }, data: { action: 'reject' } });
    expect(rejection!.reason).toContain(reason);

    const reseller = await openClaim('reseller-alpha', id, 'rejected');
    const row = reseller.locator('[data-testid="timeline"] tbody tr[data-to="rejected"]');
    expect(await row.locator('td').nth(1).textContent()).toBe('ad-notam (manufacturer)');
    expect(await row.locator('td').nth(3).textContent()).toBe(rejection!.reason);
    expect((await claimOf(id)).lines).toMatchObject([{ serial, status: 'submitted' }]);
    expect(await shownStatusOf(reseller, serial)).toBe('rejected');
    expect(await buttons(reseller)).toEqual([]);
    await shot(reseller, 'moves-rejected');

    // Nothing to send back (the unit never left): ad notam closes the claim in one click.
    await desk.getByRole('button', { name: 'Close' }).click();
    await waitForStatus(desk, 'closed');
    expect(await buttons(desk)).toEqual([]);
    expect((await claimOf(id)).status).toBe('closed');
    await Promise.all([desk.context().close(), reseller.context().close()]);
  });

  it('lets distri-west take Charge Amps’ moves from its inbox: authorize with the ticket, receive, quote, ship back; the timeline names both', async () => {
    const serial = `CA-WEB-${stamp}`;
    const ticket = `CA-TICKET-${stamp}`;
    const submitted = await api('reseller-alpha').post('/v1/claims', {
      ...demoClaim,
      reference: serial,
      manufacturer: 'charge-amps',
      failureDescription: 'Charger does not start a session; status LED blinks red. Fault confirmed by Charge Amps support.',
      purchaseDate: threeYearsAgo,
      proofOfPurchase: `INV-${serial}`,
      supportTicket: ticket,
      lines: [{ serial, model: 'Halo Wallbox 11kW' }],
    });
    expect(submitted.status).toBe(201);
    const id: string = submitted.body.id;
    await eventually(async () => expect((await claimOf(id)).status).toBe('forwarded'));

    const page = await signInAs('distri-west');
    await page.getByRole('link', { name: 'Waiting on me' }).click();
    const row = page.locator(`[data-testid="claims-table"] tr[data-claim-id="${id}"]`);
    await row.waitFor({ timeout: UI_TIMEOUT });
    await shot(page, 'moves-distributor-inbox');
    await row.getByRole('link').click();
    await waitForStatus(page, 'forwarded');
    expect(await buttons(page)).toEqual(['authorize', 'request-info', 'reject', 'receive']);

    // Charge Amps' support ticket doubles as its RMA number: the hub's choice in the form sends no number.
    await page.getByRole('button', { name: 'Authorize' }).click();
    await page.getByTestId('form-authorize').getByRole('button', { name: 'Send' }).click();
    await waitForStatus(page, 'authorized');
    expect(await text(page, `rma-${serial}`)).toBe(ticket);

    await act('reseller-alpha', id, 'ship', { carrier: 'DHL', trackingNumber: `JD-${serial}` });
    await waitForStatus(page, 'in_transit');
    await page.getByRole('button', { name: 'Mark as received' }).click();
    await page.getByTestId('form-receive').getByRole('button', { name: 'Send' }).click();
    // Out of warranty, the hub waits for a quote.
    await waitForStatus(page, 'quote_pending');
    expect(await buttons(page)).toEqual(['quote']);
    await page.getByRole('button', { name: 'Send a quote' }).click();
    const quote = page.getByTestId('form-quote');
    await quote.getByLabel('Amount').fill('95');
    await quote.getByLabel('Currency (ISO 4217, e.g. EUR)').fill('EUR');
    await quote.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('claim-quote').waitFor({ timeout: UI_TIMEOUT });
    expect(await text(page, 'claim-quote')).toBe('95.00 EUR');

    await act('reseller-alpha', id, 'approve-quote');
    await act('distri-west', id, 'resolve', { resolution: 'repaired' });
    await waitForStatus(page, 'resolved');
    await page.getByRole('button', { name: 'Ship back' }).click();
    const back = page.getByTestId('form-ship-back');
    await back.getByLabel('Carrier').fill('DHL');
    await back.getByLabel('Tracking number').fill(`JD-BACK-${serial}`);
    await back.getByRole('button', { name: 'Send' }).click();
    await waitForStatus(page, 'shipped_back');
    expect(await text(page, 'claim-return-shipment')).toBe(`DHL, tracking JD-BACK-${serial}`);
    await shot(page, 'moves-distributor-for-manufacturer');

    // Each of Charge Amps' moves is recorded as charge-amps acted by distri-west, and the timeline says so.
    const moves = (await eventsOf(id)).filter((event) => event.type === 'status_changed' && event.actor.role === 'manufacturer');
    expect(moves.map((event) => [event.to, event.actor.partyId, event.actor.actedBy])).toEqual([
      ['authorized', 'charge-amps', 'distri-west'],
      ['received', 'charge-amps', 'distri-west'],
      ['resolved', 'charge-amps', 'distri-west'],
      ['shipped_back', 'charge-amps', 'distri-west'],
    ]);
    for (const to of ['authorized', 'received', 'shipped_back'])
      expect(await page.locator(`[data-testid="timeline"] tbody tr[data-to="${to}"] td`).nth(1).textContent()).toBe('charge-amps (manufacturer), recorded by distri-west');
    expect(await claimOf(id)).toMatchObject({ quote: { amount: 95, currency: 'EUR' }, returnShipment: { carrier: 'DHL', trackingNumber: `JD-BACK-${serial}` } });
    await page.context().close();
  });

  it('lets reseller-alpha upload a CSV file: the good rows are imported, the bad one reported by its spreadsheet line', async () => {
    const reference = (n: number) => `WCSV-${stamp}-${n}`;
    const csv = [
      'reference,manufacturer,returnReason,failureDescription,purchaseDate,proofOfPurchase,supportTicket,contactEmail,serial,model',
      `${reference(1)},ubiquiti,defective,"Reboots, then dies",${day(-60)},INV-C1,UI-SUP-C1,dana.reyes@example.com,${reference(1)},U6-Pro`,
      `${reference(2)},ubiquiti,broken,Dead,${day(-60)},INV-C2,UI-SUP-C2,dana.reyes@example.com,${reference(2)},U6-Pro`,
      `${reference(3)},ubiquiti,doa,"Dead on arrival; ""no power"" LED",${day(-10)},INV-C3,UI-SUP-C3,dana.reyes@example.com,${reference(3)},U6-Lite`,
    ].join('\r\n');

    const page = await signInAs('reseller-alpha');
    await page.getByRole('link', { name: 'Upload claims' }).click();
    await page.getByLabel('Claims file (NDJSON or CSV)').setInputFiles({ name: 'claims.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL(/\/app\/bulk\/[0-9a-f-]{36}$/, { timeout: UI_TIMEOUT });
    const jobId = /\/bulk\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    await page.locator('main[data-job-state="done"]').waitFor({ timeout: UI_TIMEOUT });

    const job = (await api('reseller-alpha').get(`/v1/bulk/${jobId}`)).body;
    expect(job).toMatchObject({ kind: 'import', state: 'done', counts: { received: 3, accepted: 2, rejected: 1 }, errors: { items: [{ line: 3, pointer: '/returnReason' }] } });
    for (const count of ['received', 'accepted', 'rejected']) expect(await text(page, `job-count-${count}`)).toBe(String(job.counts[count]));
    const errors = page.getByTestId('job-errors').locator('li');
    expect(await errors.count()).toBe(1);
    expect(await errors.first().getAttribute('data-line')).toBe('3');
    expect(await errors.first().textContent()).toBe(`Line 3 (/returnReason): ${job.errors.items[0].detail}`);
    await shot(page, 'moves-csv-job-done');

    // The quoted fields came through whole: the comma and the doubled quotes.
    const imported = async (n: number) => (await api('reseller-alpha').get(`/v1/claims?reference=${reference(n)}`)).body.claims;
    expect(await imported(2)).toEqual([]);
    const [third] = await imported(3);
    expect(third).toMatchObject({ returnReason: 'doa', failureDescription: 'Dead on arrival; "no power" LED', lines: [{ serial: reference(3), model: 'U6-Lite' }] });
    expect((await imported(1))[0]).toMatchObject({ failureDescription: 'Reboots, then dies' });
    await page.goto(`${testHub().url}/app/claims/${third.id}`);
    await page.getByRole('heading', { name: `Claim ${reference(3)}` }).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByText('Dead on arrival; "no power" LED').count()).toBe(1);
    await page.context().close();
  });
});
