import { Module } from '@nestjs/common';
import { CLAIM_SUBMITTED, PORTAL_RMA_OPENED, PORTAL_RMA_REFUSED, PORTAL_STATUS_REPORTED } from '@rma-hub/contracts';
import { consumerHostProvider, HUB_CONFIG, type HubConfig } from '@rma-hub/platform';
import { ApplyPortalStatus } from './apply-portal-status';
import { FireDueTimers, TIMER_POLL_MS } from './fire-due-timers';
import { RecordOpenedRma } from './record-opened-rma';
import { RecordRefusedRma } from './record-refused-rma';
import { RouteSubmittedClaim } from './route-submitted-claim';

export const ROUTER_CONSUMER = 'rma-hub.router';

/** Routing along the chain, the claim lifecycle, policies and deadlines. */
@Module({
  providers: [
    RouteSubmittedClaim,
    RecordOpenedRma,
    RecordRefusedRma,
    ApplyPortalStatus,
    FireDueTimers,
    { provide: TIMER_POLL_MS, inject: [HUB_CONFIG], useFactory: (config: HubConfig) => config.timers.pollIntervalMs },
    consumerHostProvider(
      ROUTER_CONSUMER,
      [RouteSubmittedClaim, RecordOpenedRma, RecordRefusedRma, ApplyPortalStatus],
      (route: RouteSubmittedClaim, opened: RecordOpenedRma, refused: RecordRefusedRma, status: ApplyPortalStatus) => ({
        [CLAIM_SUBMITTED]: (event, context) => route.handle(event, context),
        [PORTAL_RMA_OPENED]: (event, context) => opened.handle(event, context),
        [PORTAL_RMA_REFUSED]: (event, context) => refused.handle(event, context),
        [PORTAL_STATUS_REPORTED]: (event, context) => status.handle(event, context),
      }),
    ),
  ],
})
export class RouterModule {}
