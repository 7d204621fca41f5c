import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { ChargeAnalytics, ChargeAnalyticsQuery, HopAnalytics, HopAnalyticsQuery, OutcomeAnalytics, OutcomeAnalyticsQuery } from '@rma-hub/contracts';
import { AUTHENTICATED, jsonResponse, problemResponses } from '../responses';

const SCOPE = "Over the claims on the caller's chain (an operator's: every claim), filtered by the day they were created (`from`, `to`, UTC, both included), manufacturer, distributor and line model.";

export const analyticsPaths: ZodOpenApiPathsObject = {
  '/v1/analytics/hops': {
    get: {
      operationId: 'getHopAnalytics',
      tags: ['Analytics'],
      summary: 'Where the time goes: how long each tier of the chain held the claims, and the turnaround',
      description: `${SCOPE} A claim's time in a status runs from the event that moved it there to the next one; a status it is still in counts up to \`openCountedUntil\`. Its time with a tier is the sum over the tier's statuses: reseller (needs_info, authorized, quote_pending), distributor (in_review), manufacturer (forwarded, received, repairing, resolved, rejected), in_transit (in_transit, shipped_back), hub (submitted). Turnaround runs from submission to closed.`,
      requestParams: { query: HopAnalyticsQuery },
      responses: { 200: jsonResponse('Median and p90 per bucket and tier.', HopAnalytics), ...problemResponses(AUTHENTICATED, ['REQUEST.INVALID']) },
    },
  },
  '/v1/analytics/outcomes': {
    get: {
      operationId: 'getOutcomeAnalytics',
      tags: ['Analytics'],
      summary: 'Needs-info, rejection and no-fault-found rates, and working minutes to authorization, per manufacturer and model',
      description: `${SCOPE} A claim counts once under each model of its lines (with \`model\`, under that one only).`,
      requestParams: { query: OutcomeAnalyticsQuery },
      responses: { 200: jsonResponse('One group per manufacturer and model.', OutcomeAnalytics), ...problemResponses(AUTHENTICATED, ['REQUEST.INVALID']) },
    },
  },
  '/v1/analytics/charges': {
    get: {
      operationId: 'getChargeAnalytics',
      tags: ['Analytics'],
      summary: 'Charges by kind and currency, per bucket of the claims’ creation',
      description: SCOPE,
      requestParams: { query: ChargeAnalyticsQuery },
      responses: { 200: jsonResponse('Count and total per bucket, kind and currency.', ChargeAnalytics), ...problemResponses(AUTHENTICATED, ['REQUEST.INVALID']) },
    },
  },
};
