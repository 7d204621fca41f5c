import { Injectable } from '@nestjs/common';
import { Database } from '@rma-hub/persistence';
import { HubMetrics, readOncePerScrape } from '@rma-hub/platform';

/** The router owns the claims' progress: it reports claims by status, the deadlines due and the outbox it feeds. */
@Injectable()
export class ClaimGauges {
  constructor(db: Database, metrics: HubMetrics) {
    const gauges = db.repositories.gauges;
    metrics.claimsByStatus.readFrom(() => gauges.claimsByStatus());
    metrics.timersDue.readFrom(async () => [{ labels: {}, value: await gauges.timersDue() }]);
    const backlog = readOncePerScrape(() => gauges.outboxBacklog());
    metrics.outboxBacklog.readFrom(async () => [{ labels: {}, value: (await backlog()).messages }]);
    metrics.outboxOldestAge.readFrom(async () => [{ labels: {}, value: (await backlog()).oldestAgeSeconds }]);
  }
}
