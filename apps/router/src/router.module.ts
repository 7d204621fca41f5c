import { Module } from '@nestjs/common';
import { CLAIM_SUBMITTED, PORTAL_RMA_OPENED, PORTAL_RMA_REFUSED, PORTAL_STATUS_REPORTED } from '@rma-hub/contracts';
import { ClaimService } from '@rma-hub/claim-service';
import { consumerHostProvider, HUB_CONFIG, type HubConfig } from '@rma-hub/platform';
import { ClaimGauges } from './claim-gauges';
import { ClaimHandlers } from './claim-handlers';
import { FireDueTimers, TIMER_POLL_MS } from './fire-due-timers';
import { PruneOldRecords } from './prune-old-records';

export const ROUTER_CONSUMER = 'rma-hub.router';

/** Routing along the chain, the claim lifecycle, policies and deadlines; and the retention job. */
@Module({
  providers: [
    ClaimService,
    ClaimHandlers,
    ClaimGauges,
    FireDueTimers,
    PruneOldRecords,
    { provide: TIMER_POLL_MS, inject: [HUB_CONFIG], useFactory: (config: HubConfig) => config.timers.pollIntervalMs },
    consumerHostProvider(ROUTER_CONSUMER, [ClaimHandlers], (claims: ClaimHandlers) => ({
      [CLAIM_SUBMITTED]: (event, context) => claims.routeSubmitted(event, context),
      [PORTAL_RMA_OPENED]: (event, context) => claims.recordOpenedRma(event, context),
      [PORTAL_RMA_REFUSED]: (event, context) => claims.recordRefusedRma(event, context),
      [PORTAL_STATUS_REPORTED]: (event, context) => claims.applyPortalStatus(event, context),
    })),
  ],
})
export class RouterModule {}
