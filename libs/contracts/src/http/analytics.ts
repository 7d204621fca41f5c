import { z } from 'zod';
import { IsoDate } from '../vocabulary';

/** What `GET /v1/analytics/…` take and answer: figures over the claims on the caller's chain (an operator's: every claim). */

/** Who holds a claim while it sits in a status; `in_transit` is the goods on their way, `hub` the hub's own routing. */
export const PARTY_TIERS = ['reseller', 'distributor', 'manufacturer', 'in_transit', 'hub'] as const;
export const PartyTier = z.enum(PARTY_TIERS).meta({ id: 'PartyTier' });
export type PartyTier = z.infer<typeof PartyTier>;

export const AnalyticsPeriod = z.enum(['day', 'week', 'month']).meta({ id: 'AnalyticsPeriod', description: 'The bucket size: UTC days, ISO weeks (from Monday) or calendar months.' });
export type AnalyticsPeriod = z.infer<typeof AnalyticsPeriod>;

const PartyId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a party id: lower-case letters, digits and dashes' }).max(100);

const AnalyticsFilter = z
  .object({
    from: IsoDate.optional().meta({ description: 'Claims created on or after this UTC date.' }),
    to: IsoDate.optional().meta({ description: 'Claims created on or before this UTC date.' }),
    manufacturer: PartyId.optional().meta({ description: "Only this manufacturer's claims." }),
    distributor: PartyId.optional().meta({ description: 'Only claims routed through this distributor.' }),
    model: z.string().min(1).max(200).optional().meta({ description: 'Only claims with a line of this model.' }),
  });

const fromNotAfterTo = (query: { from?: string | undefined; to?: string | undefined }) => query.from === undefined || query.to === undefined || query.from <= query.to;
const FROM_AFTER_TO = { error: 'must not be before `from`', path: ['to'] };

const Bucketed = AnalyticsFilter.extend({ period: AnalyticsPeriod.default('month') });

export const HopAnalyticsQuery = Bucketed.refine(fromNotAfterTo, FROM_AFTER_TO);
export type HopAnalyticsQuery = z.infer<typeof HopAnalyticsQuery>;
export const ChargeAnalyticsQuery = Bucketed.refine(fromNotAfterTo, FROM_AFTER_TO);
export type ChargeAnalyticsQuery = z.infer<typeof ChargeAnalyticsQuery>;
export const OutcomeAnalyticsQuery = AnalyticsFilter.refine(fromNotAfterTo, FROM_AFTER_TO);
export type OutcomeAnalyticsQuery = z.infer<typeof OutcomeAnalyticsQuery>;

const Seconds = z.number().nullable();
const Spread = z.object({
  claims: z.number().int(),
  medianSeconds: Seconds.meta({ description: 'percentile_cont(0.5); null without claims.' }),
  p90Seconds: Seconds.meta({ description: 'percentile_cont(0.9); null without claims.' }),
});

export const HopAnalytics = z
  .object({
    period: AnalyticsPeriod,
    openCountedUntil: z.iso.datetime().meta({ description: 'A claim still in a status counts its time there up to this instant (the time of the query).' }),
    periods: z.array(
      z.object({
        start: IsoDate.meta({ description: "The bucket's first day; claims are bucketed by the day they were created." }),
        claims: z.number().int().meta({ description: 'Claims created in the bucket.' }),
        tiers: z.array(Spread.extend({ tier: PartyTier }).meta({ description: 'Per claim, the time summed over its statuses of the tier; `claims` counts those that spent any.' })),
        turnaround: Spread.meta({ description: 'Submission to closed, over the claims that closed.' }),
      }),
    ),
  })
  .meta({ id: 'HopAnalytics' });
export type HopAnalytics = z.infer<typeof HopAnalytics>;

const Rate = z.number().nullable().meta({ description: 'A share between 0 and 1; null when there is nothing to divide by.' });

export const OutcomeAnalytics = z
  .object({
    groups: z.array(
      z.object({
        manufacturer: z.string(),
        model: z.string(),
        claims: z.number().int().meta({ description: 'Claims with a line of this model.' }),
        needsInfoClaims: z.number().int().meta({ description: 'Of those, how many went through needs_info.' }),
        needsInfoShare: Rate,
        missingFields: z.array(z.object({ field: z.string(), claims: z.number().int() })).meta({ description: 'What needs_info asked for, by how many claims, most asked first.' }),
        rejectedClaims: z.number().int(),
        rejectionRate: Rate,
        resolvedLines: z.number().int().meta({ description: 'Lines of this model with an outcome.' }),
        noFaultFoundLines: z.number().int(),
        noFaultFoundRate: Rate.meta({ description: 'noFaultFoundLines / resolvedLines.' }),
        medianSlaBusinessMinutes: z.number().nullable().meta({ description: "The manufacturer's working minutes from submission to its RMA number (its business hours), median over the authorized claims." }),
      }),
    ),
  })
  .meta({ id: 'OutcomeAnalytics' });
export type OutcomeAnalytics = z.infer<typeof OutcomeAnalytics>;

export const ChargeAnalytics = z
  .object({
    period: AnalyticsPeriod,
    periods: z.array(
      z.object({
        start: IsoDate.meta({ description: "The bucket's first day; charges are bucketed by the day their claim was created." }),
        charges: z.array(z.object({ kind: z.string(), currency: z.string(), count: z.number().int(), total: z.number() })),
      }),
    ),
  })
  .meta({ id: 'ChargeAnalytics' });
export type ChargeAnalytics = z.infer<typeof ChargeAnalytics>;
