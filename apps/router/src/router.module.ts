import { Module } from '@nestjs/common';
import { ClaimServiceModule } from '@rma-hub/claim-service';
import { HUB_CONFIG, type HubConfig } from '@rma-hub/platform';
import { ClaimGauges } from './claim-gauges';
import { ClaimHandlers } from './claim-handlers';
import { FireDueTimers, TIMER_POLL_MS } from './fire-due-timers';
import { PruneOldRecords } from './prune-old-records';
import { RefreshClaimFacts } from './refresh-claim-facts';

/** Routing along the chain, the claim lifecycle, policies and deadlines; the retention job and the analytics' claim facts. */
@Module({
  imports: [ClaimServiceModule],
  controllers: [ClaimHandlers],
  providers: [
    ClaimGauges,
    FireDueTimers,
    PruneOldRecords,
    RefreshClaimFacts,
    { provide: TIMER_POLL_MS, inject: [HUB_CONFIG], useFactory: (config: HubConfig) => config.timers.pollIntervalMs },
  ],
})
export class RouterModule {}
