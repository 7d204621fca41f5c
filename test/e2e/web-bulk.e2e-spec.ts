import { apiAs, DEMO_CLAIM, useTestHub } from '@rma-hub/testing';
import { useWebBrowser } from '../harness/web-browser';

/**
 * The bulk upload page and the serial history page of the web workspace in real headless Chromium
 * (Debian's package, driven by playwright-core). reseller-alpha uploads a three-line NDJSON file whose
 * second line has an impossible purchase date, follows the job to done, reads its counts and the bad line
 * with its JSON pointer and reason, then opens an imported claim and, from its units table, the unit's
 * serial history, which lists that claim. Screenshots go to .cache/screenshots/.
 */
const UI_TIMEOUT = 60_000;

describe('the bulk upload and serial history pages, in headless Chromium', () => {
  const testHub = useTestHub();
  const stamp = Date.now() % 1_000_000;

  const web = useWebBrowser(testHub);

  const shot = web.screenshot;

  const { signInAs } = web;

  it('lets reseller-alpha upload an NDJSON file, follow the job to done and read the bad line, then open a unit’s serial history from its claim', async () => {
    const serial = `WB-${stamp}-1`;
    const line = (reference: string, unit: string, overrides: object = {}) => JSON.stringify({ ...DEMO_CLAIM, reference, lines: [{ serial: unit, model: 'U6-Pro' }], ...overrides });
    const file = [line(`WB-${stamp}-1`, serial), line(`WB-${stamp}-2`, `WB-${stamp}-2`, { purchaseDate: '2026-02-30' }), line(`WB-${stamp}-3`, `WB-${stamp}-3`)].join('\n') + '\n';

    const page = await signInAs('reseller-alpha');
    await page.getByRole('link', { name: 'Upload claims' }).click();
    await page.getByRole('heading', { name: 'Upload claims' }).waitFor();
    await page.getByLabel('Claims file (NDJSON or CSV)').setInputFiles({ name: 'claims.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(file) });
    await shot(page, 'web-bulk-upload');
    await page.getByRole('button', { name: 'Upload' }).click();

    // The job's report follows the job live until it is done.
    await page.waitForURL(/\/app\/bulk\/[0-9a-f-]{36}$/, { timeout: UI_TIMEOUT });
    await page.locator('main[data-job-state="done"]').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByLabel('Progress').evaluate((bar) => (bar as unknown as { value: number }).value)).toBe(1);
    expect(await page.getByTestId('job-progress').textContent()).toBe('100%');
    expect(await page.getByTestId('job-count-received').textContent()).toBe('3');
    expect(await page.getByTestId('job-count-accepted').textContent()).toBe('2');
    expect(await page.getByTestId('job-count-rejected').textContent()).toBe('1');
    const errors = page.getByTestId('job-errors').locator('li');
    expect(await errors.count()).toBe(1);
    expect(await errors.first().getAttribute('data-line')).toBe('2');
    expect(await errors.first().textContent()).toMatch(/^Line 2 \(\/purchaseDate\): \S/);
    await shot(page, 'web-bulk-job-done');

    // The first line's claim, imported: its units table links the serial to the unit's history.
    const listed = await apiAs(testHub().url, testHub().keyOf('reseller-alpha')).get(`/v1/claims?reference=WB-${stamp}-1`);
    expect(listed.status).toBe(200);
    const claimId = listed.body.claims[0].id as string;
    await page.goto(`${testHub().url}/app/claims/${claimId}`);
    await page.getByRole('link', { name: serial }).click();
    await page.waitForURL(`**/app/serials/${serial}`, { timeout: UI_TIMEOUT });
    await page.getByRole('heading', { name: new RegExp(serial) }).waitFor();
    const entries = page.getByTestId('serial-history').locator('tbody tr');
    expect(await entries.count()).toBe(1);
    expect(await entries.first().getAttribute('data-claim-id')).toBe(claimId);
    await shot(page, 'web-serial-history');
    await entries.first().getByRole('link').click();
    await page.waitForURL(`**/app/claims/${claimId}`, { timeout: UI_TIMEOUT });
  });
});
