import type { Page } from 'playwright-core';
import { apiAs, DEMO_CLAIM, eventually, portalFaults, useTestHub } from '@rma-hub/testing';
import { useWebBrowser } from '../harness/web-browser';

/**
 * The operator's pages and the analytics page in real headless Chromium (Debian's package, driven by
 * playwright-core). An operator finds a portal call that failed for good among the dead letters,
 * replays it and sees it replayed (and the claim then reaches authorized); sees the network with the
 * rule a distributor changes, every service instance's health and the gateway's. A reseller with
 * claims sees the analytics figures the API answers. Screenshots go to .cache/screenshots/ (not committed).
 */
const UI_TIMEOUT = 60_000;

describe('the operator pages and analytics, in headless Chromium', () => {
  const testHub = useTestHub({
    env: { PORTAL_TIMEOUT_MS: '300', PORTAL_RETRY_ATTEMPTS: '1', PORTAL_RETRY_INITIAL_DELAY_MS: '20', PORTAL_REQUEUE_DELAY_MS: '50', PORTAL_MAX_ATTEMPTS: '2', CONSUMER_MAX_ATTEMPTS: '3', CONSUMER_RETRY_DELAY_MS: '20', HEARTBEAT_INTERVAL_MS: '500' },
  });
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const operator = () => apiAs(testHub().url, testHub().keyOf('hub-operator'));
  const statusOf = async (id: string) => (await reseller().get(`/v1/claims/${id}`)).body;
  const submit = async (reference: string, serial: string, omit: string[] = []) => {
    const body: Record<string, unknown> = { ...DEMO_CLAIM, reference, lines: [{ serial, model: 'U6-Pro' }] };
    for (const field of omit) delete body[field];
    const answer = await reseller().post('/v1/claims', body);
    expect(answer.status).toBe(201);
    return answer.body.id as string;
  };

  const web = useWebBrowser(testHub);

  const app = (suffix = '') => `${testHub().url}/app${suffix}`;
  const shot = web.screenshot;

  const { signInAs } = web;

  let replayedClaim = '';
  let parkedClaim = '';

  it('lets an operator replay a dead letter and see it replayed; the claim then reaches authorized', async () => {
    // A claim that parks in needs_info (no purchase date) never reaches the portal; it is there for the analytics below.
    parkedClaim = await submit('WEB-OPS-PARKED', 'WEB-OPS-UNIT-0', ['purchaseDate']);
    await eventually(async () => expect((await statusOf(parkedClaim)).status).toBe('needs_info'));

    await portalFaults(testHub(), 'ubiquiti', [{ kind: 'error', status: 503, times: null }]);
    replayedClaim = await submit('WEB-OPS-DL', 'WEB-OPS-UNIT-1');
    await eventually(async () => expect((await statusOf(replayedClaim)).upstream).toMatchObject({ state: 'failed' }));
    let letterId = '';
    await eventually(async () => {
      const letters = (await operator().get('/v1/admin/dead-letters?consumer=rma-hub.connectors')).body.deadLetters as { id: string; key: string }[];
      letterId = letters.find((letter) => letter.key === replayedClaim)?.id ?? '';
      expect(letterId).not.toBe('');
    });
    await portalFaults(testHub(), 'ubiquiti', 'clear');

    const page = await signInAs('hub-operator');
    await page.getByRole('link', { name: 'Dead letters' }).click();
    expect(page.url()).toBe(app('/dead-letters'));
    await page.getByLabel('Consumer (e.g. rma-hub.connectors; empty for all)').fill('rma-hub.connectors');
    await page.getByRole('button', { name: 'Apply' }).click();
    const row = page.locator(`[data-testid="dead-letters-table"] tr[data-letter-id="${letterId}"]`);
    await row.waitFor({ timeout: UI_TIMEOUT });
    expect(await row.getAttribute('data-replayed')).toBe('false');
    expect(await row.textContent()).toContain(replayedClaim);
    expect(await row.textContent()).toContain('gave up after 2 attempts');
    await shot(page, 'operator-dead-letters');

    await row.getByRole('button', { name: `Replay dead letter ${letterId}` }).click();
    await page.getByTestId('replay-result').filter({ hasText: `Dead letter ${letterId} was replayed.` }).waitFor({ timeout: UI_TIMEOUT });
    expect(await row.getAttribute('data-replayed')).toBe('true');
    expect(await row.getByRole('button').count()).toBe(0);
    expect(await page.getByTestId(`replayed-${letterId}`).textContent()).not.toBe('not yet');
    await shot(page, 'operator-dead-letter-replayed');

    const listed = (await operator().get('/v1/admin/dead-letters?consumer=rma-hub.connectors')).body.deadLetters.find((letter: { id: string }) => letter.id === letterId);
    expect(listed.replayedAt).toEqual(expect.any(String));
    await eventually(async () => expect((await statusOf(replayedClaim)).status).toBe('authorized'));
    await page.context().close();
  });

  it('shows the operator the network, with the rule a distributor changes, and only to the operator', async () => {
    expect((await reseller().get('/v1/admin/network')).status).toBe(403);
    const api = (await operator().get('/v1/admin/network')).body;
    // No API key and no webhook secret leaves the hub in it.
    expect(JSON.stringify(api)).not.toMatch(/rmahub_|whsec_|keyHash|baseUrl/);
    const page = await signInAs('hub-operator');
    await page.getByRole('link', { name: 'Network' }).click();
    await page.getByTestId('network-parties').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('[data-testid="network-parties"] tbody tr').count()).toBe(api.parties.length);
    expect(await page.locator('[data-testid="network-parties"] tr[data-party="ubiquiti"]').textContent()).toContain('portal, ubiquiti');
    expect(await page.locator('[data-testid="network-routes"] tbody tr').count()).toBe(api.routes.length);
    const override = page.getByTestId('override-ubiquiti-distri-west');
    expect(await override.locator('tr[data-rule]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-rule')))).toEqual(['fees']);
    expect(await override.locator('tr[data-rule="fees"]').textContent()).toContain('"restocking"');
    await shot(page, 'operator-network');

    // The link is not in a reseller's navigation, and the page's address shows it the claims list.
    const resellerPage = await signInAs('reseller-alpha');
    expect(await resellerPage.getByRole('link', { name: 'Network' }).count()).toBe(0);
    await resellerPage.goto(app('/network'));
    await resellerPage.getByRole('heading', { name: 'Claims', level: 1 }).waitFor({ timeout: UI_TIMEOUT });
    expect(await resellerPage.getByTestId('network-parties').count()).toBe(0);
    await resellerPage.context().close();
    await page.context().close();
  });

  it('shows every service instance, then the gateway’s readiness checks and key metrics', async () => {
    const services = await eventually(async () => {
      const listed = (await operator().get('/v1/admin/services')).body.services as { service: string; instance: string; state: string }[];
      expect(listed.map((one) => one.state)).toEqual(['up', 'up', 'up', 'up', 'up']);
      return listed;
    });
    const ready = await fetch(`${testHub().url}/readyz`);
    const checks = Object.keys(((await ready.json()) as { checks: Record<string, string> }).checks);
    expect(checks.length).toBeGreaterThan(0);
    const page = await signInAs('hub-operator');
    await page.getByRole('link', { name: 'Health' }).click();
    await page.getByTestId('service-instances').waitFor({ timeout: UI_TIMEOUT });
    const rows = page.locator('[data-testid="service-instances"] tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-service')))).toEqual(services.map((one) => one.service));
    expect(services.map((one) => one.service).sort()).toEqual(['connectors', 'gateway', 'notifier', 'router', 'webhooks']);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-state')))).toEqual(services.map(() => 'up'));
    const gatewayRow = page.locator('[data-testid="service-instances"] tr[data-service="gateway"]');
    expect(await gatewayRow.textContent()).toContain(services[0]!.instance);
    expect(await gatewayRow.locator('li[data-check="database"]').textContent()).toBe('database: up');
    expect(await gatewayRow.locator('[data-figure="rssBytes"] span').textContent()).toMatch(/^\d+ MiB$/);
    await page.getByTestId('readiness').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('readiness').getAttribute('data-ready')).toBe(ready.status === 200 ? 'true' : 'false');
    expect(await page.locator('[data-testid="readiness-checks"] tr[data-check]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-check')))).toEqual(checks);
    await page.getByTestId('key-metrics').waitFor({ timeout: UI_TIMEOUT });
    // Two claims were submitted above; the hub has at least those.
    const claims = Number(await page.locator('[data-testid="key-metrics"] tr[data-metric="claims"] td').textContent());
    expect(claims).toBeGreaterThanOrEqual(2);
    await shot(page, 'operator-health');
    await page.context().close();
  });

  it('shows a reseller with claims the analytics figures the API answers', async () => {
    expect(parkedClaim).not.toBe('');
    const page = await signInAs('reseller-alpha');
    await page.getByRole('link', { name: 'Analytics' }).click();
    expect(page.url()).toBe(app('/analytics'));
    await page.getByLabel('Period', { exact: true }).selectOption('day');
    await page.getByLabel('Manufacturer', { exact: true }).fill('ubiquiti');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('analytics-figures').waitFor({ timeout: UI_TIMEOUT });

    const outcomes = (await reseller().get('/v1/analytics/outcomes?manufacturer=ubiquiti')).body.groups as { manufacturer: string; model: string; claims: number; needsInfoShare: number | null; rejectionRate: number | null; missingFields: { field: string; claims: number }[] }[];
    const group = outcomes.find((one) => one.model === 'U6-Pro');
    expect(group).toMatchObject({ manufacturer: 'ubiquiti', claims: 2, needsInfoClaims: 1 });
    const cell = (chart: string, groupKey: string, series: string) => page.locator(`[data-testid="${chart}"] tr[data-group="${groupKey}"] td[data-series="${series}"]`);
    const key = 'ubiquiti/U6-Pro';
    await cell('chart-claims', key, 'claims').waitFor({ timeout: UI_TIMEOUT });
    expect(await cell('chart-claims', key, 'claims').textContent()).toBe(String(group!.claims));
    expect(await cell('chart-needs-info', key, 'needsInfoShare').textContent()).toBe(`${(group!.needsInfoShare! * 100).toFixed(1)} %`);
    expect(await cell('chart-needs-info', key, 'needsInfoShare').textContent()).toBe('50.0 %');
    expect(await cell('chart-rates', key, 'rejectionRate').textContent()).toBe(group!.rejectionRate === null ? '—' : `${(group!.rejectionRate * 100).toFixed(1)} %`);
    expect(await cell('chart-missing-fields', 'purchaseDate', 'claims').textContent()).toBe(String(group!.missingFields.find((field) => field.field === 'purchaseDate')!.claims));

    // The time with each party: one bucket per day of the API's answer, each tier's claim count behind the figures.
    const hops = (await reseller().get('/v1/analytics/hops?period=day&manufacturer=ubiquiti')).body as { periods: { start: string; tiers: { tier: string; claims: number; medianSeconds: number | null }[] }[] };
    expect(await page.locator('[data-testid="chart-median-by-tier"] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-group')))).toEqual(hops.periods.map((period) => period.start));
    const today = hops.periods.at(-1)!;
    const manufacturerTier = today.tiers.find((tier) => tier.tier === 'manufacturer');
    expect(manufacturerTier?.claims).toBeGreaterThan(0);
    expect(await cell('chart-median-by-tier', today.start, 'manufacturer').getAttribute('data-value')).toMatch(/^\d+(\.\d+)?$/);
    expect(await page.locator('[data-testid="chart-median-by-tier"] svg rect').count()).toBeGreaterThan(0);
    await shot(page, 'analytics');

    // A refused filter: the API's pointer puts its reason beside the field.
    await page.getByLabel('Created from', { exact: true }).fill('2026-12-31');
    await page.getByLabel('Created until', { exact: true }).fill('2026-01-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('error-analytics-to').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('error-analytics-to').textContent()).toContain('must not be before `from`');
    expect(await page.getByTestId('analytics-figures').count()).toBe(0);
    await page.context().close();
  });
});
