import type { Page } from 'playwright-core';
import { apiAs, DEMO_CLAIM as demoClaim, useTestHub } from '@rma-hub/testing';
import { useWebBrowser } from '../harness/web-browser';

/**
 * The web workspace (apps/web) in real headless Chromium — Debian's package, driven by playwright-core,
 * never a downloaded browser — against a running hub whose gateway serves it at /app. A reseller signs
 * in with its API key, submits a claim with a ship-to address and a link to a photo (first with a unit
 * missing its serial: the API's error shows beside the field; then without the purchase date the
 * policy requires), sees needs_info, what is missing and the photo's link, adds what is missing and
 * watches the claim reach authorized; another reseller cannot see it.
 * Screenshots of each page go to .cache/screenshots/ (not committed).
 */
const UI_TIMEOUT = 60_000;

describe('the web workspace, in headless Chromium', () => {
  const testHub = useTestHub();
  const reference = `WEB-${Date.now()}`;
  let claimId = '';

  const web = useWebBrowser(testHub);

  const app = (suffix = '') => `${testHub().url}/app${suffix}`;
  const shot = web.screenshot;
  const storedKey = (page: Page) => page.evaluate('window.sessionStorage.getItem("rma-hub.apiKey")');

  const { signInAs } = web;

  it('serves the built app at /app, falls back to index.html for its pages, caches hashed assets and 404s a missing file', async () => {
    const index = await fetch(app('/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await index.text();
    const asset = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${testHub().url}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const deepLink = await fetch(app('/claims/00000000-0000-4000-8000-000000000000'));
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toBe(html);
    expect((await fetch(app('/assets/no-such-file.js'))).status).toBe(404);
    expect((await fetch(app('/..%2F..%2Fpackage.json'))).status).toBe(404);
    expect((await fetch(`${testHub().url}/healthz`)).status).toBe(200);
  });

  it('refuses a wrong API key on the sign-in page and keeps nothing', async () => {
    const page = await (await web.browser().newContext()).newPage();
    await page.goto(app('/'));
    await shot(page, 'sign-in');
    await page.getByLabel('API key').fill('rmahub_not-a-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'This API key is not valid.' }).waitFor({ timeout: UI_TIMEOUT });
    expect(await storedKey(page)).toBeNull();
    await page.context().close();
  });

  it('lets reseller-alpha submit a claim, see needs_info and what is missing, add it, and watch it reach authorized', async () => {
    const page = await signInAs('reseller-alpha');
    const key = testHub().keyOf('reseller-alpha');
    expect(await page.getByTestId('whoami').textContent()).toBe('Signed in as Alpha Networks (reseller), reseller');
    expect(await storedKey(page)).toBe(key);
    expect(page.url()).not.toContain(key);
    await shot(page, 'claims-list-empty');

    // The new-claim form, first with the unit's serial left out: the API's pointer puts the error beside that field.
    await page.getByRole('link', { name: 'New claim' }).click();
    const { purchaseDate: _omitted, contact, lines } = demoClaim as { purchaseDate: string; contact: Record<string, string>; lines: { serial: string; model: string; macId: string }[] };
    const [line] = lines;
    await page.getByLabel('Your reference').fill(reference);
    await page.getByLabel('Manufacturer (its id in the network, e.g. ubiquiti)').fill(String(demoClaim.manufacturer));
    await page.getByLabel('What is wrong').fill(String(demoClaim.failureDescription));
    await page.getByLabel('Proof of purchase (invoice number or reference)').fill(String(demoClaim.proofOfPurchase));
    await page.getByLabel('Dealer').fill(String(demoClaim.dealer));
    await page.getByLabel('Manufacturer support ticket').fill(String(demoClaim.supportTicket));
    await page.getByLabel('Contact name').fill(contact.name!);
    await page.getByLabel('Contact e-mail').fill(contact.email!);
    await page.getByLabel('Contact phone').fill(contact.phone!);
    await page.getByLabel('Model').fill(line!.model);
    await page.getByLabel('MAC address').fill(line!.macId);
    const shipTo = { name: 'Alpha Networks', street: '3 Quai de Valmy', postalCode: '75010', city: 'Paris', country: 'FR' };
    const address = page.getByRole('group', { name: 'Ship replacements to' });
    await address.getByLabel('Name').fill(shipTo.name);
    await address.getByLabel('Street').fill(shipTo.street);
    await address.getByLabel('Postal code').fill(shipTo.postalCode);
    await address.getByLabel('City').fill(shipTo.city);
    await address.getByLabel('Country (ISO code, e.g. FR)').fill(shipTo.country);
    const photo = { url: 'https://files.alpha.example/rma/web/label.jpg', name: 'Photo of the type label' };
    await page.getByRole('button', { name: 'Add a link to a photo or document' }).click();
    await page.getByLabel('Link (https://…)').fill(photo.url);
    await page.getByLabel('What it shows (optional)').fill(photo.name);
    await page.getByRole('button', { name: 'Submit the claim' }).click();
    const serialError = page.getByTestId('error-line-0-serial');
    await serialError.waitFor({ timeout: UI_TIMEOUT });
    expect(await serialError.textContent()).toMatch(/\S/);
    expect(await page.getByLabel('Serial number').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toBe(app('/claims/new'));
    await shot(page, 'new-claim-field-error');

    // Now with the serial, still without the purchase date Ubiquiti's policy requires.
    await page.getByLabel('Serial number').fill(line!.serial);
    await page.getByRole('button', { name: 'Submit the claim' }).click();
    await page.waitForURL(/\/app\/claims\/[0-9a-f-]{36}$/, { timeout: UI_TIMEOUT });
    claimId = /\/claims\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    await page.locator('[data-testid="claim-status"] [data-status="needs_info"]').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('missing-info').waitFor();
    expect(await page.locator('[data-testid="missing-fields"] li').evaluateAll((items) => items.map((item) => item.getAttribute('data-field')))).toEqual(['purchaseDate']);
    // The photo's link opens in a new tab, telling the other site nothing about this page.
    const link = page.getByTestId('attachments').getByRole('link');
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toContain(photo.name);
    expect(await link.getAttribute('href')).toBe(photo.url);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const stored = (await apiAs(testHub().url, key).get(`/v1/claims/${claimId}`)).body;
    expect(stored).toMatchObject({ shipTo, attachments: [photo] });
    await shot(page, 'claim-needs-info');

    // The form asks for exactly the missing field.
    const missingForm = page.getByTestId('missing-info');
    expect(await missingForm.locator('input').count()).toBe(1);
    await missingForm.getByLabel('Purchase date').fill('2026-02-01');
    await missingForm.getByRole('button', { name: 'Send the missing information' }).click();
    await page.locator('[data-testid="claim-status"] [data-status="authorized"]').waitFor({ timeout: UI_TIMEOUT });
    // The timeline shows the whole journey, with the rule that parked it; the unit carries its RMA number.
    await page.locator('[data-testid="timeline"] tbody tr[data-to="authorized"]').waitFor({ timeout: UI_TIMEOUT });
    const moves = await page.locator('[data-testid="timeline"] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-to')));
    expect(moves).toEqual(['submitted', 'needs_info', 'submitted', 'forwarded', 'authorized']);
    expect(await page.locator('[data-testid="timeline"] tbody tr[data-to="needs_info"]').textContent()).toContain('required_fields');
    const rma = await page.getByTestId(`rma-${line!.serial}`).textContent();
    expect(rma).not.toBe('—');
    expect(rma).toMatch(/\S/);
    expect(await page.getByTestId('warranty').textContent()).toContain('in warranty');
    expect(await page.getByTestId('missing-info').count()).toBe(0);
    await shot(page, 'claim-authorized');

    // The list shows it; the reference search finds it.
    await page.getByRole('link', { name: 'Back to claims' }).click();
    await page.locator(`[data-testid="claims-table"] tr[data-claim-id="${claimId}"]`).waitFor({ timeout: UI_TIMEOUT });
    await page.getByLabel('Reference (any party’s, or an RMA number)').fill(reference);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator(`[data-testid="claims-table"] tr[data-claim-id="${claimId}"]`).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('[data-testid="claims-table"] tbody tr').count()).toBe(1);
    await shot(page, 'claims-list');

    // Signing out forgets the key.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await storedKey(page)).toBeNull();
    await page.context().close();
  });

  it('does not show reseller-alpha’s claim to reseller-bravo, in its list or on the claim’s page', async () => {
    expect(claimId).not.toBe('');
    const page = await signInAs('reseller-bravo');
    await page.getByLabel('Reference (any party’s, or an RMA number)').fill(reference);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByTestId('no-claims').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator(`tr[data-claim-id="${claimId}"]`).count()).toBe(0);
    await shot(page, 'bravo-claims-list');

    await page.goto(app(`/claims/${claimId}`));
    await page.getByTestId('claim-not-found').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByText(reference).count()).toBe(0);
    await shot(page, 'bravo-claim-not-found');
    await page.context().close();
  });
});
