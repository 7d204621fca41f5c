import { Injectable } from '@nestjs/common';
import { Database } from '@rma-hub/persistence';
import { HubMetrics } from '@rma-hub/platform';

/** The gateway owns bulk jobs: it reports how many wait and run. */
@Injectable()
export class BulkJobGauges {
  constructor(db: Database, metrics: HubMetrics) {
    metrics.bulkJobs.readFrom(() => db.repositories.gauges.bulkJobsUnfinished());
  }
}
