import { Module } from '@nestjs/common';
import { ClaimServiceModule } from '@rma-hub/claim-service';
import { HUB_CONFIG, type HubConfig } from '@rma-hub/platform';
import { ClaimGauges } from './claim-gauges';
import { ClaimHandlers } from './claim-handlers';
import { FireDueTimers, TIMER_POLL_MS } from './fire-due-timers';
import { PruneOldRecords } from './prune-old-records';

/** Routing along the chain, the claim lifecycle, policies and deadlines; and the retention job. */
@Module({
  imports: [ClaimServiceModule],
  controllers: [ClaimHandlers],
  providers: [
    ClaimGauges,
    FireDueTimers,
    PruneOldRecords,
    { provide: TIMER_POLL_MS, inject: [HUB_CONFIG], useFactory: (config: HubConfig) => config.timers.pollIntervalMs },
  ],
})
export class RouterModule {}
