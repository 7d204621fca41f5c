import { z } from 'zod';
import { PARTY_TIERS, PartyTier, type AnalyticsPeriod, type ChargeAnalytics, type ClaimStatus, type HopAnalytics, type OutcomeAnalytics, type Resolution } from '@rma-hub/contracts';
import { timeWithPairs } from '@rma-hub/domain';
import type { SqlConnection } from '../sql-connection';
import type { Viewer } from './claims.repository';

/** Which claims a figure is over, besides the viewer's chain; dates are UTC days of the claim's creation, both ends included. */
export interface AnalyticsFilter {
  from?: string;
  to?: string;
  manufacturer?: string;
  distributor?: string;
  /** Claims with a line of this model. */
  model?: string;
}

/** The figures as the API answers them (its contracts), so the two cannot drift apart. */
type HopPeriod = HopAnalytics['periods'][number];
type Spread = HopPeriod['turnaround'];
type OutcomeGroup = OutcomeAnalytics['groups'][number];
type ChargePeriod = ChargeAnalytics['periods'][number];

const NEEDS_INFO: ClaimStatus = 'needs_info';
const REJECTED: ClaimStatus = 'rejected';
const AUTHORIZED: ClaimStatus = 'authorized';
const CLOSED: ClaimStatus = 'closed';
const NO_FAULT_FOUND: Resolution = 'no_fault_found';

/** The statement's values, each added where its placeholder goes. */
class Values {
  readonly list: unknown[] = [];

  add(value: unknown): string {
    this.list.push(value);
    return `$${this.list.length}`;
  }
}

/**
 * The viewer's claims under the filter. Only the filters given become conditions, so PostgreSQL
 * plans each statement for what it asks: a party's claims are found from its hops (claim_hops by
 * party_id), not by testing every claim.
 */
function scoped(viewer: Viewer, filter: AnalyticsFilter, values: Values): string {
  const conditions = [
    viewer.role === 'operator' ? null : `EXISTS (SELECT 1 FROM claim_hops v WHERE v.claim_id = c.id AND v.party_id = ${values.add(viewer.id)})`,
    filter.from === undefined ? null : `c.created_at >= ${values.add(filter.from)}::date`,
    filter.to === undefined ? null : `c.created_at < ${values.add(filter.to)}::date + 1`,
    filter.manufacturer === undefined ? null : `c.manufacturer_id = ${values.add(filter.manufacturer)}`,
    filter.distributor === undefined ? null : `c.distributor_id = ${values.add(filter.distributor)}`,
    filter.model === undefined ? null : `EXISTS (SELECT 1 FROM claim_lines m WHERE m.claim_id = c.id AND m.model = ${values.add(filter.model)})`,
  ].filter((condition) => condition !== null);
  return `SELECT c.id, c.manufacturer_id, c.created_at FROM claims c${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
}

/** Seconds to the millisecond, as the timeline keeps them (percentile_cont interpolates in float8). */
const spread = (seconds: string) =>
  `round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds})::numeric, 3)::float8 AS median, round(percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds})::numeric, 3)::float8 AS p90`;

const HopRow = z.object({ start: z.string(), figure: z.union([PartyTier, z.literal('claims'), z.literal('turnaround')]), claims: z.number(), median: z.number().nullable(), p90: z.number().nullable() });
const OutcomeRow = z.object({
  manufacturer: z.string(),
  model: z.string(),
  claims: z.number(),
  needsInfoClaims: z.number(),
  missingFields: z.array(z.object({ field: z.string(), claims: z.number() })),
  rejectedClaims: z.number(),
  resolvedLines: z.number(),
  noFaultFoundLines: z.number(),
  medianSlaBusinessMinutes: z.number().nullable(),
});
const ChargeRow = z.object({ start: z.string(), kind: z.string(), currency: z.string(), count: z.number(), total: z.number() });

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Figures over the claims' timelines, each in one statement: where the time goes per tier of the
 * chain, what becomes of claims per manufacturer and model, and what was charged.
 */
export class AnalyticsRepository {
  constructor(private readonly sql: SqlConnection) {}

  /**
   * Per bucket of creation: the time each tier held the claims and the turnaround to closed. A
   * claim's time in a status runs from its status_changed event to the next one; in the status it
   * is still in, up to `until`. Its time with a tier is the sum over the tier's statuses.
   */
  async timeWithParties(viewer: Viewer, filter: AnalyticsFilter, period: AnalyticsPeriod, until: Date): Promise<HopPeriod[]> {
    const values = new Values();
    const scope = scoped(viewer, filter, values);
    const { statuses, tiers } = timeWithPairs();
    const text = `
      WITH scoped AS (${scope}),
      buckets AS (SELECT s.id, to_char(date_trunc(${values.add(period)}, s.created_at), 'YYYY-MM-DD') AS start FROM scoped s),
      events AS (
        SELECT e.claim_id, e.seq, e.to_status, e.occurred_at FROM claim_events e JOIN scoped s ON s.id = e.claim_id WHERE e.type = 'status_changed'),
      spans AS (
        SELECT claim_id, to_status AS status,
               coalesce(lead(occurred_at) OVER (PARTITION BY claim_id ORDER BY seq), ${values.add(until.toISOString())}::timestamptz AT TIME ZONE 'UTC') - occurred_at AS held
        FROM events),
      held AS (
        SELECT sp.claim_id, t.tier, extract(epoch FROM sum(sp.held))::float8 AS seconds
        FROM spans sp JOIN unnest(${values.add(statuses)}::text[], ${values.add(tiers)}::text[]) AS t(status, tier) ON t.status = sp.status
        GROUP BY sp.claim_id, t.tier),
      turnaround AS (
        SELECT claim_id, extract(epoch FROM min(occurred_at) FILTER (WHERE to_status = ${values.add(CLOSED)}) - min(occurred_at))::float8 AS seconds
        FROM events GROUP BY claim_id)
      SELECT b.start, 'claims' AS figure, count(*)::int AS claims, NULL::float8 AS median, NULL::float8 AS p90 FROM buckets b GROUP BY b.start
      UNION ALL
      SELECT b.start, h.tier, count(*)::int, ${spread('h.seconds')} FROM held h JOIN buckets b ON b.id = h.claim_id GROUP BY b.start, h.tier
      UNION ALL
      SELECT b.start, 'turnaround', count(*)::int, ${spread('t.seconds')} FROM turnaround t JOIN buckets b ON b.id = t.claim_id WHERE t.seconds IS NOT NULL GROUP BY b.start
      ORDER BY 1`;
    const rows = z.array(HopRow).parse(await this.sql.query(text, values.list));
    const none = (): Spread => ({ claims: 0, medianSeconds: null, p90Seconds: null });
    const byStart = new Map<string, HopPeriod>();
    for (const row of rows) {
      let bucket = byStart.get(row.start);
      if (!bucket) {
        bucket = { start: row.start, claims: 0, tiers: PARTY_TIERS.map((tier) => ({ tier, ...none() })), turnaround: none() };
        byStart.set(row.start, bucket);
      }
      const figure = { claims: row.claims, medianSeconds: row.median, p90Seconds: row.p90 };
      if (row.figure === 'claims') bucket.claims = row.claims;
      else if (row.figure === 'turnaround') bucket.turnaround = figure;
      else bucket.tiers[PARTY_TIERS.indexOf(row.figure)] = { tier: row.figure, ...figure };
    }
    return [...byStart.values()];
  }

  /**
   * Per manufacturer and model (a claim counts once under each model of its lines; with a model
   * filter, only under that one): how many went through needs_info and for what, how many were
   * rejected, the lines' no-fault-found share, and the median working minutes to authorization.
   */
  async outcomes(viewer: Viewer, filter: AnalyticsFilter): Promise<OutcomeGroup[]> {
    const values = new Values();
    const scope = scoped(viewer, filter, values);
    const lineModel = filter.model === undefined ? '' : ` AND l.model = ${values.add(filter.model)}`;
    const needsInfo = values.add(NEEDS_INFO);
    const text = `
      WITH scoped AS (${scope}),
      lines AS (SELECT l.claim_id, s.manufacturer_id, l.model, l.outcome FROM claim_lines l JOIN scoped s ON s.id = l.claim_id WHERE true${lineModel}),
      claim_models AS (SELECT DISTINCT claim_id, manufacturer_id, model FROM lines),
      facts AS (
        SELECT e.claim_id,
               bool_or(e.to_status = ${needsInfo}) AS needed_info,
               bool_or(e.to_status = ${values.add(REJECTED)}) AS rejected,
               (array_agg((e.data ->> 'slaBusinessMinutes')::float8 ORDER BY e.seq)
                  FILTER (WHERE e.to_status = ${values.add(AUTHORIZED)} AND jsonb_typeof(e.data -> 'slaBusinessMinutes') = 'number'))[1] AS sla_minutes
        FROM claim_events e JOIN scoped s ON s.id = e.claim_id WHERE e.type = 'status_changed' GROUP BY e.claim_id),
      missing AS (
        SELECT DISTINCT e.claim_id, f.field
        FROM claim_events e JOIN scoped s ON s.id = e.claim_id
        CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(e.data -> 'missing') = 'array' THEN e.data -> 'missing' ELSE '[]' END) AS f(field)
        WHERE e.type = 'status_changed' AND e.to_status = ${needsInfo}),
      missing_counts AS (
        SELECT cm.manufacturer_id, cm.model, m.field, count(*)::int AS claims FROM claim_models cm JOIN missing m ON m.claim_id = cm.claim_id GROUP BY 1, 2, 3),
      line_counts AS (
        SELECT manufacturer_id, model, count(outcome)::int AS resolved, count(*) FILTER (WHERE outcome = ${values.add(NO_FAULT_FOUND)})::int AS no_fault_found FROM lines GROUP BY 1, 2)
      SELECT cm.manufacturer_id AS manufacturer, cm.model, count(*)::int AS claims,
             count(*) FILTER (WHERE f.needed_info)::int AS "needsInfoClaims",
             count(*) FILTER (WHERE f.rejected)::int AS "rejectedClaims",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY f.sla_minutes) AS "medianSlaBusinessMinutes",
             min(lc.resolved) AS "resolvedLines", min(lc.no_fault_found) AS "noFaultFoundLines",
             coalesce((SELECT json_agg(json_build_object('field', mc.field, 'claims', mc.claims) ORDER BY mc.claims DESC, mc.field)
                       FROM missing_counts mc WHERE mc.manufacturer_id = cm.manufacturer_id AND mc.model = cm.model), '[]') AS "missingFields"
      FROM claim_models cm
      LEFT JOIN facts f ON f.claim_id = cm.claim_id
      JOIN line_counts lc ON lc.manufacturer_id = cm.manufacturer_id AND lc.model = cm.model
      GROUP BY cm.manufacturer_id, cm.model
      ORDER BY cm.manufacturer_id, cm.model`;
    const rows = z.array(OutcomeRow).parse(await this.sql.query(text, values.list));
    return rows.map((row) => ({
      manufacturer: row.manufacturer,
      model: row.model,
      claims: row.claims,
      needsInfoClaims: row.needsInfoClaims,
      needsInfoShare: share(row.needsInfoClaims, row.claims),
      missingFields: row.missingFields,
      rejectedClaims: row.rejectedClaims,
      rejectionRate: share(row.rejectedClaims, row.claims),
      resolvedLines: row.resolvedLines,
      noFaultFoundLines: row.noFaultFoundLines,
      noFaultFoundRate: share(row.noFaultFoundLines, row.resolvedLines),
      medianSlaBusinessMinutes: row.medianSlaBusinessMinutes,
    }));
  }

  /** Per bucket of the claims' creation: the charges by kind and currency, how many and their total. */
  async charges(viewer: Viewer, filter: AnalyticsFilter, period: AnalyticsPeriod): Promise<ChargePeriod[]> {
    const values = new Values();
    const scope = scoped(viewer, filter, values);
    const text = `
      WITH scoped AS (${scope})
      SELECT to_char(date_trunc(${values.add(period)}, s.created_at), 'YYYY-MM-DD') AS start, ch.kind, ch.currency, count(*)::int AS count, sum(ch.amount)::float8 AS total
      FROM claim_charges ch JOIN scoped s ON s.id = ch.claim_id
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    const rows = z.array(ChargeRow).parse(await this.sql.query(text, values.list));
    const byStart = new Map<string, ChargePeriod>();
    for (const { start, ...charge } of rows) {
      const bucket = byStart.get(start) ?? { start, charges: [] };
      bucket.charges.push(charge);
      byStart.set(start, bucket);
    }
    return [...byStart.values()];
  }
}
