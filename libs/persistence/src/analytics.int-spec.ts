import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TIME_WITH } from '@rma-hub/domain';
import { createTestDatabase, testEnv, type TestDatabase } from '@rma-hub/testing';
import { Database } from './database';
import type { AnalyticsFilter } from './repositories/analytics.repository';
import type { Viewer } from './repositories/claims.repository';

const HOUR = 3600;
const h = (hours: number) => hours * HOUR;
/** Every claim spends ten minutes with the hub before it is routed. */
const ROUTING = 600;

interface GeneratedClaim {
  reseller: string;
  distributor: string;
  manufacturer: string;
  createdAt: string;
  lines: { model: string; outcome?: string }[];
  /** Each status the claim entered and how many seconds it stayed; the last one without, still open or final. */
  timeline: [status: string, seconds: number | null, data?: Record<string, unknown>][];
  charges?: { kind: string; amount: string; currency: string }[];
}

/** A claim of reseller-alpha through distri-one to maker-x that went the whole way and closed. */
const alphaClaim = (day: number, inReviewHours: number, extra: { needsInfo?: [hours: number, missing: string[]]; sla: number; outcome: string; lines?: GeneratedClaim['lines']; charges?: GeneratedClaim['charges'] }): GeneratedClaim => ({
  reseller: 'reseller-alpha',
  distributor: 'distri-one',
  manufacturer: 'maker-x',
  createdAt: `2026-03-0${day}T09:00:00.000Z`,
  lines: extra.lines ?? [{ model: 'M1', outcome: extra.outcome }],
  timeline: [
    ['submitted', ROUTING],
    ...(extra.needsInfo ? [['needs_info', h(extra.needsInfo[0]), { missing: extra.needsInfo[1] }] as GeneratedClaim['timeline'][number]] : []),
    ['in_review', h(inReviewHours)],
    ['forwarded', h(2)],
    ['authorized', h(1), { slaBusinessMinutes: extra.sla }],
    ['in_transit', h(24)],
    ['received', h(3)],
    ['resolved', h(1)],
    ['shipped_back', h(48)],
    ['closed', null],
  ],
  ...(extra.charges ? { charges: extra.charges } : {}),
});

/**
 * reseller-alpha's five March claims, in review 1 to 5 hours; A1 and A2 waited on information
 * (4 h and 2 h), A5 was rejected after 2 h forwarded and 1 h rejected, then closed.
 */
const ALPHA_MARCH: GeneratedClaim[] = [
  alphaClaim(2, 1, { needsInfo: [4, ['purchaseDate', 'proofOfPurchase']], sla: 30, outcome: 'no_fault_found', charges: [{ kind: 'inspection', amount: '75.00', currency: 'EUR' }] }),
  alphaClaim(3, 2, { needsInfo: [2, ['purchaseDate']], sla: 60, outcome: 'repaired', charges: [{ kind: 'admin', amount: '50.00', currency: 'EUR' }] }),
  alphaClaim(4, 3, { sla: 90, outcome: 'replaced', lines: [{ model: 'M1', outcome: 'replaced' }, { model: 'M2', outcome: 'repaired' }], charges: [{ kind: 'restocking', amount: '12.50', currency: 'USD' }] }),
  alphaClaim(5, 4, { sla: 600, outcome: 'no_fault_found', charges: [{ kind: 'inspection', amount: '75.00', currency: 'EUR' }] }),
  {
    reseller: 'reseller-alpha',
    distributor: 'distri-one',
    manufacturer: 'maker-x',
    createdAt: '2026-03-06T09:00:00.000Z',
    lines: [{ model: 'M1' }],
    timeline: [['submitted', ROUTING], ['in_review', h(5)], ['forwarded', h(2)], ['rejected', h(1)], ['closed', null]],
  },
];

/** Still in review in April: its open span counts up to `until`. */
const ALPHA_APRIL: GeneratedClaim = {
  reseller: 'reseller-alpha',
  distributor: 'distri-one',
  manufacturer: 'maker-x',
  createdAt: '2026-04-03T09:00:00.000Z',
  lines: [{ model: 'M3' }],
  timeline: [['submitted', ROUTING], ['in_review', null]],
};
const UNTIL = new Date(Date.parse(ALPHA_APRIL.createdAt) + (ROUTING + h(7)) * 1000);

/** reseller-bravo's claims, far off alpha's figures in every measure; B2 shares alpha's distributor, maker and model. */
const BRAVO: GeneratedClaim[] = [
  {
    reseller: 'reseller-bravo',
    distributor: 'distri-two',
    manufacturer: 'maker-y',
    createdAt: '2026-03-10T09:00:00.000Z',
    lines: [{ model: 'M9', outcome: 'no_fault_found' }],
    timeline: [['submitted', h(1)], ['needs_info', h(30), { missing: ['supportTicket'] }], ['in_review', h(100)], ['forwarded', h(10)], ['rejected', h(10)], ['closed', null]],
    charges: [{ kind: 'admin', amount: '999.00', currency: 'EUR' }],
  },
  {
    reseller: 'reseller-bravo',
    distributor: 'distri-one',
    manufacturer: 'maker-x',
    createdAt: '2026-03-11T09:00:00.000Z',
    lines: [{ model: 'M1', outcome: 'no_fault_found' }],
    timeline: [['submitted', h(1)], ['needs_info', h(30), { missing: ['serial'] }], ['in_review', h(50)], ['forwarded', h(10)], ['authorized', h(10), { slaBusinessMinutes: 9999 }], ['closed', null]],
    charges: [{ kind: 'inspection', amount: '500.00', currency: 'EUR' }],
  },
];

const OPERATOR: Viewer = { id: 'hub-operator', role: 'operator' };
const ALPHA: Viewer = { id: 'reseller-alpha', role: 'reseller' };
const BRAVO_VIEWER: Viewer = { id: 'reseller-bravo', role: 'reseller' };
const DISTRI_ONE: Viewer = { id: 'distri-one', role: 'distributor' };

const none = { claims: 0, medianSeconds: null, p90Seconds: null };

/** reseller-alpha's March, by hand from ALPHA_MARCH. */
const ALPHA_MARCH_HOPS = {
  start: '2026-03-01',
  claims: 5,
  tiers: [
    // A1 4 h + 1 h, A2 2 h + 1 h, A3 and A4 1 h authorized; A5 never with the reseller: 1, 1, 3, 5 h.
    { tier: 'reseller', claims: 4, medianSeconds: h(2), p90Seconds: 15_840 /* 4.4 h */ },
    { tier: 'distributor', claims: 5, medianSeconds: h(3), p90Seconds: 16_560 /* 4.6 h */ },
    // 2 + 3 + 1 h each, A5 2 + 1 h: 3, 6, 6, 6, 6 h.
    { tier: 'manufacturer', claims: 5, medianSeconds: h(6), p90Seconds: h(6) },
    { tier: 'in_transit', claims: 4, medianSeconds: h(72), p90Seconds: h(72) },
    { tier: 'hub', claims: 5, medianSeconds: ROUTING, p90Seconds: ROUTING },
  ],
  // 79 h on the way plus review and needs_info: A1 84 h, A2 83 h, A3 82 h, A4 83 h; A5 8 h; each plus routing.
  turnaround: { claims: 5, medianSeconds: h(83) + ROUTING, p90Seconds: 301_560 /* 83.6 h and routing */ },
};

describe('analytics over generated timelines with known answers, on real PostgreSQL', () => {
  let database: TestDatabase;
  let db: Database;
  let sql: Client;
  const analytics = () => db.repositories.analytics;
  const hops = (viewer: Viewer, filter: AnalyticsFilter = {}, period: 'day' | 'week' | 'month' = 'month') => analytics().timeWithParties(viewer, filter, period, UNTIL);

  async function insert(claim: GeneratedClaim): Promise<string> {
    const id = randomUUID();
    const created = Date.parse(claim.createdAt);
    await sql.query(
      `INSERT INTO claims (id, reseller_id, manufacturer_id, distributor_id, status, return_reason, failure_description, contact, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'defective', 'dead', '{}', $6::timestamptz AT TIME ZONE 'UTC', $6::timestamptz AT TIME ZONE 'UTC')`,
      [id, claim.reseller, claim.manufacturer, claim.distributor, claim.timeline.at(-1)![0], claim.createdAt],
    );
    const hops: [string, string][] = [[claim.reseller, 'reseller'], [claim.distributor, 'distributor'], [claim.manufacturer, 'manufacturer']];
    for (const [position, [party, role]] of hops.entries()) {
      await sql.query(`INSERT INTO claim_hops (claim_id, party_id, role, position) VALUES ($1, $2, $3, $4)`, [id, party, role, position]);
    }
    for (const [index, line] of claim.lines.entries()) {
      await sql.query(`INSERT INTO claim_lines (id, claim_id, line_no, serial, model, status, outcome) VALUES ($1, $2, $3, $4, $5, 'closed', $6)`, [
        randomUUID(), id, index + 1, `SN-${id}-${index}`, line.model, line.outcome ?? null,
      ]);
    }
    let at = created;
    let from: string | null = null;
    for (const [index, [status, seconds, data]] of claim.timeline.entries()) {
      await sql.query(
        `INSERT INTO claim_events (id, claim_id, seq, type, from_status, to_status, actor_role, reason, data, occurred_at)
         VALUES ($1, $2, $3, 'status_changed', $4, $5, 'hub', 'generated', $6, $7::timestamptz AT TIME ZONE 'UTC')`,
        [randomUUID(), id, index + 1, from, status, JSON.stringify(data ?? {}), new Date(at).toISOString()],
      );
      from = status;
      at += (seconds ?? 0) * 1000;
    }
    for (const charge of claim.charges ?? []) {
      await sql.query(`INSERT INTO claim_charges (id, claim_id, kind, amount, currency, rule, policy, reason) VALUES ($1, $2, $3, $4, $5, 'generated', '{}', 'generated')`, [
        randomUUID(), id, charge.kind, charge.amount, charge.currency,
      ]);
    }
    return id;
  }

  beforeAll(async () => {
    database = await createTestDatabase(testEnv().postgresUrl);
    db = new Database({ url: database.url, poolSize: 4 });
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    await sql.query(`
      INSERT INTO parties (id, name, role, reference_prefix) VALUES
        ('reseller-alpha', 'Alpha', 'reseller', 'A'), ('reseller-bravo', 'Bravo', 'reseller', 'B'),
        ('distri-one', 'One', 'distributor', 'D'), ('distri-two', 'Two', 'distributor', 'E'),
        ('maker-x', 'X', 'manufacturer', 'X'), ('maker-y', 'Y', 'manufacturer', 'Y')`);
    for (const claim of [...ALPHA_MARCH, ALPHA_APRIL]) await insert(claim);
  });

  afterAll(async () => {
    await sql?.end();
    await db?.disconnect();
    await database?.drop();
  });

  describe("before another reseller's claims exist", () => {
    it('answers medians and p90 (percentile_cont) of the time with each tier, per month, the open review counted up to `until`', async () => {
      expect(await hops(ALPHA)).toEqual([
        ALPHA_MARCH_HOPS,
        {
          start: '2026-04-01',
          claims: 1,
          tiers: [
            { tier: 'reseller', ...none },
            { tier: 'distributor', claims: 1, medianSeconds: h(7), p90Seconds: h(7) },
            { tier: 'manufacturer', ...none },
            { tier: 'in_transit', ...none },
            { tier: 'hub', claims: 1, medianSeconds: ROUTING, p90Seconds: ROUTING },
          ],
          turnaround: none,
        },
      ]);
    });
  });

  describe("with another reseller's claims", () => {
    let alphaOutcomes: Awaited<ReturnType<ReturnType<typeof analytics>['outcomes']>>;
    let alphaCharges: Awaited<ReturnType<ReturnType<typeof analytics>['charges']>>;

    beforeAll(async () => {
      alphaOutcomes = await analytics().outcomes(ALPHA, {});
      alphaCharges = await analytics().charges(ALPHA, {}, 'month');
      for (const claim of BRAVO) await insert(claim);
    });

    it("leaves a reseller's figures exactly as they were, while the operator's and the shared distributor's take them in", async () => {
      const alphaHops = await hops(ALPHA);
      expect(alphaHops[0]).toEqual(ALPHA_MARCH_HOPS);
      expect(await analytics().outcomes(ALPHA, {})).toEqual(alphaOutcomes);
      expect(await analytics().charges(ALPHA, {}, 'month')).toEqual(alphaCharges);

      const claimsIn = async (viewer: Viewer) => (await hops(viewer)).map((period) => [period.start, period.claims]);
      expect(await claimsIn(ALPHA)).toEqual([['2026-03-01', 5], ['2026-04-01', 1]]);
      expect(await claimsIn(BRAVO_VIEWER)).toEqual([['2026-03-01', 2]]);
      expect(await claimsIn(OPERATOR)).toEqual([['2026-03-01', 7], ['2026-04-01', 1]]);
      // distri-one is on B2's chain, not on B1's.
      expect(await claimsIn(DISTRI_ONE)).toEqual([['2026-03-01', 6], ['2026-04-01', 1]]);
      expect((await hops(BRAVO_VIEWER))[0]!.tiers.find((tier) => tier.tier === 'distributor')).toEqual({ tier: 'distributor', claims: 2, medianSeconds: h(75), p90Seconds: h(95) });
    });

    it('answers the needs-info share and what was missing, rejection and no-fault-found rates and the median SLA minutes, per manufacturer and model', async () => {
      expect(await analytics().outcomes(ALPHA, {})).toEqual([
        {
          manufacturer: 'maker-x',
          model: 'M1',
          claims: 5,
          needsInfoClaims: 2,
          needsInfoShare: 0.4,
          missingFields: [{ field: 'purchaseDate', claims: 2 }, { field: 'proofOfPurchase', claims: 1 }],
          rejectedClaims: 1,
          rejectionRate: 0.2,
          // A1..A4's lines have an outcome, A1's and A4's no fault found; A5's has none.
          resolvedLines: 4,
          noFaultFoundLines: 2,
          noFaultFoundRate: 0.5,
          // 30, 60, 90, 600 minutes.
          medianSlaBusinessMinutes: 75,
        },
        {
          manufacturer: 'maker-x', model: 'M2', claims: 1, needsInfoClaims: 0, needsInfoShare: 0, missingFields: [], rejectedClaims: 0, rejectionRate: 0,
          resolvedLines: 1, noFaultFoundLines: 0, noFaultFoundRate: 0, medianSlaBusinessMinutes: 90,
        },
        {
          manufacturer: 'maker-x', model: 'M3', claims: 1, needsInfoClaims: 0, needsInfoShare: 0, missingFields: [], rejectedClaims: 0, rejectionRate: 0,
          resolvedLines: 0, noFaultFoundLines: 0, noFaultFoundRate: null, medianSlaBusinessMinutes: null,
        },
      ]);
      const operatorM1 = (await analytics().outcomes(OPERATOR, { model: 'M1' })).map((group) => [group.manufacturer, group.model, group.claims, group.needsInfoShare, group.noFaultFoundRate, group.medianSlaBusinessMinutes]);
      expect(operatorM1).toEqual([['maker-x', 'M1', 6, 0.5, 0.6, 90]]);
    });

    it('answers the count and total of charges by kind and currency, per bucket', async () => {
      expect(await analytics().charges(ALPHA, {}, 'month')).toEqual([
        {
          start: '2026-03-01',
          charges: [
            { kind: 'admin', currency: 'EUR', count: 1, total: 50 },
            { kind: 'inspection', currency: 'EUR', count: 2, total: 150 },
            { kind: 'restocking', currency: 'USD', count: 1, total: 12.5 },
          ],
        },
      ]);
      expect(await analytics().charges(ALPHA, {}, 'day')).toEqual([
        { start: '2026-03-02', charges: [{ kind: 'inspection', currency: 'EUR', count: 1, total: 75 }] },
        { start: '2026-03-03', charges: [{ kind: 'admin', currency: 'EUR', count: 1, total: 50 }] },
        { start: '2026-03-04', charges: [{ kind: 'restocking', currency: 'USD', count: 1, total: 12.5 }] },
        { start: '2026-03-05', charges: [{ kind: 'inspection', currency: 'EUR', count: 1, total: 75 }] },
      ]);
      expect(await analytics().charges(OPERATOR, {}, 'month')).toEqual([
        {
          start: '2026-03-01',
          charges: [
            { kind: 'admin', currency: 'EUR', count: 2, total: 1049 },
            { kind: 'inspection', currency: 'EUR', count: 3, total: 650 },
            { kind: 'restocking', currency: 'USD', count: 1, total: 12.5 },
          ],
        },
      ]);
    });

    it('filters by creation date, both ends included, manufacturer, distributor and model', async () => {
      const starts = async (viewer: Viewer, filter: AnalyticsFilter, period: 'day' | 'week' | 'month' = 'month') => (await hops(viewer, filter, period)).map((bucket) => [bucket.start, bucket.claims]);
      expect(await starts(ALPHA, { from: '2026-04-01' })).toEqual([['2026-04-01', 1]]);
      expect(await starts(ALPHA, { to: '2026-03-31' })).toEqual([['2026-03-01', 5]]);
      expect(await starts(ALPHA, { from: '2026-03-03', to: '2026-03-05' }, 'day')).toEqual([['2026-03-03', 1], ['2026-03-04', 1], ['2026-03-05', 1]]);
      expect(await starts(OPERATOR, { manufacturer: 'maker-y' })).toEqual([['2026-03-01', 1]]);
      expect(await starts(OPERATOR, { distributor: 'distri-two' })).toEqual([['2026-03-01', 1]]);
      expect(await starts(OPERATOR, { distributor: 'distri-one', model: 'M3' })).toEqual([['2026-04-01', 1]]);
      expect(await starts(OPERATOR, { model: 'M2' })).toEqual([['2026-03-01', 1]]);
      // The filters narrow the party's own chain, never widen it.
      expect(await starts(ALPHA, { manufacturer: 'maker-y' })).toEqual([]);
      expect(await starts(ALPHA, {}, 'week')).toEqual([['2026-03-02', 5], ['2026-03-30', 1]]);

      expect((await analytics().outcomes(OPERATOR, { manufacturer: 'maker-y' })).map((group) => [group.model, group.claims, group.rejectionRate, group.missingFields])).toEqual([
        ['M9', 1, 1, [{ field: 'supportTicket', claims: 1 }]],
      ]);
      expect((await analytics().charges(OPERATOR, { distributor: 'distri-two' }, 'month'))[0]!.charges).toEqual([{ kind: 'admin', currency: 'EUR', count: 1, total: 999 }]);
      expect(await analytics().charges(OPERATOR, { from: '2026-04-01' }, 'month')).toEqual([]);
    });
  });

  describe('the claim facts the figures read (claim_facts, recomputed for the claims a trigger on the timeline marks)', () => {
    it('take the tier of each status from the same map as the domain (TIME_WITH)', async () => {
      const { rows } = await sql.query<{ status: string; tier: string }>('SELECT status, tier FROM claim_status_tiers ORDER BY status');
      const expected = Object.entries(TIME_WITH)
        .filter(([, tier]) => tier !== null)
        .map(([status, tier]) => ({ status, tier }))
        .sort((a, b) => a.status.localeCompare(b.status));
      expect(rows).toEqual(expected);
    });

    it('come out the same for a timeline written in one statement (a bulk COPY) as for one written event by event', async () => {
      const facts = async (claimId: string) => {
        const { rows } = await sql.query('SELECT * FROM claim_facts WHERE claim_id = $1', [claimId]);
        const { claim_id: _id, ...rest } = rows[0] as Record<string, unknown>;
        return rest;
      };
      const source = await insert(alphaClaim(7, 2, { needsInfo: [3, ['serial', 'purchaseDate']], sla: 45, outcome: 'repaired' }));
      const copy = randomUUID();
      try {
        await sql.query(
          `INSERT INTO claims (id, reseller_id, manufacturer_id, distributor_id, status, return_reason, failure_description, contact, created_at, updated_at)
           SELECT $2, reseller_id, manufacturer_id, distributor_id, status, return_reason, failure_description, contact, created_at, updated_at FROM claims WHERE id = $1`,
          [source, copy],
        );
        await sql.query(
          `INSERT INTO claim_events (id, claim_id, seq, type, from_status, to_status, actor_role, reason, data, occurred_at)
           SELECT gen_random_uuid(), $2, seq, type, from_status, to_status, actor_role, reason, data, occurred_at FROM claim_events WHERE claim_id = $1`,
          [source, copy],
        );
        const marked = async () => (await sql.query('SELECT DISTINCT claim_id FROM claim_facts_stale WHERE claim_id = ANY ($1::uuid[]) ORDER BY claim_id', [[source, copy]])).rows.map((row) => row.claim_id);
        expect(await marked()).toEqual([source, copy].sort());
        // One mark per statement: the source's ten events one by one, the copy's in one.
        expect(await analytics().refreshStaleFacts(100)).toBe(11);
        expect(await marked()).toEqual([]);
        expect(await facts(copy)).toEqual(await facts(source));
        expect(await facts(source)).toMatchObject({ status: 'closed', status_tier: null, needed_info: true, missing: ['purchaseDate', 'serial'], rejected: false, sla_minutes: 45, reseller_seconds: h(3) + h(1) });
      } finally {
        await sql.query('DELETE FROM claims WHERE id = ANY ($1::uuid[])', [[source, copy]]);
      }
    });
  });
});
