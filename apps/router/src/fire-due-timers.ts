import { Inject, Injectable } from '@nestjs/common';
import type { ClaimStatus } from '@rma-hub/contracts';
import { chargeFor, decideTransition } from '@rma-hub/domain';
import { Database, type DueTimer, type Repositories, type TimerKind } from '@rma-hub/persistence';
import { LOGGER, LoopWorker, type Logger } from '@rma-hub/platform';
import { effectivePolicy, transitionClaim } from '@rma-hub/workflow';

/** What each deadline does to a claim still waiting for it: move it on, or put the lapse on record. */
const OUTCOMES: Record<TimerKind, { to: ClaimStatus | null; reason: string }> = {
  rma_expiry: { to: 'expired', reason: 'the goods did not arrive before the RMA number lapsed' },
  scrap: { to: 'scrapped', reason: 'the goods were left waiting past the scrap deadline' },
  quote_timeout: { to: 'shipped_back', reason: 'the repair quote was not answered in time and counts as refused' },
  advance_return: { to: null, reason: 'the defective unit was not returned in time: the advance replacement need not be credited (002 §8)' },
};

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
      await this.fire(tx, due);
      await tx.timers.markFired(due.id);
      return true;
    });
  }

  private async fire(tx: Repositories, due: DueTimer): Promise<void> {
    const claim = await tx.claims.lock(due.claimId);
    const outcome = OUTCOMES[due.kind];
    const data = { timer: due.kind, rule: due.rule, policy: due.policy, dueAt: due.dueAt.toISOString() };
    if (!claim) return;
    if (outcome.to === null) {
      await tx.claims.appendEvent(claim.id, { type: 'policy_decision', from: null, to: null, actor: { role: 'timer', partyId: null }, reason: outcome.reason, data });
      return;
    }
    if (!decideTransition(claim.status, outcome.to, 'timer').allowed) return;
    await transitionClaim(tx, claim, { to: outcome.to, actor: { role: 'timer', partyId: null }, reason: outcome.reason, data });
    if (due.kind !== 'quote_timeout') return;
    const policy = await effectivePolicy(tx, claim.manufacturerId, claim.distributorId);
    const charge = policy && chargeFor('quote_rejected', policy);
    if (charge) await tx.claims.addCharge(claim.id, charge);
  }
}
