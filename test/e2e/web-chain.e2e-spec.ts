import { apiAs, DEMO_CLAIM as demoClaim, eventually, useTestHub } from '@rma-hub/testing';
import { useWebBrowser } from '../harness/web-browser';

/**
 * The distributor's and manufacturer's pages of the web workspace in real headless Chromium (Debian's
 * package, driven by playwright-core). distri-east, which reviews its resellers' claims, selects three of
 * reseller-charlie's claims in its review queue, forwards them in one bulk job and reads the results per
 * manufacturer and per claim, then finds the job in its list of bulk jobs. ad notam, its own RMA desk in the hub, finds a claim in its inbox and
 * authorizes, receives and resolves it through the claim page's forms. Screenshots go to .cache/screenshots/.
 */
const UI_TIMEOUT = 60_000;
const SI_NUMBER = /^SI-\d{4}-\d{6}$/;

type Portal = 'ubiquiti' | 'grandstream' | 'innovaphone';
const shipTo = { name: 'Charlie Systems', street: '3 Quai de Valmy', postalCode: '75010', city: 'Paris', country: 'FR' };

/** A complete one-unit claim for `manufacturer`, valid for that portal's rules (as in bulk-forward.e2e-spec.ts); Grandstream's ticket is GS-nnnnnn. */
function claimFor(manufacturer: Portal, reference: string, ticket: number) {
  const models = { ubiquiti: 'U6-Pro', grandstream: 'GXP2170', innovaphone: 'IP112' };
  return {
    ...demoClaim,
    reference,
    manufacturer,
    ...(manufacturer === 'grandstream' ? { supportTicket: `GS-${String(ticket).padStart(6, '7')}` } : {}),
    ...(manufacturer === 'innovaphone' ? { portalAccountId: 'IPACC-00417', shipTo } : {}),
    lines: [{ serial: `${reference}-U1`, model: models[manufacturer] }],
  };
}

describe('the distributor’s and manufacturer’s pages, in headless Chromium', () => {
  const testHub = useTestHub();
  const stamp = Date.now() % 1_000_000;

  const web = useWebBrowser(testHub);

  const api = (partyId: string) => apiAs(testHub().url, testHub().keyOf(partyId));
  const shot = web.screenshot;
  const statusOf = async (partyId: string, id: string) => (await api(partyId).get(`/v1/claims/${id}`)).body.status as string;

  const { signInAs } = web;

  it('lets distri-east select three claims in its review queue, forward them in one job and see the results per manufacturer', async () => {
    const portals: Portal[] = ['ubiquiti', 'grandstream', 'innovaphone'];
    const ids: string[] = [];
    for (const [index, portal] of portals.entries()) {
      const response = await api('reseller-charlie').post('/v1/claims', claimFor(portal, `CH-${stamp}-${index + 1}`, index + 1));
      expect(response.status).toBe(201);
      ids.push(response.body.id);
    }
    // A fourth claim waits in the queue too but is left unselected: only the three chosen are forwarded.
    const left = await api('reseller-charlie').post('/v1/claims', claimFor('ubiquiti', `CH-${stamp}-9`, 9));
    expect(left.status).toBe(201);
    await eventually(async () => expect(await Promise.all([...ids, left.body.id].map((id) => statusOf('reseller-charlie', id)))).toEqual(['in_review', 'in_review', 'in_review', 'in_review']));

    const page = await signInAs('distri-east');
    await page.getByRole('link', { name: 'Review queue' }).click();
    await page.getByTestId('review-table').waitFor({ timeout: UI_TIMEOUT });
    for (const id of [...ids, left.body.id]) await page.locator(`[data-testid="review-table"] tr[data-claim-id="${id}"]`).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByRole('button', { name: 'Forward selected' }).isDisabled()).toBe(true);
    for (const index of [1, 2, 3]) await page.getByLabel(`Select claim CH-${stamp}-${index}`).check();
    expect(await page.getByTestId('selected-count').textContent()).toBe('3 claims selected');
    await shot(page, 'distributor-review-queue');

    await page.getByRole('button', { name: 'Forward selected' }).click();
    await page.waitForURL(/\/app\/bulk\/[0-9a-f-]{36}$/, { timeout: UI_TIMEOUT });
    const jobId = /\/bulk\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    // The report follows the job and its portal calls until every manufacturer has opened its RMA.
    const manufacturers = page.locator('[data-testid="job-manufacturers"] tbody tr');
    for (const portal of portals) await page.locator(`[data-testid="job-manufacturers"] tr[data-manufacturer="${portal}"] td[data-column="rmaOpened"]`).filter({ hasText: /^1$/ }).waitFor({ timeout: UI_TIMEOUT });
    await page.locator('main[data-job-state="done"]').waitFor({ timeout: UI_TIMEOUT });
    const shown = await manufacturers.evaluateAll((rows) =>
      rows.map((row) => ({
        manufacturer: row.getAttribute('data-manufacturer'),
        ...Object.fromEntries([...row.querySelectorAll('td')].map((cell) => [cell.getAttribute('data-column'), Number(cell.textContent)])),
      })),
    );
    const job = (await api('distri-east').get(`/v1/bulk/${jobId}`)).body;
    expect(job).toMatchObject({ kind: 'forward', state: 'done', counts: { received: 3, accepted: 3, rejected: 0, done: 3 } });
    expect(shown).toEqual(job.manufacturers);
    expect(shown).toEqual([...portals].sort().map((manufacturer) => ({ manufacturer, forwarded: 1, refused: 0, rmaOpened: 1, waiting: 0, refusedByPortal: 0 })));
    expect(await page.getByTestId('job-progress').textContent()).toBe('100%');
    expect(await page.getByTestId('job-count-accepted').textContent()).toBe('3');

    // Per claim: each one forwarded, its RMA opened at the portal, linked to its page.
    await page.locator('[data-testid="job-outcomes"] tbody tr[data-upstream="opened"]').nth(2).waitFor({ timeout: UI_TIMEOUT });
    const outcomes = await page.locator('[data-testid="job-outcomes"] tbody tr').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-claim-id'), row.getAttribute('data-outcome'), row.getAttribute('data-upstream')]));
    expect(new Set(outcomes.map(([id]) => id))).toEqual(new Set(ids));
    expect(outcomes.map(([, outcome, upstream]) => `${outcome}/${upstream}`)).toEqual(['forwarded/opened', 'forwarded/opened', 'forwarded/opened']);
    await shot(page, 'distributor-bulk-forward-report');
    expect(await Promise.all(ids.map((id) => statusOf('distri-east', id)))).toEqual(['authorized', 'authorized', 'authorized']);
    expect(await statusOf('distri-east', left.body.id)).toBe('in_review');

    // The job heads the distributor's bulk jobs; it has no imports.
    await page.getByRole('link', { name: 'Back to the bulk jobs' }).click();
    await page.locator(`[data-testid="jobs-table"] tr[data-job-id="${jobId}"][data-kind="forward"]`).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('[data-testid="jobs-table"] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-job-id')))).toEqual([jobId]);
    await shot(page, 'distributor-bulk-jobs');
    // GET /v1/bulk lists only the caller's own jobs; another party's job id as cursor gives an empty page.
    expect((await api('distri-east').get('/v1/bulk')).body).toMatchObject({ jobs: [{ id: jobId, kind: 'forward', state: 'done', counts: { received: 3, accepted: 3 } }], nextCursor: null });
    expect((await api('distri-west').get('/v1/bulk')).body).toEqual({ jobs: [], nextCursor: null });
    expect((await api('distri-west').get(`/v1/bulk?cursor=${jobId}`)).body).toEqual({ jobs: [], nextCursor: null });
    expect((await api('distri-east').get('/v1/bulk?cursor=not-a-job')).status).toBe(400);
    await page.getByLabel('Kind').selectOption('import');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByTestId('no-jobs').waitFor({ timeout: UI_TIMEOUT });

    // Back in the queue, only the claim left unselected remains.
    await page.getByRole('link', { name: 'Review queue', exact: true }).click();
    await page.locator(`[data-testid="review-table"] tr[data-claim-id="${left.body.id}"]`).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('[data-testid="review-table"] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-claim-id')))).toEqual([left.body.id]);
    await page.context().close();
  });

  it('lets ad notam find a claim in its inbox, authorize it with an SI number, receive it and resolve it with a replacement', async () => {
    const { supportTicket: _notAdNotams, ...complete } = demoClaim;
    const serial = `AN-WEB-${stamp}`;
    const submitted = await api('reseller-alpha').post('/v1/claims', {
      ...complete,
      reference: `AN-WEB-${stamp}`,
      manufacturer: 'ad-notam',
      failureDescription: 'The display stays black after power-on; the backlight never comes on.',
      purchaseDate: new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10),
      lines: [{ serial, model: 'AN-MD-22' }],
    });
    expect(submitted.status).toBe(201);
    const id: string = submitted.body.id;
    await eventually(async () => expect(await statusOf('reseller-alpha', id)).toBe('forwarded'));

    const page = await signInAs('ad-notam');
    await page.getByRole('link', { name: 'Waiting on me' }).click();
    const row = page.locator(`[data-testid="claims-table"] tr[data-claim-id="${id}"]`);
    await row.waitFor({ timeout: UI_TIMEOUT });
    await shot(page, 'manufacturer-inbox');
    await row.getByRole('link').click();
    await page.locator('[data-testid="claim-status"] [data-status="forwarded"]').waitFor({ timeout: UI_TIMEOUT });

    // Authorize: the hub issues ad notam's SI number (the default choice of the form).
    await page.getByRole('button', { name: 'Authorize' }).click();
    const authorize = page.getByTestId('form-authorize');
    expect(await authorize.getByLabel('Let the hub issue the numbers').isChecked()).toBe(true);
    await authorize.getByLabel('One RMA number per unit').check();
    expect(await authorize.getByLabel(`RMA number for ${serial}`).count()).toBe(1);
    await authorize.getByLabel('Let the hub issue the numbers').check();
    await shot(page, 'manufacturer-authorize-form');
    await authorize.getByRole('button', { name: 'Send' }).click();
    await page.locator('[data-testid="claim-status"] [data-status="authorized"]').waitFor({ timeout: UI_TIMEOUT });
    const siNumber = await page.getByTestId(`rma-${serial}`).textContent();
    expect(siNumber).toMatch(SI_NUMBER);
    expect((await api('reseller-alpha').get(`/v1/claims/${id}`)).body.references.manufacturer).toBe(siNumber);

    // The reseller ships; the open page picks the move up and offers ad notam the receipt.
    expect((await api('reseller-alpha').post(`/v1/claims/${id}/actions/ship`, { carrier: 'DHL', trackingNumber: `JD-${serial}` })).status).toBe(200);
    await page.locator('[data-testid="claim-status"] [data-status="in_transit"]').waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Mark as received' }).click();
    const receive = page.getByTestId('form-receive');
    expect(await receive.getByLabel(`Received ${serial}`).isChecked()).toBe(true);
    await receive.getByRole('button', { name: 'Send' }).click();
    await page.locator('[data-testid="claim-status"] [data-status="received"]').waitFor({ timeout: UI_TIMEOUT });

    // Resolve: replaced, with the replacement's serial asked for once "Replaced" is chosen.
    await page.getByRole('button', { name: 'Resolve', exact: true }).click();
    const resolve = page.getByTestId('form-resolve');
    expect(await resolve.getByLabel(`Replacement serial for ${serial}`).count()).toBe(0);
    await resolve.getByLabel('Resolution').selectOption('replaced');
    await resolve.getByLabel(`Replacement serial for ${serial}`).fill(`${serial}-NEW`);
    await shot(page, 'manufacturer-resolve-form');
    await resolve.getByRole('button', { name: 'Send' }).click();
    await page.locator('[data-testid="claim-status"] [data-status="resolved"]').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId(`outcome-${serial}`).textContent()).toBe('replaced');
    expect(await page.getByTestId(`replacement-${serial}`).textContent()).toBe(`${serial}-NEW`);
    expect(await page.getByRole('button', { name: 'Ship back' }).count()).toBe(1);
    await shot(page, 'manufacturer-claim-resolved');

    const claim = (await api('reseller-alpha').get(`/v1/claims/${id}`)).body;
    expect(claim).toMatchObject({ status: 'resolved', resolution: 'replaced', lines: [{ serial, outcome: 'replaced', replacementSerial: `${serial}-NEW` }] });
    const moves = (await api('reseller-alpha').get(`/v1/claims/${id}/events`)).body.events.filter((event: { type: string }) => event.type === 'status_changed');
    expect(moves.map((event: { to: string; actor: { partyId: string } }) => `${event.to}:${event.actor.partyId}`)).toEqual([
      'submitted:reseller-alpha',
      'forwarded:distri-west',
      'authorized:ad-notam',
      'in_transit:reseller-alpha',
      'received:ad-notam',
      'resolved:ad-notam',
    ]);
    await page.context().close();
  });

  it('lets ad notam ask for exactly the fields it is missing through the request-info form', async () => {
    const { supportTicket: _notAdNotams, ...complete } = demoClaim;
    const submitted = await api('reseller-alpha').post('/v1/claims', {
      ...complete,
      reference: `AN-INFO-${stamp}`,
      manufacturer: 'ad-notam',
      failureDescription: 'The display flickers after ten minutes of use.',
      purchaseDate: new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10),
      lines: [{ serial: `AN-INFO-${stamp}`, model: 'AN-MD-22' }],
    });
    expect(submitted.status).toBe(201);
    const id: string = submitted.body.id;
    await eventually(async () => expect(await statusOf('reseller-alpha', id)).toBe('forwarded'));

    const page = await signInAs('ad-notam');
    await page.goto(`${testHub().url}/app/claims/${id}`);
    await page.locator('[data-testid="claim-status"] [data-status="forwarded"]').waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Ask for information' }).click();
    const form = page.getByTestId('form-request-info');
    // Sent with nothing ticked, the API's refusal shows in the form; the claim does not move.
    await form.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('alert').waitFor({ timeout: UI_TIMEOUT });
    expect(await form.locator('.field-error').count()).toBeGreaterThan(0);
    await form.getByLabel('Proof of purchase (invoice number or reference)').check();
    await form.getByLabel('Message to the reseller (optional)').fill('The invoice scan is unreadable.');
    await shot(page, 'manufacturer-request-info-form');
    await form.getByRole('button', { name: 'Send' }).click();
    await page.locator('[data-testid="claim-status"] [data-status="needs_info"]').waitFor({ timeout: UI_TIMEOUT });
    const parked = (await api('reseller-alpha').get(`/v1/claims/${id}/events`)).body.events.filter((event: { to: string | null }) => event.to === 'needs_info');
    expect(parked.at(-1)).toMatchObject({ actor: { partyId: 'ad-notam' }, data: { missing: ['proofOfPurchase'] } });
    await page.context().close();
  });
});
