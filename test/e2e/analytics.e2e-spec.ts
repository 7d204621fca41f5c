import { apiAs, DEMO_CLAIM as demoClaim, eventually, useTestHub } from '@rma-hub/testing';

/**
 * The analytics endpoints over claims moved through the API: ad notam is its own RMA desk in the
 * hub, so its moves are taken at once with its key. reseller-alpha has three claims, reseller-bravo
 * one; both go through distri-west.
 */
describe('analytics over the caller’s chain, through the API', () => {
  const testHub = useTestHub();
  const as = (party: string) => apiAs(testHub().url, testHub().keyOf(party));
  let claimNo = 0;

  const SIX_MONTHS_AGO = new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10);

  /** A claim complete under ad notam's policy, waiting on ad notam. */
  const forwarded = async (reseller: string) => {
    claimNo += 1;
    const { supportTicket: _notAdNotams, ...complete } = demoClaim;
    const submitted = await as(reseller).post('/v1/claims', {
      ...complete,
      reference: `AN-ANALYTICS-${claimNo}`,
      manufacturer: 'ad-notam',
      purchaseDate: SIX_MONTHS_AGO,
      lines: [{ serial: `AN-ANALYTICS-UNIT-${claimNo}`, model: 'AN-MD-22' }],
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    await eventually(async () => expect((await as(reseller).get(`/v1/claims/${id}`)).body.status).toBe('forwarded'));
    return id;
  };
  const adNotamDoes = async (id: string, action: string, body: Record<string, unknown> = {}) => {
    const response = await as('ad-notam').post(`/v1/claims/${id}/actions/${action}`, body);
    expect({ action, status: response.status }).toEqual({ action, status: 200 });
  };

  type Tier = { tier: string; claims: number; medianSeconds: number | null; p90Seconds: number | null };
  type HopPeriod = { claims: number; tiers: Tier[]; turnaround: { claims: number } };
  /** Claims and, per tier, claims that spent time with it, over every bucket (the claims were all made now, so one month, or two at a month's turn). */
  const hopTotals = async (party: string, query = '') => {
    const response = await as(party).get(`/v1/analytics/hops${query}`);
    expect(response.status).toBe(200);
    const periods = response.body.periods as HopPeriod[];
    const tiers = Object.fromEntries(['reseller', 'distributor', 'manufacturer', 'in_transit', 'hub'].map((tier) => [tier, periods.reduce((sum, period) => sum + period.tiers.find((entry) => entry.tier === tier)!.claims, 0)]));
    return { claims: periods.reduce((sum, period) => sum + period.claims, 0), tiers, turnaround: periods.reduce((sum, period) => sum + period.turnaround.claims, 0), body: response.body };
  };
  const chargeTotals = async (party: string) => {
    const response = await as(party).get('/v1/analytics/charges?period=day');
    expect(response.status).toBe(200);
    expect(response.body.period).toBe('day');
    const totals = new Map<string, { count: number; total: number }>();
    for (const period of response.body.periods as { charges: { kind: string; currency: string; count: number; total: number }[] }[]) {
      for (const charge of period.charges) {
        const key = `${charge.kind} ${charge.currency}`;
        const sum = totals.get(key) ?? { count: 0, total: 0 };
        totals.set(key, { count: sum.count + charge.count, total: sum.total + charge.total });
      }
    }
    return Object.fromEntries(totals);
  };

  beforeAll(async () => {
    // alpha: one authorized, one asked for its proof of purchase, one received without an SI number (the admin fee).
    await adNotamDoes(await forwarded('reseller-alpha'), 'authorize');
    await adNotamDoes(await forwarded('reseller-alpha'), 'request-info', { missing: ['proofOfPurchase'] });
    await adNotamDoes(await forwarded('reseller-alpha'), 'receive');
    await adNotamDoes(await forwarded('reseller-bravo'), 'receive');
  });

  it('answers the time with each tier over the caller’s claims only, open statuses counted up to the time of the query', async () => {
    const before = Date.now();
    const alpha = await hopTotals('reseller-alpha');
    expect(alpha.body.period).toBe('month');
    expect(Date.parse(alpha.body.openCountedUntil)).toBeGreaterThanOrEqual(before);
    // Every claim left the hub and was forwarded; two are now the reseller's move (authorized, needs_info); none closed.
    expect(alpha).toMatchObject({ claims: 3, tiers: { hub: 3, manufacturer: 3, reseller: 2, in_transit: 0 }, turnaround: 0 });
    const withManufacturer = (alpha.body.periods as HopPeriod[]).flatMap((period) => period.tiers).find((tier) => tier.tier === 'manufacturer' && tier.claims > 0)!;
    expect(withManufacturer.medianSeconds).toBeGreaterThan(0);
    expect(withManufacturer.p90Seconds).toBeGreaterThanOrEqual(withManufacturer.medianSeconds!);

    expect(await hopTotals('reseller-bravo')).toMatchObject({ claims: 1, tiers: { hub: 1, manufacturer: 1, reseller: 0 } });
    expect((await hopTotals('distri-west')).claims).toBe(4);
    expect((await hopTotals('ad-notam')).claims).toBe(4);
    expect((await hopTotals('hub-operator')).claims).toBe(4);
    expect((await hopTotals('reseller-charlie')).claims).toBe(0);
  });

  it('filters by manufacturer, model and creation date', async () => {
    expect((await hopTotals('hub-operator', '?manufacturer=ubiquiti')).claims).toBe(0);
    expect((await hopTotals('hub-operator', '?manufacturer=ad-notam&model=AN-MD-22&period=day')).claims).toBe(4);
    expect((await hopTotals('hub-operator', '?model=U6-Pro')).claims).toBe(0);
    expect((await hopTotals('reseller-alpha', '?to=2000-01-31')).claims).toBe(0);
  });

  it('answers the needs-info share, what was missing and the SLA minutes per manufacturer and model, for the caller’s claims only', async () => {
    const alpha = await as('reseller-alpha').get('/v1/analytics/outcomes');
    expect(alpha.status).toBe(200);
    expect(alpha.body.groups).toEqual([
      {
        manufacturer: 'ad-notam',
        model: 'AN-MD-22',
        claims: 3,
        needsInfoClaims: 1,
        needsInfoShare: 1 / 3,
        missingFields: [{ field: 'proofOfPurchase', claims: 1 }],
        rejectedClaims: 0,
        rejectionRate: 0,
        resolvedLines: 0,
        noFaultFoundLines: 0,
        noFaultFoundRate: null,
        medianSlaBusinessMinutes: expect.any(Number),
      },
    ]);
    const bravo = await as('reseller-bravo').get('/v1/analytics/outcomes');
    expect(bravo.body.groups).toMatchObject([{ manufacturer: 'ad-notam', model: 'AN-MD-22', claims: 1, needsInfoClaims: 0, missingFields: [], medianSlaBusinessMinutes: null }]);
  });

  it('answers the charges over the caller’s claims only', async () => {
    expect(await chargeTotals('reseller-alpha')).toEqual({ 'admin EUR': { count: 1, total: 75 } });
    expect(await chargeTotals('reseller-bravo')).toEqual({ 'admin EUR': { count: 1, total: 75 } });
    expect(await chargeTotals('hub-operator')).toEqual({ 'admin EUR': { count: 2, total: 150 } });
    expect(await chargeTotals('reseller-charlie')).toEqual({});
  });

  it('refuses a bad parameter with a 400 problem naming it', async () => {
    const alpha = as('reseller-alpha');
    for (const [path, pointer] of [
      ['/v1/analytics/hops?period=year', '/period'],
      ['/v1/analytics/charges?from=2026-13-01', '/from'],
      ['/v1/analytics/outcomes?from=2026-05-02&to=2026-05-01', '/to'],
      ['/v1/analytics/hops?manufacturer=Not%20A%20Party', '/manufacturer'],
    ] as const) {
      const response = await alpha.get(path);
      expect({ path, status: response.status, contentType: response.contentType }).toEqual({ path, status: 400, contentType: expect.stringContaining('application/problem+json') });
      expect(response.body).toMatchObject({ code: 'REQUEST.INVALID', errors: [{ pointer }] });
    }
    expect((await apiAs(testHub().url, null).get('/v1/analytics/hops')).status).toBe(401);
  });
});
