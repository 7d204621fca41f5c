import { Inject, Injectable } from '@nestjs/common';
import { Database, type BulkJobRecord, type ForwardOutcome, type PartyRecord, type Repositories, type StoredLine } from '@rma-hub/persistence';
import { ClaimError } from '@rma-hub/domain';
import { HUB_CONFIG, LOGGER, type HubConfig, type Logger } from '@rma-hub/platform';
import { TakeClaimAction } from '../claims/claim-actions';
import { BulkJobWorker, type BatchResult } from './bulk-job-worker';

/** Forwarding a claim is a transition and a queued portal call, far more than storing one: smaller batches keep each transaction short. */
const MAX_FORWARD_BATCH = 100;

/**
 * Processes queued bulk forwards: each claim is forwarded exactly as `POST
 * /v1/claims/{id}/actions/forward` would (the lifecycle decides, the manufacturer's portal call is
 * queued), or refused with the reason, and the outcome is recorded per claim. The calls to the
 * portals then run in the connectors' queue, which keeps each portal's rate limit and rules.
 */
@Injectable()
export class ForwardClaimsWorker extends BulkJobWorker {
  constructor(
    db: Database,
    private readonly takeAction: TakeClaimAction,
    @Inject(HUB_CONFIG) config: HubConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(db, config, logger, 'forward', Math.min(config.bulk.batchSize, MAX_FORWARD_BATCH));
  }

  protected async processLines(tx: Repositories, job: BulkJobRecord, distributor: PartyRecord, lines: StoredLine[]): Promise<BatchResult> {
    const outcomes: ForwardOutcome[] = [];
    for (const line of lines) {
      const { claimId } = line.payload as { claimId: string };
      try {
        const claim = await this.takeAction.take(tx, distributor, claimId, 'forward', {});
        outcomes.push({ lineNo: line.lineNo, claimId, manufacturerId: claim.manufacturerId, outcome: 'forwarded', detail: null });
      } catch (error) {
        if (!(error instanceof ClaimError)) throw error;
        const claim = await tx.claims.findVisibleTo(claimId, distributor);
        outcomes.push({ lineNo: line.lineNo, claimId, manufacturerId: claim?.manufacturerId ?? null, outcome: 'refused', detail: error.refusal.detail });
      }
    }
    await tx.bulkJobs.recordOutcomes(job.id, outcomes);
    const refused = outcomes.filter((outcome) => outcome.outcome === 'refused');
    return {
      accepted: outcomes.length - refused.length,
      duplicates: 0,
      rejected: refused.length,
      errors: refused.map((outcome) => ({ lineNo: outcome.lineNo, pointer: job.format === 'claims' ? `/claims/${outcome.lineNo - 1}` : '', detail: outcome.detail ?? 'refused' })),
    };
  }
}
