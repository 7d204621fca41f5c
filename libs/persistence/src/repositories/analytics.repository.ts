import { z } from 'zod';
import { PARTY_TIERS, PartyTier, type AnalyticsPeriod, type ChargeAnalytics, type HopAnalytics, type OutcomeAnalytics, type Resolution } from '@rma-hub/contracts';
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
type OutcomeGroup = OutcomeAnalytics['groups'][number];
type ChargePeriod = ChargeAnalytics['periods'][number];

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
 * The conditions on `f`, the claims' facts (claim_facts, one row per claim, recomputed from the
 * timeline), that keep the viewer's claims under the filter. Only the filters given become
 * conditions, so PostgreSQL plans each statement for what it asks: a party's claims are found from
 * its hops (claim_hops by party_id), not by testing every claim.
 */
function scopeConditions(viewer: Viewer, filter: AnalyticsFilter, values: Values): string[] {
  const conditions = [
    viewer.role === 'operator' ? null : `EXISTS (SELECT 1 FROM claim_hops v WHERE v.claim_id = f.claim_id AND v.party_id = ${values.add(viewer.id)})`,
    filter.from === undefined ? null : `f.created_at >= ${values.add(filter.from)}::date`,
    filter.to === undefined ? null : `f.created_at < ${values.add(filter.to)}::date + 1`,
    filter.manufacturer === undefined ? null : `f.manufacturer_id = ${values.add(filter.manufacturer)}`,
    filter.distributor === undefined ? null : `f.distributor_id = ${values.add(filter.distributor)}`,
    filter.model === undefined ? null : `EXISTS (SELECT 1 FROM claim_lines m WHERE m.claim_id = f.claim_id AND m.model = ${values.add(filter.model)})`,
  ];
  return conditions.filter((condition) => condition !== null);
}

const where = (conditions: string[]) => (conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '');

/** The median and p90 as json_build_object pairs, in seconds to the millisecond as the timeline keeps them (percentile_cont interpolates in float8). */
const spread = (seconds: string) =>
  `'medianSeconds', round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds})::numeric, 3)::float8, 'p90Seconds', round(percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds})::numeric, 3)::float8`;

const SpreadRow = z.object({ claims: z.number(), medianSeconds: z.number().nullable(), p90Seconds: z.number().nullable() });
const HopRow = z.object({
  start: z.string(),
  claims: z.number(),
  ...(Object.fromEntries(PARTY_TIERS.map((tier) => [tier, SpreadRow])) as Record<PartyTier, typeof SpreadRow>),
  turnaround: SpreadRow,
});
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

/** Claims recomputed per statement when a read catches up. */
const CATCH_UP_BATCH = 5_000;

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Figures over the claims' timelines, each in one statement: where the time goes per tier of the
 * chain, what becomes of claims per manufacturer and model, and what was charged.
 */
export class AnalyticsRepository {
  constructor(private readonly sql: SqlConnection) {}

  /**
   * Recomputes the facts of up to `batchSize` claims whose timeline changed since (marked by a
   * trigger on claim_events) and unmarks them; how many it took. Marks another session is taking
   * are skipped.
   */
  async refreshStaleFacts(batchSize: number): Promise<number> {
    const [row] = await this.sql.query<{ refreshed: number }>('SELECT refresh_stale_claim_facts($1) AS refreshed', [batchSize], { fixed: true });
    return row!.refreshed;
  }

  /** What the router has not recomputed yet is recomputed first, so every figure is exact when read. */
  private async catchUp(): Promise<void> {
    let refreshed: number;
    do refreshed = await this.refreshStaleFacts(CATCH_UP_BATCH);
    while (refreshed === CATCH_UP_BATCH);
  }

  /**
   * Per bucket of creation: the time each tier held the claims and the turnaround to closed, from
   * the claims' facts (claim_facts, recomputed from the timeline). A tier's time is the spans
   * that ended plus, when the claim's current status is the tier's, the time since, up to `until`;
   * a claim counts for a tier only if the tier held it at all.
   */
  async timeWithParties(viewer: Viewer, filter: AnalyticsFilter, period: AnalyticsPeriod, until: Date): Promise<HopPeriod[]> {
    await this.catchUp();
    const values = new Values();
    const scope = where(scopeConditions(viewer, filter, values));
    const now = `${values.add(until.toISOString())}::timestamptz AT TIME ZONE 'UTC'`;
    const tierSeconds = PARTY_TIERS.map((tier) => {
      const tierValue = values.add(tier);
      return `CASE WHEN f.status_tier = ${tierValue} THEN coalesce(f.${tier}_seconds, 0) + extract(epoch FROM ${now} - f.status_since)::float8 ELSE f.${tier}_seconds END AS ${tier}`;
    });
    const figures = [...PARTY_TIERS, 'turnaround'].map((figure) => `json_build_object('claims', count(${figure}), ${spread(figure)}) AS ${figure}`);
    const text = `
      WITH per_claim AS (
        SELECT date_trunc(${values.add(period)}, f.created_at) AS start, ${tierSeconds.join(', ')},
               extract(epoch FROM f.closed_at - f.first_at)::float8 AS turnaround
        FROM claim_facts f ${scope})
      SELECT to_char(start, 'YYYY-MM-DD') AS start, count(*)::int AS claims, ${figures.join(', ')}
      FROM per_claim GROUP BY per_claim.start ORDER BY per_claim.start`;
    const rows = z.array(HopRow).parse(await this.sql.query(text, values.list));
    return rows.map((row) => ({
      start: row.start,
      claims: row.claims,
      tiers: PARTY_TIERS.map((tier) => ({ tier, ...row[tier] })),
      turnaround: row.turnaround,
    }));
  }

  /**
   * Per manufacturer and model (a claim counts once under each model of its lines; with a model
   * filter, only under that one): how many went through needs_info and for what, how many were
   * rejected, the lines' no-fault-found share, and the median working minutes to authorization.
   */
  async outcomes(viewer: Viewer, filter: AnalyticsFilter): Promise<OutcomeGroup[]> {
    await this.catchUp();
    const values = new Values();
    // The model filter applies to the lines grouped here, which also keeps only the claims with such a line.
    const { model, ...claimFilter } = filter;
    const conditions = scopeConditions(viewer, claimFilter, values);
    if (model !== undefined) conditions.push(`l.model = ${values.add(model)}`);
    const text = `
      WITH claim_models AS (
        SELECT f.claim_id, f.manufacturer_id, l.model, f.needed_info, f.rejected, f.sla_minutes, f.missing,
               count(l.outcome)::int AS resolved, count(*) FILTER (WHERE l.outcome = ${values.add(NO_FAULT_FOUND)})::int AS no_fault_found
        FROM claim_lines l JOIN claim_facts f ON f.claim_id = l.claim_id
        ${where(conditions)}
        GROUP BY f.claim_id, l.model),
      groups AS (
        SELECT manufacturer_id, model, count(*)::int AS claims,
               count(*) FILTER (WHERE needed_info)::int AS needs_info_claims,
               count(*) FILTER (WHERE rejected)::int AS rejected_claims,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY sla_minutes) AS median_sla_minutes,
               sum(resolved)::int AS resolved_lines, sum(no_fault_found)::int AS no_fault_found_lines
        FROM claim_models GROUP BY manufacturer_id, model),
      missing AS (
        SELECT manufacturer_id, model, json_agg(json_build_object('field', field, 'claims', claims) ORDER BY claims DESC, field) AS fields
        FROM (SELECT w.manufacturer_id, w.model, m.field, count(*)::int AS claims
              FROM claim_models w CROSS JOIN LATERAL unnest(w.missing) AS m(field) WHERE w.needed_info GROUP BY 1, 2, 3) per_field
        GROUP BY manufacturer_id, model)
      SELECT g.manufacturer_id AS manufacturer, g.model, g.claims, g.needs_info_claims AS "needsInfoClaims", g.rejected_claims AS "rejectedClaims",
             g.median_sla_minutes AS "medianSlaBusinessMinutes", g.resolved_lines AS "resolvedLines", g.no_fault_found_lines AS "noFaultFoundLines",
             coalesce(m.fields, '[]') AS "missingFields"
      FROM groups g LEFT JOIN missing m ON m.manufacturer_id = g.manufacturer_id AND m.model = g.model
      ORDER BY g.manufacturer_id, g.model`;
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
    await this.catchUp();
    const values = new Values();
    const scope = where(scopeConditions(viewer, filter, values));
    const text = `
      SELECT to_char(date_trunc(${values.add(period)}, f.created_at), 'YYYY-MM-DD') AS start, ch.kind, ch.currency, count(*)::int AS count, sum(ch.amount)::float8 AS total
      FROM claim_charges ch JOIN claim_facts f ON f.claim_id = ch.claim_id ${scope}
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
