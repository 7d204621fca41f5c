import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rma-hub/persistence';
import { LOGGER, LoopWorker, type Logger } from '@rma-hub/platform';

/** Claims recomputed per statement: large enough to amortise the statement, small enough to stay short. */
const BATCH_SIZE = 500;
/** How long the job idles once nothing is marked; an analytics read catches up on the rest itself. */
const IDLE_MS = 1_000;

/**
 * Keeps the analytics' per-claim facts current in the background: a decision only marks its claim
 * (claim_facts_stale), and this job recomputes the marked claims in batches, so neither the hot
 * path nor an analytics read pays for recomputing one claim at a time. Several routers may run it:
 * each batch skips the marks another holds.
 */
@Injectable()
export class RefreshClaimFacts extends LoopWorker {
  constructor(
    private readonly db: Database,
    @Inject(LOGGER) logger: Logger,
  ) {
    super('claim-facts', { concurrency: 1, idleMs: IDLE_MS, logger });
  }

  async takeNext(): Promise<boolean> {
    return (await this.db.repositories.analytics.refreshStaleFacts(BATCH_SIZE)) === BATCH_SIZE;
  }
}
