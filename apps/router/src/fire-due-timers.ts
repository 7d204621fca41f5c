import { Inject, Injectable } from '@nestjs/common';
import { ClaimService } from '@rma-hub/claim-service';
import { ClaimError } from '@rma-hub/domain';
import { Database } from '@rma-hub/persistence';
import { LOGGER, LoopWorker, type Logger } from '@rma-hub/platform';

export const TIMER_POLL_MS = Symbol('TIMER_POLL_MS');

/**
 * Fires due lifecycle deadlines. Each runs in its own transaction that locks the timer row
 * (SKIP LOCKED) and marks it fired together with its effect, so several router instances can
 * poll at once and every deadline fires exactly once, across restarts.
 */
@Injectable()
export class FireDueTimers extends LoopWorker {
  constructor(
    private readonly db: Database,
    private readonly claims: ClaimService,
    @Inject(LOGGER) logger: Logger,
    @Inject(TIMER_POLL_MS) pollMs: number,
  ) {
    super('timers', { concurrency: 1, idleMs: pollMs, logger });
  }

  /** Fires one due timer; false when none is due. */
  takeNext(): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [due] = await tx.timers.lockDue(1);
      if (!due) return false;
      await this.claims.execute(tx, due.claimId, { kind: 'timer', timer: due }).catch((error: unknown) => {
        // The claim is gone: the deadline has nothing left to act on.
        if (!(error instanceof ClaimError && error.code === 'CLAIM.NOT_FOUND')) throw error;
      });
      await tx.timers.markFired(due.id);
      return true;
    });
  }
}
